import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '@netwerkregie/store';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { almere, schrijf, schrijfWerkmap, tijdelijkeMap } from './_testhulp.js';
import { planImport } from './plannen.js';
import { KLEUR_FOUT, KLEUR_WAARSCHUWING, MAX_RAPPORTRIJEN, writeFoutenrapport } from './rapport.js';
import type { Melding } from './types.js';

let map: string;
beforeAll(() => {
  map = tijdelijkeMap();
});

const melding = (m: Partial<Melding> & Pick<Melding, 'rij' | 'kolom' | 'code'>): Melding => ({
  blad: 'Contacten',
  waarde: '',
  ernst: 'fout',
  melding: `Melding ${m.code}`,
  ...m,
});

async function lees(pad: string): Promise<ExcelJS.Workbook> {
  const werkboek = new ExcelJS.Workbook();
  await werkboek.xlsx.readFile(pad);
  return werkboek;
}

const vulling = (cel: ExcelJS.Cell) => (cel.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

describe('schrijfFoutenrapport', () => {
  it('copies the workbook, marks offending cells with a fill and a note, and lists every issue in Fouten', async () => {
    const invoer = await schrijfWerkmap(map, 'lijst.xlsx', (wb) => {
      wb.addWorksheet('Uitleg').getCell('A1').value = 'Uitleg';
      const ws = wb.addWorksheet('Contacten');
      ws.getCell('A1').value = 'Contactlijst';
      ws.getRow(3).values = ['Organisatie', 'Naam', 'Mailadres', 'Telefoon'];
      ws.getRow(4).values = ['Politie', 'Jan Fictief', 'jan@', '12345'];
      ws.getRow(5).values = ['GGZ', 'Piet Fictief', 'piet@example.org', '06-12345678'];
      ws.getRow(6).values = ['GGZ', 'Piet Fictief', 'p@example.org', null];
    });
    const meldingen: Melding[] = [
      melding({
        rij: 4,
        kolom: 'Mailadres',
        waarde: 'jan@',
        code: 'email.ongeldig',
        melding: 'Het e-mailadres "jan@" is ongeldig.',
      }),
      melding({
        rij: 4,
        kolom: 'Telefoon',
        waarde: '12345',
        code: 'telefoon.ongeldig',
        melding: 'Het telefoonnummer "12345" is ongeldig.',
      }),
      melding({ rij: 4, kolom: 'Mailadres', waarde: 'jan@', code: 'email.ongeldig', melding: 'Tweede melding.' }),
      melding({ rij: 6, kolom: '', code: 'persoon.dubbel', ernst: 'waarschuwing', melding: 'Dubbel met rij 5.' }),
      melding({ rij: 5, kolom: 'Naam', waarde: '=HYPERLINK("http://example.org")', code: 'naam.ontbreekt' }),
    ];
    const uit = join(map, 'rapport.xlsx');
    expect(
      await writeFoutenrapport({ invoer: { pad: invoer, soort: 'xlsx' }, meldingen, uit, gemeente: almere }),
    ).toEqual({
      soort: 'werkmap',
    });

    const werkboek = await lees(uit);
    expect(werkboek.worksheets.map((b) => b.name)).toEqual(['Uitleg', 'Contacten', 'Fouten']);
    const blad = werkboek.getWorksheet('Contacten')!;
    expect(blad.getCell('C4').value).toBe('jan@');
    expect(vulling(blad.getCell('C4'))).toBe(KLEUR_FOUT);
    expect(blad.getCell('C4').note).toBe('Het e-mailadres "jan@" is ongeldig.\nTweede melding.');
    expect(vulling(blad.getCell('D4'))).toBe(KLEUR_FOUT);
    expect(blad.getCell('D4').note).toBe('Het telefoonnummer "12345" is ongeldig.');
    expect(vulling(blad.getCell('A4'))).toBeUndefined();
    expect(vulling(blad.getCell('B5'))).toBe(KLEUR_FOUT);
    // A row-level issue marks the whole row, its message on the first cell.
    expect(['A6', 'B6', 'C6', 'D6'].map((a) => vulling(blad.getCell(a)))).toEqual(Array(4).fill(KLEUR_WAARSCHUWING));
    expect(blad.getCell('A6').note).toBe('Dubbel met rij 5.');

    const fouten = werkboek.getWorksheet('Fouten')!;
    expect(fouten.getRow(1).values).toEqual([undefined, 'Blad', 'Rij', 'Kolom', 'Waarde', 'Code', 'Ernst', 'Melding']);
    expect(fouten.getRow(2).values).toEqual([
      undefined,
      'Contacten',
      4,
      'Mailadres',
      'jan@',
      'email.ongeldig',
      'fout',
      'Het e-mailadres "jan@" is ongeldig.',
    ]);
    expect(fouten.getCell('D6').value).toBe('=HYPERLINK("http://example.org")');
    expect(fouten.getCell('D6').type).toBe(ExcelJS.ValueType.String);
    expect(fouten.rowCount).toBe(6);
  });

  it('finds the columns of a composed name and uses the header rows when given', async () => {
    const invoer = await schrijfWerkmap(map, 'namen.xlsx', (wb) => {
      const ws = wb.addWorksheet('Lijst');
      ws.addRow(['Organisatie', 'Voornaam', 'Achternaam', 'E-mail']);
      ws.addRow(['GGZ', null, null, 'piet@example.org']);
    });
    const uit = join(map, 'namen-rapport.xlsx');
    await writeFoutenrapport({
      invoer: { pad: invoer, soort: 'xlsx' },
      meldingen: [
        melding({
          blad: 'Lijst',
          rij: 2,
          kolom: 'Voornaam + Achternaam',
          code: 'naam.ontbreekt',
          melding: 'Naam ontbreekt.',
        }),
      ],
      uit,
      bladen: [
        {
          naam: 'Lijst',
          kopRij: 1,
          kolommen: [
            { veld: 'organisatie', kop: 'Organisatie', index: 0 },
            { veld: 'voornaam', kop: 'Voornaam', index: 1 },
            { veld: 'achternaam', kop: 'Achternaam', index: 2 },
          ],
          onbekendeKolommen: [],
        },
      ],
    });
    const blad = (await lees(uit)).getWorksheet('Lijst')!;
    expect(['A2', 'B2', 'C2', 'D2'].map((a) => vulling(blad.getCell(a)))).toEqual([
      undefined,
      KLEUR_FOUT,
      KLEUR_FOUT,
      undefined,
    ]);
    expect(blad.getCell('B2').note).toBe('Naam ontbreekt.');
    expect(blad.getCell('C2').note).toBeUndefined();
  });

  it('names the list Fouten (2) when the workbook has a sheet Fouten', async () => {
    const invoer = await schrijfWerkmap(map, 'fouten.xlsx', (wb) => {
      wb.addWorksheet('Fouten').addRow(['Organisatie', 'Naam', 'E-mail']);
    });
    const uit = join(map, 'fouten-rapport.xlsx');
    await writeFoutenrapport({ invoer: { pad: invoer, soort: 'xlsx' }, meldingen: [], uit, gemeente: almere });
    expect((await lees(uit)).worksheets.map((b) => b.name)).toEqual(['Fouten', 'Fouten (2)']);
  });

  it('writes only the Fouten sheet for a workbook too large to copy', async () => {
    const invoer = await schrijfWerkmap(map, 'groot.xlsx', (wb) => {
      const ws = wb.addWorksheet('Lijst');
      for (let i = 0; i <= MAX_RAPPORTRIJEN; i++) ws.addRow([`Organisatie ${i}`]);
    });
    const uit = join(map, 'groot-rapport.xlsx');
    const meldingen = [melding({ blad: 'Lijst', rij: 9, kolom: 'Organisatie', code: 'organisatie.ontbreekt' })];
    expect(
      await writeFoutenrapport({ invoer: { pad: invoer, soort: 'xlsx' }, meldingen, uit, gemeente: almere }),
    ).toEqual({
      soort: 'lijst',
    });
    const werkboek = await lees(uit);
    expect(werkboek.worksheets.map((b) => b.name)).toEqual(['Fouten']);
    expect(werkboek.getWorksheet('Fouten')!.getRow(2).values).toEqual([
      undefined,
      'Lijst',
      9,
      'Organisatie',
      undefined,
      'organisatie.ontbreekt',
      'fout',
      'Melding organisatie.ontbreekt',
    ]);
  });

  it('writes a CSV of the issues for a CSV input, neutralising formula injection', async () => {
    const invoer = schrijf(map, 'lijst.csv', 'Organisatie;Naam;E-mail\n;Jan;jan@\n');
    const uit = join(map, 'rapport.csv');
    const meldingen: Melding[] = [
      {
        rij: 2,
        kolom: 'Organisatie',
        waarde: '',
        code: 'organisatie.ontbreekt',
        ernst: 'fout',
        melding: 'De organisatie ontbreekt.',
      },
      {
        rij: 2,
        kolom: 'E-mail',
        waarde: '=1+1',
        code: 'email.ongeldig',
        ernst: 'fout',
        melding: 'Het e-mailadres "=1+1" is ongeldig.',
      },
    ];
    expect(
      await writeFoutenrapport({ invoer: { pad: invoer, soort: 'csv' }, meldingen, uit, gemeente: almere }),
    ).toEqual({
      soort: 'csv',
    });
    expect(readFileSync(uit, 'utf8')).toBe(
      '\uFEFFBlad;Rij;Kolom;Waarde;Code;Ernst;Melding\r\n' +
        ';2;Organisatie;;organisatie.ontbreekt;fout;De organisatie ontbreekt.\r\n' +
        `;2;E-mail;'=1+1;email.ongeldig;fout;"Het e-mailadres ""=1+1"" is ongeldig."\r\n`,
    );
  });

  it('marks cells by the header row the pipeline found, also below an empty merged title range', async () => {
    const invoer = await schrijfWerkmap(map, 'samengevoegd-leeg.xlsx', (wb) => {
      const ws = wb.addWorksheet('Contacten');
      ws.mergeCells('A1:E1');
      ws.getRow(2).values = ['Organisatie', 'Domein', 'Naam', 'E-mail', 'Wijk'];
      ws.getRow(3).values = ['Politie Almere', 'Politie', 'Jan Fictief', 'jan@', 'Almere Stad'];
    });
    const meldingen = [
      melding({ rij: 3, kolom: 'E-mail', waarde: 'jan@', code: 'email.ongeldig', melding: 'Ongeldig adres.' }),
    ];
    const store = await openStore({ gemeente: 'almere', pad: ':memory:' });
    const plan = await planImport(store, { pad: invoer, gemeente: almere });
    await store.close();
    expect(plan.bladen.map((b) => [b.naam, b.kopRij])).toEqual([['Contacten', 2]]);

    for (const [naam, bron] of [
      ['uit-plan.xlsx', { bladen: plan.bladen }],
      ['uit-gemeente.xlsx', { gemeente: almere }],
    ] as const) {
      const uit = join(map, naam);
      await writeFoutenrapport({ invoer: { pad: invoer, soort: 'xlsx' }, meldingen, uit, ...bron });
      const blad = (await lees(uit)).getWorksheet('Contacten')!;
      expect([vulling(blad.getCell('D3')), blad.getCell('D3').note]).toEqual([KLEUR_FOUT, 'Ongeldig adres.']);
      expect(vulling(blad.getCell('C3'))).toBeUndefined();
    }
  });
});
