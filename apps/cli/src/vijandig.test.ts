/**
 * Hostile and broken input through `netwerkregie import` (issue 7): fuzzed CSV and XLSX, a zip bomb,
 * entity expansion, an external entity, and formula injection through every export.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './_testhulp.js';

const wortel = fileURLToPath(new URL('../../../', import.meta.url));
const MAIN = join(wortel, 'apps/cli/dist/main.js');
// biome-ignore lint/suspicious/noExplicitAny: better-sqlite3 is the store's dependency, read here untyped
const Database: any = createRequire(join(wortel, 'packages/store/package.json'))('better-sqlite3');
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 500);

let map: string;
let db: string;
let csvBasis: Buffer;
let xlsxBasis: Buffer;
beforeAll(async () => {
  map = mkdtempSync(join(tmpdir(), 'nr-vijandig-'));
  db = join(map, 'almere.db');
  const regels = readFileSync(join(wortel, 'fixtures/almere/contactlijst.csv'), 'utf8').split(/\r?\n/);
  csvBasis = Buffer.from(`${regels.slice(0, 25).join('\r\n')}\r\n`);
  const wb = new ExcelJS.Workbook();
  const blad = wb.addWorksheet('Lijst');
  for (const regel of regels.slice(0, 25)) blad.addRow(regel.replace(/^\uFEFF/, '').split(';'));
  xlsxBasis = Buffer.from(await wb.xlsx.writeBuffer());
  expect(
    (await cli('import', join(wortel, 'fixtures/almere/contactlijst.csv'), '--gemeente', 'almere', '--db', db)).status,
  ).toBe(0);
});
afterAll(() => rmSync(map, { recursive: true, force: true }));

function count(pad: string) {
  const d = new Database(pad, { readonly: true });
  try {
    const n = (t: string) => (d.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n;
    return {
      personen: n('personen'),
      organisaties: n('organisaties'),
      lidmaatschappen: n('lidmaatschappen'),
      imports: n('imports'),
    };
  } finally {
    d.close();
  }
}

/** Bit flips, truncation, shuffled lines, inserted junk, re-encoding: one or more mutations of a file. */
const mutatie = (basis: Buffer) =>
  fc
    .array(
      fc.oneof(
        fc.record({ soort: fc.constant('flip' as const), plek: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
        fc.record({ soort: fc.constant('kap' as const), plek: fc.nat() }),
        fc.record({ soort: fc.constant('schud' as const), zaad: fc.nat() }),
        fc.record({ soort: fc.constant('rommel' as const), plek: fc.nat(), bytes: fc.uint8Array({ maxLength: 40 }) }),
        fc.record({ soort: fc.constant('latin1' as const) }),
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((stappen) => {
      let b = Buffer.from(basis);
      for (const s of stappen) {
        if (b.length === 0) break;
        if (s.soort === 'flip') b[s.plek % b.length]! ^= 1 << s.bit;
        else if (s.soort === 'kap') b = b.subarray(0, s.plek % b.length);
        else if (s.soort === 'rommel')
          b = Buffer.concat([b.subarray(0, s.plek % b.length), s.bytes, b.subarray(s.plek % b.length)]);
        else if (s.soort === 'latin1') b = Buffer.from(b.toString('utf8'), 'latin1');
        else {
          const regels = b.toString('utf8').split('\n');
          const kop = regels.shift() ?? '';
          regels.sort((x, y) => ((x.length * 31 + s.zaad) % 7) - ((y.length * 31 + s.zaad) % 7));
          b = Buffer.from([kop, ...regels].join('\n'));
        }
      }
      return b;
    });

describe('fuzzing the import command', () => {
  it(`never crashes, exits 0, 1 or 2, and writes all or nothing (${FUZZ_RUNS} cases)`, async () => {
    const invoer = fc.oneof(
      fc.record({ ext: fc.constant('.csv'), bytes: mutatie(csvBasis) }),
      fc.record({ ext: fc.constant('.xlsx'), bytes: mutatie(xlsxBasis) }),
      fc.record({
        ext: fc.constantFrom('.csv', '.xlsx'),
        bytes: fc.uint8Array({ maxLength: 2000 }).map((u) => Buffer.from(u)),
      }),
      fc.record({
        ext: fc.constant('.csv'),
        bytes: fc
          .array(fc.array(fc.string({ maxLength: 30 }), { maxLength: 14 }), { maxLength: 20 })
          .map((rijen) =>
            Buffer.from(
              ['Organisatie;Domein;Naam;E-mail;Telefoon;Wijk;Rol', ...rijen.map((r) => r.join(';'))].join('\n'),
            ),
          ),
      }),
    );
    let n = 0;
    await fc.assert(
      fc.asyncProperty(invoer, async ({ ext, bytes }) => {
        const pad = join(map, `fuzz-${n++ % 4}${ext}`);
        writeFileSync(pad, bytes);
        const voor = count(db);
        const r = await cli('import', pad, '--gemeente', 'almere', '--db', db, '--json');
        expect([0, 1, 2]).toContain(r.status);
        JSON.parse(r.stdout);
        const na = count(db);
        if (na.imports === voor.imports) expect(na).toEqual(voor);
        else expect(na.imports).toBe(voor.imports + 1);
        if (r.status === 2) expect(na).toEqual(voor);
      }),
      { numRuns: FUZZ_RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261128) },
    );
  }, 180_000);
});

/** A zip written by hand, so a member can be a deflate stream of any size (a bomb). */
interface Lid {
  naam: string;
  data: Buffer;
  crc: number;
  grootte: number;
}
function gewoon(naam: string, inhoud: Buffer | string): Lid {
  const b = Buffer.from(inhoud);
  return { naam, data: deflateRawSync(b), crc: crc32(b), grootte: b.length };
}
/** prefix + blok×aantal + suffix as one deflate stream, built from independently flushed pieces. */
function bom(naam: string, prefix: string, blok: Buffer, aantal: number, suffix: string): Lid {
  const flush = { finishFlush: constants.Z_SYNC_FLUSH, level: 9 };
  const kop = deflateRawSync(Buffer.from(prefix), flush);
  const midden = deflateRawSync(blok, flush);
  const staart = deflateRawSync(Buffer.from(suffix));
  let crc = crc32(Buffer.from(prefix));
  for (let i = 0; i < aantal; i++) crc = crc32(blok, crc);
  crc = crc32(Buffer.from(suffix), crc);
  const delen = [kop];
  for (let i = 0; i < aantal; i++) delen.push(midden);
  delen.push(staart);
  return { naam, data: Buffer.concat(delen), crc, grootte: prefix.length + blok.length * aantal + suffix.length };
}
function zip(leden: Lid[]): Buffer {
  const lokaal: Buffer[] = [];
  const centraal: Buffer[] = [];
  let plek = 0;
  for (const l of leden) {
    const naam = Buffer.from(l.naam);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(8, 8);
    h.writeUInt32LE(l.crc >>> 0, 14);
    h.writeUInt32LE(l.data.length, 18);
    h.writeUInt32LE(l.grootte >>> 0, 22);
    h.writeUInt16LE(naam.length, 26);
    lokaal.push(h, naam, l.data);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(l.crc >>> 0, 16);
    c.writeUInt32LE(l.data.length, 20);
    c.writeUInt32LE(l.grootte >>> 0, 24);
    c.writeUInt16LE(naam.length, 28);
    c.writeUInt32LE(plek, 42);
    centraal.push(c, naam);
    plek += 30 + naam.length + l.data.length;
  }
  const cd = Buffer.concat(centraal);
  const eind = Buffer.alloc(22);
  eind.writeUInt32LE(0x06054b50, 0);
  eind.writeUInt16LE(leden.length, 8);
  eind.writeUInt16LE(leden.length, 10);
  eind.writeUInt32LE(cd.length, 12);
  eind.writeUInt32LE(plek, 16);
  return Buffer.concat([...lokaal, cd, eind]);
}

const TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WB = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Lijst" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WB_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
const SHEET_OPEN = `<?xml version="1.0" encoding="UTF-8"?>`;
const NS = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;
const cel = (ref: string, tekst: string) => `<c r="${ref}" t="inlineStr"><is><t>${tekst}</t></is></c>`;
const KOP = `<row r="1">${cel('A1', 'Organisatie')}${cel('B1', 'Domein')}${cel('C1', 'Naam')}${cel('D1', 'E-mail')}</row>`;
const werkmap = (sheet: Lid | string, shared = `<sst ${NS} count="0" uniqueCount="0"></sst>`) =>
  zip([
    gewoon('[Content_Types].xml', TYPES),
    gewoon('_rels/.rels', RELS),
    gewoon('xl/workbook.xml', WB),
    gewoon('xl/_rels/workbook.xml.rels', WB_RELS),
    typeof sheet === 'string' ? gewoon('xl/worksheets/sheet1.xml', sheet) : sheet,
    gewoon('xl/sharedStrings.xml', shared),
  ]);

/** Runs the real CLI in a child with a heap cap, so a bomb that is inflated shows as a crash. */
function kind(bestand: string, db: string) {
  return spawnSync(
    process.execPath,
    ['--max-old-space-size=192', MAIN, 'import', bestand, '--gemeente', 'almere', '--db', db, '--json'],
    {
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
}

describe('XLSX attacks', () => {
  it('checks that the handmade workbook itself imports', () => {
    const pad = join(map, 'gewoon.xlsx');
    writeFileSync(
      pad,
      werkmap(
        `${SHEET_OPEN}<worksheet ${NS}><sheetData>${KOP}<row r="2">${cel('A2', 'Proefhuis Zip')}${cel('B2', 'Zorg')}${cel('C2', 'Zip Proefpersoon')}${cel('D2', 'zip.proef@example.org')}</row></sheetData></worksheet>`,
      ),
    );
    const r = kind(pad, join(map, 'gewoon.db'));
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).personen.toegevoegd).toBe(1);
  });

  it('refuses a zip bomb (2 MB file, 2 GB cell text) within a 192 MB heap, writing nothing', () => {
    const blok = Buffer.alloc(1 << 20, 'A');
    const prefix = `${SHEET_OPEN}<worksheet ${NS}><sheetData>${KOP}<row r="2">${cel('A2', 'Proefhuis Bom')}<c r="B2" t="inlineStr"><is><t>`;
    const lid = bom('xl/worksheets/sheet1.xml', prefix, blok, 2048, '</t></is></c></row></sheetData></worksheet>');
    const pad = join(map, 'bom.xlsx');
    const bytes = werkmap(lid);
    expect(bytes.length).toBeLessThan(4 * 1024 * 1024);
    writeFileSync(pad, bytes);
    const bomDb = join(map, 'bom.db');
    const r = kind(pad, bomDb);
    expect(r.signal).toBeNull();
    expect(r.status, r.stderr.slice(0, 500)).toBe(2);
    expect(JSON.parse(r.stdout).fout.code).toMatch(/^bestand\./);
  }, 130_000);

  it('refuses a sheet of 1,048,576 rows without a header, streaming, within the heap cap', () => {
    const rij = Buffer.from(`<row>${cel('A1', 'x')}</row>`.repeat(1024));
    const lid = bom(
      'xl/worksheets/sheet1.xml',
      `${SHEET_OPEN}<worksheet ${NS}><sheetData>`,
      rij,
      1024,
      '</sheetData></worksheet>',
    );
    const pad = join(map, 'rijen.xlsx');
    writeFileSync(pad, werkmap(lid));
    const r = kind(pad, join(map, 'rijen.db'));
    expect(r.signal).toBeNull();
    expect([1, 2]).toContain(r.status);
  }, 130_000);

  it('does not expand entities (billion laughs) in the sheet or in sharedStrings', () => {
    const lagen = ['<!ENTITY l0 "HAHAHAHAHA">'];
    for (let i = 1; i <= 9; i++) lagen.push(`<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`);
    const dtd = `<!DOCTYPE lol [${lagen.join('')}]>`;
    const sheet = `${SHEET_OPEN}${dtd}<worksheet ${NS}><sheetData>${KOP}<row r="2">${cel('A2', 'Proefhuis Lach')}${cel('B2', 'Zorg')}${cel('C2', '&l9;')}<c r="D2" t="s"><v>0</v></c></row></sheetData></worksheet>`;
    const shared = `${SHEET_OPEN}${dtd}<sst ${NS} count="1" uniqueCount="1"><si><t>&l9;</t></si></sst>`;
    const pad = join(map, 'lach.xlsx');
    writeFileSync(pad, werkmap(sheet, shared));
    const lachDb = join(map, 'lach.db');
    const r = kind(pad, lachDb);
    expect(r.signal).toBeNull();
    expect([0, 1, 2]).toContain(r.status);
    expect(r.stdout + r.stderr).not.toContain('HAHAHAHAHAHA');
    expect(r.stdout.length).toBeLessThan(100_000);
  }, 60_000);

  it('never fetches or includes an external entity (file and http)', async () => {
    const geheim = join(map, 'geheim.txt');
    writeFileSync(geheim, 'XXE-GEHEIM-7f3a');
    let bezoeken = 0;
    const server = createServer((_q, a) => {
      bezoeken++;
      a.end('XXE-HTTP-9c1d');
    });
    await new Promise<void>((k) => server.listen(0, '127.0.0.1', k));
    const poort = (server.address() as { port: number }).port;
    const dtd = `<!DOCTYPE x [<!ENTITY bestand SYSTEM "file://${geheim}"><!ENTITY web SYSTEM "http://127.0.0.1:${poort}/x"><!ENTITY % p SYSTEM "http://127.0.0.1:${poort}/p"> %p;]>`;
    const sheet = `${SHEET_OPEN}${dtd}<worksheet ${NS}><sheetData>${KOP}<row r="2">${cel('A2', 'Proefhuis Extern')}${cel('B2', 'Zorg')}${cel('C2', 'Ext &bestand; &web;')}${cel('D2', 'ext@example.org')}</row></sheetData></worksheet>`;
    const pad = join(map, 'xxe.xlsx');
    writeFileSync(
      pad,
      werkmap(sheet, `${SHEET_OPEN}${dtd}<sst ${NS} count="1" uniqueCount="1"><si><t>&bestand;</t></si></sst>`),
    );
    const xxeDb = join(map, 'xxe.db');
    const r = kind(pad, xxeDb);
    await new Promise<void>((k) => server.close(() => k()));
    expect([0, 1, 2]).toContain(r.status);
    expect(bezoeken).toBe(0);
    const alles = r.stdout + r.stderr;
    expect(alles).not.toContain('XXE-GEHEIM');
    expect(alles).not.toContain('XXE-HTTP');
    if (r.status !== 2) {
      const d = new Database(xxeDb, { readonly: true });
      const dump =
        JSON.stringify(d.prepare('select * from personen').all()) +
        JSON.stringify(d.prepare('select * from historie').all());
      d.close();
      expect(dump).not.toContain('XXE-GEHEIM');
      expect(dump).not.toContain('XXE-HTTP');
    }
  }, 60_000);
});

describe('formula injection', () => {
  const GEVAARLIJK = /^[=+\-@\t\r]/;
  const PLAIN_NUMBER = /^[+-]\d+(?:[.,]\d+)?$/;

  it('neutralises every cell of the csv and xlsx export and of the error report, after importing the fixture', async () => {
    const injDb = join(map, 'injectie.db');
    const imp = await cli(
      'import',
      join(wortel, 'fixtures/messy/formule-injectie.csv'),
      '--gemeente',
      'almere',
      '--db',
      injDb,
      '--json',
    );
    expect([0, 1]).toContain(imp.status);
    const csv = join(map, 'export.csv');
    const xlsx = join(map, 'export.xlsx');
    expect((await cli('export', '--gemeente', 'almere', '--db', injDb, '--format', 'csv', '--out', csv)).status).toBe(
      0,
    );
    expect((await cli('export', '--gemeente', 'almere', '--db', injDb, '--format', 'xlsx', '--out', xlsx)).status).toBe(
      0,
    );
    const tekst = readFileSync(csv, 'utf8');
    expect(tekst).toContain("'=HYPERLINK");
    expect(tekst).toContain("'@SUM(A1)");
    expect(tekst).toContain("'-Coördinator");
    expect(tekst).toContain("'+Teamleider");
    checkCsv(tekst);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    let cellen = 0;
    wb.eachSheet((blad) =>
      blad.eachRow((rij) =>
        rij.eachCell((c) => {
          cellen++;
          expect(c.type).not.toBe(ExcelJS.ValueType.Formula);
          expect(typeof c.value === 'object' && c.value !== null && 'formula' in c.value).toBe(false);
        }),
      ),
    );
    expect(cellen).toBeGreaterThan(20);

    // The error report of a CSV echoes offending values: neutralised as well.
    const fout = join(map, 'fout.csv');
    writeFileSync(
      fout,
      'Organisatie;Domein;Naam;E-mail;Telefoon\n=Evil();Zorg;@Naam;=cmd|x;+31 6 xx\n-Proef;Onzin;Tab\tNaam;\tbad@;-1+1\n',
    );
    const rapport = join(map, 'rapport.csv');
    const r = await cli('import', fout, '--gemeente', 'almere', '--db', injDb, '--report', rapport, '--json');
    expect(r.status).toBe(1);
    const rapportTekst = readFileSync(rapport, 'utf8');
    expect(rapportTekst).toContain("'=cmd|x");
    checkCsv(rapportTekst);

    // And the report of a workbook: text cells only.
    const foutWb = new ExcelJS.Workbook();
    const blad = foutWb.addWorksheet('Lijst');
    blad.addRow(['Organisatie', 'Domein', 'Naam', 'E-mail']);
    blad.addRow(['=Evil()', 'Zorg', '@Naam', '=cmd|x']);
    const foutXlsx = join(map, 'fout.xlsx');
    await foutWb.xlsx.writeFile(foutXlsx);
    const rapportXlsx = join(map, 'rapport.xlsx');
    expect((await cli('import', foutXlsx, '--gemeente', 'almere', '--db', injDb, '--report', rapportXlsx)).status).toBe(
      1,
    );
    const rwb = new ExcelJS.Workbook();
    await rwb.xlsx.readFile(rapportXlsx);
    rwb.eachSheet((b) =>
      b.eachRow((rij) =>
        rij.eachCell((c) => {
          expect(c.type).not.toBe(ExcelJS.ValueType.Formula);
        }),
      ),
    );
  });

  function checkCsv(tekst: string) {
    const regels = tekst
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .filter(Boolean);
    for (const regel of regels) {
      for (const ruw of regel.split(';')) {
        const waarde = ruw.startsWith('"') ? ruw.slice(1, -1).replace(/""/g, '"') : ruw;
        if (GEVAARLIJK.test(waarde) && !PLAIN_NUMBER.test(waarde)) throw new Error(`niet geneutraliseerd: ${waarde}`);
      }
    }
  }
});
