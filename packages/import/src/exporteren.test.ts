import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { almere, tijdelijkeMap, verzamel } from './_testhulp.js';
import { EXPORT_KOPPEN, writeExport } from './exporteren.js';
import { readSheet } from './lezen/bestand.js';
import { normaliseerRij } from './valideren.js';

let map: string;
beforeAll(() => {
  map = tijdelijkeMap();
});

const JAN = [
  'Politie Almere',
  'veiligheid',
  'formeel',
  'Basisteam',
  'Almere Stad, Almere Haven',
  'Jan van der Meulen',
  'Wijkagent',
  'contactpersoon-radicalisering',
  'jan@example.org',
  '+31612345678',
  '03-02-2016',
  'terugkomdag',
  'Casusoverleg; Veiligheidshuis',
  '01-10-2026',
];
const GEVAARLIJK = [
  '=HYPERLINK("http://example.org";"klik")',
  'gemeente',
  'formeel',
  '@x',
  '',
  '-Piet; "Fictief"',
  '+cmd',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
];
const LEEG = ['Buurthuis De Schakel', 'jeugd-en-welzijn', 'formeel', '', '', '', '', '', '', '', '', '', '', ''];

describe('schrijfExport', () => {
  it('writes a ;-separated UTF-8 CSV with BOM, neutralising formula injection', async () => {
    const uit = join(map, 'lijst.csv');
    expect(await writeExport([JAN, GEVAARLIJK, LEEG], { formaat: 'csv', uit })).toEqual({ rijen: 3 });
    expect(readFileSync(uit, 'utf8')).toBe(
      '\uFEFFOrganisatie;Domein;Netwerk;Soort;Wijk;Naam;Functie;Rol;E-mail;Telefoon;Getraind;Soort training;Overleggen;Laatste contact\r\n' +
        'Politie Almere;veiligheid;formeel;Basisteam;Almere Stad, Almere Haven;Jan van der Meulen;Wijkagent;contactpersoon-radicalisering;jan@example.org;+31612345678;03-02-2016;terugkomdag;"Casusoverleg; Veiligheidshuis";01-10-2026\r\n' +
        `"'=HYPERLINK(""http://example.org"";""klik"")";gemeente;formeel;'@x;;"'-Piet; ""Fictief""";'+cmd;;;;;;;\r\n` +
        'Buurthuis De Schakel;jeugd-en-welzijn;formeel;;;;;;;;;;;\r\n',
    );
  });

  it('writes XLSX with text cells only, never formulas', async () => {
    const uit = join(map, 'lijst.xlsx');
    async function* rijen() {
      yield JAN;
      yield GEVAARLIJK;
    }
    expect(await writeExport(rijen(), { formaat: 'xlsx', uit })).toEqual({ rijen: 2 });
    const werkboek = new ExcelJS.Workbook();
    await werkboek.xlsx.readFile(uit);
    const blad = werkboek.getWorksheet('Contactlijst')!;
    expect(blad.getRow(1).values).toEqual([undefined, ...EXPORT_KOPPEN]);
    expect(blad.getRow(2).values).toEqual([undefined, ...JAN]);
    const gevaarlijk = blad.getRow(3);
    expect(gevaarlijk.getCell(1).value).toBe('=HYPERLINK("http://example.org";"klik")');
    expect(gevaarlijk.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(gevaarlijk.getCell(5).value).toBeNull();
    expect(gevaarlijk.getCell(7).value).toBe('+cmd');
  });

  it('re-imports as the same values', async () => {
    for (const formaat of ['csv', 'xlsx'] as const) {
      const uit = join(map, `terug.${formaat}`);
      await writeExport([JAN, GEVAARLIJK, LEEG], { formaat, uit });
      const rijen = (await verzamel(readSheet({ pad: uit }, { gemeente: almere })))
        .flatMap((g) => (g.soort === 'rij' ? [normaliseerRij(g.rij, almere)] : []))
        .map(({ blad: _blad, rij: _rij, ...rest }) => rest);
      expect([formaat, rijen]).toEqual([
        formaat,
        [
          {
            organisatie: {
              naam: 'Politie Almere',
              domein: 'veiligheid',
              netwerk: 'formeel',
              soort: 'Basisteam',
              wijken: ['Almere Stad', 'Almere Haven'],
            },
            persoon: { naam: 'Jan van der Meulen', email: 'jan@example.org', telefoon: '+31612345678' },
            lidmaatschap: { functie: 'Wijkagent', rollen: ['contactpersoon-radicalisering'] },
            getraind: { datum: '2016-02-03', soort: 'terugkomdag' },
            overleggen: ['Casusoverleg', 'Veiligheidshuis'],
            laatsteContact: '2026-10-01',
            meldingen: [],
          },
          {
            organisatie: {
              naam: '=HYPERLINK("http://example.org";"klik")',
              domein: 'gemeente',
              netwerk: 'formeel',
              soort: '@x',
            },
            persoon: { naam: '-Piet; "Fictief"' },
            lidmaatschap: { functie: '+cmd' },
            meldingen: [],
          },
          {
            organisatie: { naam: 'Buurthuis De Schakel', domein: 'jeugd-en-welzijn', netwerk: 'formeel' },
            meldingen: [],
          },
        ],
      ]);
    }
  });

  it('refuses a row of the wrong width and leaves no file behind', async () => {
    const uit = join(map, 'kapot.csv');
    await expect(writeExport([JAN, ['te', 'kort']], { formaat: 'csv', uit })).rejects.toThrow(
      'Exportrij 2 heeft 2 cellen in plaats van 14.',
    );
    expect(() => readFileSync(uit)).toThrow();
  });
});
