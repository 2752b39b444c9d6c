/**
 * `import --report` after the import was applied (issue 12, finding 7): the report is written from
 * the header rows the pipeline found, and a failure after the commit is a warning in the summary,
 * never a crash; the exit status is the import's own.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { cli } from './_testhulp.js';

let map: string;
let db: string;
let werkmap: string;

beforeEach(async () => {
  map = mkdtempSync(join(tmpdir(), 'nr-importrapport-'));
  db = join(map, 'almere.db');
  // An empty merged title range above the header: the report writer used to read its null text.
  werkmap = join(map, 'lijst.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Contacten');
  ws.mergeCells('A1:E1');
  ws.getRow(2).values = ['Organisatie', 'Domein', 'Naam', 'E-mail', 'Wijk'];
  ws.getRow(3).values = ['Politie Almere', 'Politie', 'Jan Fictief', 'jan@', 'Almere Stad'];
  ws.getRow(4).values = ['GGD Almere', 'GGD', 'Els Fictief', 'els@example.org', 'Almere Hout'];
  await wb.xlsx.writeFile(werkmap);
});

const geimporteerd = async () =>
  (await cli('imports', '--gemeente', 'almere', '--db', db, '--json')).json().map((i: { status: string }) => i.status);

describe('import --report', () => {
  it('writes the marked workbook below an empty merged title range', async () => {
    const uit = join(map, 'rapport.xlsx');
    const r = await cli('import', werkmap, '--gemeente', 'almere', '--db', db, '--report', uit, '--json');
    expect([r.status, r.stderr]).toEqual([1, '']);
    const s = r.json();
    expect([s.toegepast, s.rijen, s.afgewezen, s.waarschuwingen]).toEqual([true, 2, 1, undefined]);
    const rapport = new ExcelJS.Workbook();
    await rapport.xlsx.readFile(uit);
    const blad = rapport.getWorksheet('Contacten')!;
    expect(blad.getCell('D3').note).toBe('Het e-mailadres "jan@" is ongeldig.');
    expect(blad.getCell('C3').note).toBeUndefined();
    expect(await geimporteerd()).toEqual(['toegepast']);
  });

  it('reports a report that cannot be written after the commit as a warning, with the summary', async () => {
    const uit = join(map, 'rapporten');
    mkdirSync(uit);
    const r = await cli('import', werkmap, '--gemeente', 'almere', '--db', db, '--report', uit, '--json');
    expect([r.status, r.stderr]).toEqual([1, '']);
    const s = r.json();
    expect([s.toegepast, s.afgewezen]).toEqual([true, 1]);
    expect(s.waarschuwingen).toEqual([
      {
        code: 'rapport.mislukt',
        melding: `Het foutenrapport kon niet worden geschreven naar ${uit} (het pad is een map). De import is wel toegepast.`,
      },
    ]);
    expect(await geimporteerd()).toEqual(['toegepast']);

    const tekst = await cli('import', werkmap, '--gemeente', 'almere', '--db', db, '--report', uit);
    expect(tekst.status).toBe(1);
    expect(tekst.stdout).toContain(
      `\n\nWaarschuwing: Het foutenrapport kon niet worden geschreven naar ${uit} (het pad is een map). De import is wel toegepast.\n`,
    );
  });

  it('refuses a report in a folder that does not exist before importing anything', async () => {
    const uit = join(map, 'bestaat-niet', 'rapport.xlsx');
    const r = await cli('import', werkmap, '--gemeente', 'almere', '--db', db, '--report', uit, '--json');
    expect(r.status).toBe(2);
    expect(r.json()).toEqual({
      fout: {
        code: 'rapport.map-onbekend',
        melding: `De map ${join(map, 'bestaat-niet')} voor het foutenrapport bestaat niet.`,
      },
    });
    expect(existsSync(db)).toBe(false);
  });
});
