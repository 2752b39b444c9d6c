import { basename, extname } from 'node:path';
import { BestandsFout } from '../fouten.js';
import { bestandsgrootte, bevat, leesKop } from './_bestand.js';

export type Bestandssoort = 'csv' | 'xlsx';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const LEGE_ZIP = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const PDF = Buffer.from('%PDF-', 'latin1');
const utf16 = (tekst: string) => Buffer.from(tekst, 'utf16le');

/**
 * Decides how to read a file: by its first bytes (a zip is a workbook, a CFB container is an
 * encrypted workbook or an old .xls, a PDF is refused), else by the declared kind or extension.
 * Throws a `BestandsFout` for what cannot be read at all.
 */
export async function detectSoort(pad: string, naam?: string, soort?: Bestandssoort): Promise<Bestandssoort> {
  const bestandsnaam = naam ?? basename(pad);
  if ((await bestandsgrootte(pad)) === 0) {
    throw new BestandsFout('bestand.leeg', `Het bestand "${bestandsnaam}" is leeg (0 bytes).`);
  }
  const kop = await leesKop(pad, 8);
  if (kop.subarray(0, 4).equals(ZIP)) return 'xlsx';
  if (kop.subarray(0, 4).equals(LEGE_ZIP)) {
    throw new BestandsFout('bestand.onleesbaar', `Het bestand "${bestandsnaam}" is een leeg zip-archief.`);
  }
  if (kop.equals(CFB)) throw await cfbFout(pad, bestandsnaam);
  if (kop.subarray(0, 5).equals(PDF)) {
    throw new BestandsFout(
      'bestand.onleesbaar',
      `Het bestand "${bestandsnaam}" is een PDF-document, geen Excel-werkmap of CSV-bestand.`,
    );
  }
  const verwacht = soort ?? soortVolgensNaam(bestandsnaam);
  if (verwacht === 'xlsx') {
    throw new BestandsFout(
      'bestand.onleesbaar',
      `Het bestand "${bestandsnaam}" is geen Excel-werkmap (.xlsx): het is geen zip-archief. ` +
        'Is het beschadigd, of heeft het de verkeerde extensie?',
    );
  }
  return 'csv';
}

function soortVolgensNaam(naam: string): Bestandssoort {
  const extensie = extname(naam).toLowerCase();
  return extensie === '.xlsx' || extensie === '.xlsm' || extensie === '.xls' ? 'xlsx' : 'csv';
}

/** A CFB (OLE) container: an encrypted OOXML workbook, an old .xls, or something else. */
async function cfbFout(pad: string, naam: string): Promise<BestandsFout> {
  const gevonden = await bevat(pad, [utf16('EncryptedPackage'), utf16('Workbook')]);
  if (gevonden.has(0)) {
    return new BestandsFout(
      'bestand.versleuteld',
      `De werkmap "${naam}" is beveiligd met een wachtwoord. Haal de beveiliging eraf in Excel ` +
        '(Bestand > Info > Werkmap beveiligen) en importeer opnieuw.',
    );
  }
  if (gevonden.has(1)) {
    return new BestandsFout(
      'bestand.onleesbaar',
      `Het bestand "${naam}" is een oud Excel-bestand (.xls). Sla het in Excel op als .xlsx of als CSV UTF-8.`,
    );
  }
  return new BestandsFout(
    'bestand.onleesbaar',
    `Het bestand "${naam}" is een OLE-bestand (zoals een oud Word- of Excel-document), geen .xlsx of CSV.`,
  );
}
