import { basename } from 'node:path';
import { BestandsFout } from '../fouten.js';
import { alsBestandsFout, bestandsgrootte } from './_bestand.js';
import { leesGedeeldeTeksten, leesStijlen, leesWerkboek, type Werkboek, zoekWerkboek } from './_pakket.js';
import { leesWerkblad } from './_werkblad.js';
import { ZipBom, Zipmap } from './_zip.js';
import type { RuweGebeurtenis } from './types.js';

const VOORTGANG_RIJEN = 2_000;

/**
 * Reads a workbook as a stream, sheet by sheet in workbook order, each preceded by a `blad`
 * marker. It follows the package's relationships (`_rels/.rels` -> workbook -> its sheets, shared
 * strings and styles, absolute or relative targets), matches SpreadsheetML by namespace URI (any
 * prefix), and honours the workbook's date system (`date1904`). Cells: text, numbers, booleans and
 * dates as they are; formulas give their cached result; rich text its text; Excel error values
 * (`#N/A`) are read as empty and listed in `foutwaarden`. Merged cells keep their value in the
 * top-left cell only. Hidden sheets are skipped (a `blad` marker with `reden: 'verborgen'` and no
 * rows) unless `blad` names one. Only the shared strings are held in memory; sheets stream.
 */
export async function* readXlsx(
  pad: string,
  opties: { naam?: string; blad?: string } = {},
): AsyncGenerator<RuweGebeurtenis> {
  const naam = opties.naam ?? basename(pad);
  const totaalBytes = await bestandsgrootte(pad);
  if (totaalBytes === 0) throw new BestandsFout('bestand.leeg', `Het bestand "${naam}" is leeg (0 bytes).`);

  let zip: Zipmap | undefined;
  /** The sheet being read, to name it when the file turns out damaged there. */
  let huidigBlad: string | undefined;
  try {
    zip = await Zipmap.open(pad, totaalBytes);
    const werkboekpad = await zoekWerkboek(zip);
    const werkboek = werkboekpad === undefined ? undefined : await leesWerkboek(zip, werkboekpad);
    if (!werkboek?.isWerkboek) {
      throw new BestandsFout(
        'bestand.onleesbaar',
        `Het bestand "${naam}" is een zip-archief, maar geen Excel-werkmap (xl/workbook.xml ontbreekt).`,
      );
    }
    const namen = werkboek.bladen.map((b) => b.naam);
    if (opties.blad !== undefined && !namen.includes(opties.blad)) throw bladOnbekend(naam, opties.blad, namen);
    if (werkboek.bladen.length === 0)
      throw new BestandsFout('bestand.leeg', `De werkmap "${naam}" heeft geen werkbladen.`);
    const context = await bladcontext(zip, werkboek);

    let teller = 0;
    for (const blad of werkboek.bladen) {
      if (opties.blad !== undefined && blad.naam !== opties.blad) continue;
      if (opties.blad === undefined && blad.zichtbaarheid === 'verborgen') {
        yield { soort: 'blad', naam: blad.naam, reden: 'verborgen' };
        continue;
      }
      huidigBlad = blad.naam;
      yield { soort: 'blad', naam: blad.naam };
      for await (const rijen of leesWerkblad(zip, blad.pad, blad.naam, context)) {
        for (const rij of rijen) {
          yield { soort: 'rij', rij };
          if (++teller % VOORTGANG_RIJEN === 0)
            yield { soort: 'voortgang', gelezenBytes: zip.gelezenBytes, totaalBytes };
        }
      }
      yield { soort: 'voortgang', gelezenBytes: zip.gelezenBytes, totaalBytes };
      huidigBlad = undefined;
    }
    yield { soort: 'voortgang', gelezenBytes: totaalBytes, totaalBytes };
  } catch (fout) {
    throw onleesbaar(fout, pad, naam, huidigBlad);
  } finally {
    zip?.sluit();
  }
}

/** Shared strings and which styles show dates: read before the sheets that use them. */
async function bladcontext(zip: Zipmap, werkboek: Werkboek) {
  return {
    gedeeld: werkboek.gedeeldeTeksten ? await leesGedeeldeTeksten(zip, werkboek.gedeeldeTeksten) : [],
    datumstijlen: werkboek.stijlen ? await leesStijlen(zip, werkboek.stijlen) : [],
    datum1904: werkboek.datum1904,
  };
}

/** Our own refusals and I/O errors as they are; anything else (bad zip, bad XML) means a damaged file. */
function onleesbaar(fout: unknown, pad: string, naam: string, blad: string | undefined): unknown {
  const bestandsfout = alsBestandsFout(fout, pad);
  if (bestandsfout instanceof BestandsFout) return bestandsfout;
  if (fout instanceof ZipBom) {
    return new BestandsFout(
      'bestand.onleesbaar',
      `De werkmap "${naam}" pakt uit tot veel meer gegevens dan een contactlijst kan bevatten (een zip-bom?) ` +
        'en wordt niet gelezen.',
    );
  }
  return new BestandsFout(
    'bestand.onleesbaar',
    `De werkmap "${naam}" is beschadigd of onvolledig en kan niet worden gelezen${blad === undefined ? '' : ` (blad "${blad}")`}. ` +
      'Open en bewaar hem opnieuw in Excel, of lever hem aan als CSV.',
    { cause: fout },
  );
}

function bladOnbekend(naam: string, blad: string, bladen: readonly string[]): BestandsFout {
  const lijst = bladen.map((b) => `"${b}"`).join(', ');
  return new BestandsFout(
    'blad.onbekend',
    `De werkmap "${naam}" heeft geen blad "${blad}"${bladen.length > 0 ? `; wel ${lijst}` : ''}.`,
  );
}
