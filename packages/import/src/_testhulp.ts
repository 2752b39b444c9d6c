/** Helpers for the tests: temporary files, small workbooks and zips. Not part of the public API. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { GEMEENTEN, type Gemeente } from '@netwerkregie/domain';
import ExcelJS from 'exceljs';

export const almere: Gemeente = GEMEENTEN.almere!;
export const arnhem: Gemeente = GEMEENTEN.arnhem!;

export function tijdelijkeMap(): string {
  return mkdtempSync(join(tmpdir(), 'nr-import-test-'));
}

/** Writes a file in `map` and returns its path. */
export function schrijf(map: string, naam: string, inhoud: string | Buffer): string {
  const pad = join(map, naam);
  writeFileSync(pad, inhoud);
  return pad;
}

/** Collects an async iterable. */
export async function verzamel<T>(bron: AsyncIterable<T>): Promise<T[]> {
  const uit: T[] = [];
  for await (const x of bron) uit.push(x);
  return uit;
}

/** The error an async action throws (fails the test when it throws nothing). */
export async function fout(actie: () => Promise<unknown>): Promise<{ code?: string; melding?: string; name?: string }> {
  try {
    await actie();
  } catch (e) {
    return e as { code?: string; melding?: string };
  }
  throw new Error('verwacht een fout, maar er werd niets gegooid');
}

/** Writes a workbook made with exceljs; `vul` fills it. */
export async function schrijfWerkmap(
  map: string,
  naam: string,
  vul: (werkboek: ExcelJS.Workbook) => void,
): Promise<string> {
  const werkboek = new ExcelJS.Workbook();
  vul(werkboek);
  const pad = join(map, naam);
  await werkboek.xlsx.writeFile(pad);
  return pad;
}

/** A zip of stored (uncompressed) entries, in the order given. */
export function maakZip(bestanden: readonly { naam: string; inhoud: string | Buffer }[]): Buffer {
  const lokaal: Buffer[] = [];
  const centraal: Buffer[] = [];
  let positie = 0;
  for (const { naam, inhoud } of bestanden) {
    const data = typeof inhoud === 'string' ? Buffer.from(inhoud, 'utf8') : inhoud;
    const naamBytes = Buffer.from(naam, 'utf8');
    const crc = crc32(data);
    const kop = Buffer.alloc(30);
    kop.writeUInt32LE(0x04034b50, 0);
    kop.writeUInt16LE(20, 4);
    kop.writeUInt32LE(crc, 14);
    kop.writeUInt32LE(data.length, 18);
    kop.writeUInt32LE(data.length, 22);
    kop.writeUInt16LE(naamBytes.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(data.length, 24);
    c.writeUInt16LE(naamBytes.length, 28);
    c.writeUInt32LE(positie, 42);
    lokaal.push(kop, naamBytes, data);
    centraal.push(c, naamBytes);
    positie += kop.length + naamBytes.length + data.length;
  }
  const centraalBuffer = Buffer.concat(centraal);
  const einde = Buffer.alloc(22);
  einde.writeUInt32LE(0x06054b50, 0);
  einde.writeUInt16LE(bestanden.length, 8);
  einde.writeUInt16LE(bestanden.length, 10);
  einde.writeUInt32LE(centraalBuffer.length, 12);
  einde.writeUInt32LE(positie, 16);
  return Buffer.concat([...lokaal, centraalBuffer, einde]);
}

const xmlTekst = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A worksheet's XML with inline strings (rows of text). */
export function bladXml(rijen: readonly (readonly string[])[]): string {
  const rijXml = rijen
    .map((cellen, r) => {
      const c = cellen
        .map(
          (tekst, k) =>
            `<c r="${String.fromCharCode(65 + k)}${r + 1}" t="inlineStr"><is><t>${xmlTekst(tekst)}</t></is></c>`,
        )
        .join('');
      return `<row r="${r + 1}">${c}</row>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rijXml}</sheetData></worksheet>`;
}

/**
 * A hand-made workbook: `bladen` in workbook order, each stored as `sheet<bestand>.xml`, and the
 * zip entries in `volgorde` (paths), so that tests can put sheets in another order than the workbook.
 */
export function handgemaakteWerkmap(
  bladen: readonly { naam: string; bestand: number; rijen: readonly (readonly string[])[] }[],
  volgorde?: readonly string[],
): Buffer {
  const werkboek = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${bladen
    .map((b, i) => `<sheet name="${xmlTekst(b.naam)}" sheetId="${i + 1}" r:id="rId${b.bestand}"/>`)
    .join('')}</sheets></workbook>`;
  const relaties = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${bladen
    .map(
      (b) =>
        `<Relationship Id="rId${b.bestand}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${b.bestand}.xml"/>`,
    )
    .join('')}</Relationships>`;
  const inhoud = new Map<string, string>([
    [
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    ],
    ['xl/workbook.xml', werkboek],
    ['xl/_rels/workbook.xml.rels', relaties],
    [
      'xl/sharedStrings.xml',
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>`,
    ],
    ...bladen.map((b) => [`xl/worksheets/sheet${b.bestand}.xml`, bladXml(b.rijen)] as [string, string]),
  ]);
  const paden = volgorde ?? [...inhoud.keys()];
  return maakZip(paden.map((naam) => ({ naam, inhoud: inhoud.get(naam)! })));
}

/** A minimal CFB (OLE) container whose directory names the given streams, as an encrypted workbook has. */
export function maakCfb(stromen: readonly string[]): Buffer {
  const kop = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(kop, 0);
  const map = Buffer.alloc(512);
  ['Root Entry', ...stromen].slice(0, 4).forEach((naam, i) => {
    Buffer.from(naam, 'utf16le').copy(map, i * 128);
    map.writeUInt16LE((naam.length + 1) * 2, i * 128 + 64);
  });
  return Buffer.concat([kop, map, Buffer.alloc(1024, 0x5a)]);
}
