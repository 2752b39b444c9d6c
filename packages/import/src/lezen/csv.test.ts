import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { fout, schrijf, tijdelijkeMap, verzamel } from '../_testhulp.js';
import type { Cel } from '../types.js';
import { readCsv, MAX_RIJTEKENS } from './csv.js';
import type { RuweGebeurtenis } from './types.js';

let map: string;
beforeAll(() => {
  map = tijdelijkeMap();
});

/** The rows of a CSV as [row number, cells]. */
async function rijen(inhoud: string | Buffer, naam = 'lijst.csv'): Promise<[number, Cel[]][]> {
  const gebeurtenissen = await verzamel(readCsv(schrijf(map, naam, inhoud)));
  return gebeurtenissen.flatMap((g: RuweGebeurtenis) =>
    g.soort === 'rij' ? [[g.rij.rij, g.rij.cellen] as [number, Cel[]]] : [],
  );
}

describe('leesCsv', () => {
  it('sniffs the semicolon, comma and tab delimiters', async () => {
    expect(await rijen('Organisatie;Naam;E-mail\nPolitie;Jan, de Vries;jan@example.org\n')).toEqual([
      [1, ['Organisatie', 'Naam', 'E-mail']],
      [2, ['Politie', 'Jan, de Vries', 'jan@example.org']],
    ]);
    expect(await rijen('Organisatie,Naam,E-mail\nPolitie,"Vries; Jan de",jan@example.org\n')).toEqual([
      [1, ['Organisatie', 'Naam', 'E-mail']],
      [2, ['Politie', 'Vries; Jan de', 'jan@example.org']],
    ]);
    expect(await rijen('Organisatie\tNaam\tE-mail\nPolitie\tJan\tjan@example.org\n')).toEqual([
      [1, ['Organisatie', 'Naam', 'E-mail']],
      [2, ['Politie', 'Jan', 'jan@example.org']],
    ]);
  });

  it("follows Excel's sep= hint line, which is no row", async () => {
    expect(await rijen('sep=,\r\nOrganisatie,Naam;Functie\r\nPolitie,Jan;Agent\r\n')).toEqual([
      [1, ['Organisatie', 'Naam;Functie']],
      [2, ['Politie', 'Jan;Agent']],
    ]);
  });

  it('prefers the delimiter that gives a consistent column count, title rows aside', async () => {
    const tekst = [
      'Contactlijst, versie 3',
      'Organisatie;Naam;Functie;Telefoon',
      'GGZ Centraal;Piet Fictief;Arts, psychiater;06-12345678',
      'Politie;Jan Fictief;Agent;06-87654321',
    ].join('\n');
    expect((await rijen(tekst)).map(([r, c]) => [r, c.length])).toEqual([
      [1, 1],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
  });

  it('keeps a quoted field with line breaks as one row, numbering rows as Excel does (CRLF and LF)', async () => {
    const crlf = 'Organisatie;Naam\r\n"Wijkteam\r\nZuid";Piet\r\n\r\nPolitie;"Jan ""JJ"" Fictief"\r\n';
    expect(await rijen(crlf)).toEqual([
      [1, ['Organisatie', 'Naam']],
      [2, ['Wijkteam\r\nZuid', 'Piet']],
      [3, []],
      [4, ['Politie', 'Jan "JJ" Fictief']],
    ]);
    const lf = 'Organisatie;Naam\n"Wijkteam\nZuid";Piet\nPolitie;Jan';
    expect(await rijen(lf)).toEqual([
      [1, ['Organisatie', 'Naam']],
      [2, ['Wijkteam\nZuid', 'Piet']],
      [3, ['Politie', 'Jan']],
    ]);
  });

  it('carries rows across chunk boundaries', async () => {
    const regels = ['Organisatie;Naam;Opmerking'];
    for (let i = 1; i <= 3000; i++) regels.push(`Org ${i};Persoon ${i};"regel een\nregel twee ${'x'.repeat(i % 97)}"`);
    const gelezen = await rijen(regels.join('\r\n'));
    expect(gelezen).toHaveLength(3001);
    expect(gelezen[2999]).toEqual([
      3000,
      ['Org 2999', 'Persoon 2999', `regel een\nregel twee ${'x'.repeat(2999 % 97)}`],
    ]);
  });

  it('reads UTF-8 with and without BOM, and Windows-1252', async () => {
    const tekst = 'Organisatie;Naam\nMoskee Al Fath;Şükrü Öztürk\n';
    const verwacht = [
      [1, ['Organisatie', 'Naam']],
      [2, ['Moskee Al Fath', 'Şükrü Öztürk']],
    ];
    expect(await rijen(`\uFEFF${tekst}`)).toEqual(verwacht);
    expect(await rijen(tekst)).toEqual(verwacht);
    const win = 'Organisatie;Naam;Functie\nCafé De Zoë;José Ruïs;Coördinator € 5\n';
    expect(await rijen(iconv.encode(win, 'win1252'))).toEqual([
      [1, ['Organisatie', 'Naam', 'Functie']],
      [2, ['Café De Zoë', 'José Ruïs', 'Coördinator € 5']],
    ]);
  });

  it('reads a Windows-1252 file whose first accent comes after the first 64 KB', async () => {
    const regels = ['Organisatie;Naam'];
    for (let i = 0; i < 4000; i++) regels.push(`Organisatie ${i};Persoon ${i}`);
    regels.push('Café;José');
    const gelezen = await rijen(iconv.encode(regels.join('\n'), 'win1252'));
    expect(gelezen.at(-1)).toEqual([4002, ['Café', 'José']]);
  });

  it('refuses invalid UTF-8 that is not Windows-1252 text either', async () => {
    const onzin = Buffer.concat([Buffer.from('Organisatie;Naam\nA;'), Buffer.from([0x81, 0x8d, 0x90, 0x9d, 0x0a])]);
    expect(await fout(() => rijen(onzin))).toMatchObject({
      code: 'bestand.codering',
      melding:
        'Het bestand "lijst.csv" is geen UTF-8 en geen Windows-1252 (het lijkt op windows-1250). ' +
        'Sla het in Excel op als "CSV UTF-8 (door lijstscheidingsteken gescheiden)".',
    });
  });

  it('refuses UTF-8 that breaks after the sample, naming the byte', async () => {
    const begin = `Organisatie;Naam\nCafé;José\n${'A;B\n'.repeat(20_000)}`;
    const kapot = Buffer.concat([Buffer.from(begin, 'utf8'), Buffer.from([0xe9, 0x0a])]);
    expect(await fout(() => rijen(kapot))).toMatchObject({
      code: 'bestand.codering',
      melding:
        'Het bestand "lijst.csv" is geen geldige UTF-8: regel 20.003 bevat vanaf byte ' +
        `${(Buffer.byteLength(begin) + 1).toLocaleString('nl-NL')} tekens die geen UTF-8 zijn. Sla het bestand opnieuw op als "CSV UTF-8".`,
    });
  });

  it('names the line of the first invalid byte in a small file with a BOM', async () => {
    const kapot = Buffer.concat([Buffer.from('\uFEFFOrganisatie;Naam\nA;Zoë\nB;Ren'), Buffer.from([0xe9, 0x0a])]);
    expect(await fout(() => rijen(kapot))).toMatchObject({
      code: 'bestand.codering',
      melding:
        'Het bestand "lijst.csv" is geen geldige UTF-8: regel 3 bevat vanaf byte 33 tekens die geen UTF-8 zijn. Sla het bestand opnieuw op als "CSV UTF-8".',
    });
  });

  it('refuses UTF-16 and binary data', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Organisatie\tNaam\n', 'utf16le')]);
    expect(await fout(() => rijen(utf16))).toMatchObject({ code: 'bestand.codering' });
    expect(
      await fout(() =>
        rijen(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])),
      ),
    ).toMatchObject({
      code: 'bestand.onleesbaar',
      melding: 'Het bestand "lijst.csv" bevat binaire gegevens; het is geen CSV-bestand of Excel-werkmap.',
    });
  });

  it('strips the leading quote our exporter adds against formula injection, and only that', async () => {
    expect(await rijen("Organisatie;Naam;Notitie\n'=Politie;'-Jan;'gewoon\n'+31 6;'@x;'\tT\n")).toEqual([
      [1, ['Organisatie', 'Naam', 'Notitie']],
      [2, ['=Politie', '-Jan', "'gewoon"]],
      [3, ['+31 6', '@x', '\tT']],
    ]);
  });

  it('refuses an empty file and one of only whitespace', async () => {
    expect(await fout(() => rijen(''))).toMatchObject({
      code: 'bestand.leeg',
      melding: 'Het bestand "lijst.csv" is leeg (0 bytes).',
    });
    expect(await fout(() => rijen('\uFEFF \r\n\r\n'))).toMatchObject({
      code: 'bestand.leeg',
      melding: 'Het bestand "lijst.csv" is leeg: het bevat alleen witruimte.',
    });
  });

  it('refuses more than 200 columns', async () => {
    const breed = `${Array.from({ length: 5000 }, (_, i) => `Kolom ${i}`).join(';')}\n`;
    expect(await fout(() => rijen(breed))).toMatchObject({
      code: 'bestand.te-breed',
      melding: 'Het bestand is te breed: rij 1 heeft 5.000 kolommen; het maximum is 200.',
    });
    // Trailing empty delimiters do not count.
    expect((await rijen(`Organisatie;Naam;Functie${';'.repeat(4000)}\n`))[0]).toEqual([
      1,
      ['Organisatie', 'Naam', 'Functie'],
    ]);
  });

  it('refuses a cell above 32,767 characters, naming row and column', async () => {
    const groot = `Organisatie;Naam;Notitie\nPolitie;Jan;${'x'.repeat(1 << 20)}\n`;
    expect(await fout(() => rijen(groot))).toMatchObject({
      code: 'cel.te-groot',
      melding: 'De cel in rij 2, kolom C bevat 1.048.576 tekens; het maximum is 32.767 (de grens van Excel).',
    });
  });

  it('refuses a row that never ends (an unclosed quote) before it fills the memory', async () => {
    const open = `Organisatie;Naam\nPolitie;"Jan\n${'x;y\n'.repeat(MAX_RIJTEKENS / 4 + 10)}`;
    expect(await fout(() => rijen(open))).toMatchObject({
      code: 'rij.te-groot',
      melding: 'Rij 2 is langer dan 8.000.000 tekens. Waarschijnlijk ontbreekt een afsluitend aanhalingsteken (").',
    });
  });

  it('reports progress and a missing file', async () => {
    const pad = schrijf(map, 'voortgang.csv', 'Organisatie;Naam\nA;B\n');
    const gebeurtenissen = await verzamel(readCsv(pad));
    expect(gebeurtenissen.at(-1)).toEqual({ soort: 'voortgang', gelezenBytes: 21, totaalBytes: 21 });
    expect(gebeurtenissen[0]).toEqual({ soort: 'blad', naam: null });
    expect(await fout(() => verzamel(readCsv(`${map}/bestaat-niet.csv`)))).toMatchObject({
      code: 'bestand.niet-gevonden',
      melding: 'Het bestand "bestaat-niet.csv" bestaat niet.',
    });
  });
});
