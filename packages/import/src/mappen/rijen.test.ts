import { describe, expect, it } from 'vitest';
import { almere, fout, verzamel } from '../_testhulp.js';
import type { RuweGebeurtenis } from '../lezen/types.js';
import type { BladInfo, Cel } from '../types.js';
import { mapRij, mapRijen } from './rijen.js';

async function* bron(gebeurtenissen: RuweGebeurtenis[]): AsyncGenerator<RuweGebeurtenis> {
  yield* gebeurtenissen;
}
const blad = (naam: string | null): RuweGebeurtenis => ({ soort: 'blad', naam });
const rij = (naam: string | null, nummer: number, cellen: Cel[]): RuweGebeurtenis => ({
  soort: 'rij',
  rij: { blad: naam, rij: nummer, cellen },
});

const info: BladInfo = {
  naam: 'Zorg',
  kopRij: 2,
  kolommen: [
    { veld: 'organisatie', kop: 'Organisatie', index: 0 },
    { veld: 'voornaam', kop: 'Voornaam', index: 1 },
    { veld: 'tussenvoegsel', kop: 'Tussenvoegsel', index: 2 },
    { veld: 'achternaam', kop: 'Achternaam', index: 3 },
    { veld: 'email', kop: 'Mailadres', index: 4 },
  ],
  onbekendeKolommen: ['Opmerkingen'],
};

describe('mapRij', () => {
  it('picks the cells by field, composing the name from its parts', () => {
    expect(
      mapRij(
        {
          blad: 'Zorg',
          rij: 5,
          cellen: ['GGZ Centraal', 'Piet', 'van der', ' Fictief ', 'piet@example.org', 'let op'],
        },
        info,
      ),
    ).toEqual({
      blad: info,
      rij: 5,
      waarden: {
        organisatie: 'GGZ Centraal',
        voornaam: 'Piet',
        tussenvoegsel: 'van der',
        achternaam: ' Fictief ',
        naam: 'Piet van der Fictief',
        email: 'piet@example.org',
      },
    });
  });

  it('skips rows with nothing in a mapped column, and turns error values into warnings', () => {
    expect(
      mapRij({ blad: 'Zorg', rij: 6, cellen: [null, ' ', null, null, null, 'alleen een opmerking'] }, info),
    ).toBeNull();
    expect(mapRij({ blad: 'Zorg', rij: 7, cellen: [], foutwaarden: [{ index: 4, waarde: '#N/A' }] }, info)).toBeNull();
    expect(
      mapRij(
        {
          blad: 'Zorg',
          rij: 8,
          cellen: ['GGZ', null, null, null, null, '#REF!'],
          foutwaarden: [
            { index: 4, waarde: '#N/A' },
            { index: 5, waarde: '#REF!' },
          ],
        },
        info,
      ),
    ).toEqual({
      blad: info,
      rij: 8,
      waarden: { organisatie: 'GGZ' },
      meldingen: [
        {
          blad: 'Zorg',
          rij: 8,
          kolom: 'Mailadres',
          waarde: '#N/A',
          code: 'cel.foutwaarde',
          ernst: 'waarschuwing',
          melding: 'De cel bevat de Excel-foutwaarde #N/A en is als leeg gelezen.',
        },
      ],
    });
  });
});

describe('mapRijen', () => {
  it('finds the header below title rows per sheet, skips sheets without one, and maps the rest', async () => {
    const uit = await verzamel(
      mapRijen(
        bron([
          blad('Uitleg'),
          rij('Uitleg', 1, ['Vul per domein een blad in.']),
          blad('Zorg'),
          rij('Zorg', 1, ['Contactlijst zorg']),
          rij('Zorg', 3, ['Organisatie', 'Naam', 'Functie', 'Notitie']),
          rij('Zorg', 4, ['GGZ', 'Piet', 'Arts']),
          rij('Zorg', 6, [null, null, null, 'los']),
          { soort: 'voortgang', gelezenBytes: 10, totaalBytes: 20 },
          rij('Zorg', 7, ['Wijkteam', null, null]),
          blad('Leeg'),
        ]),
        almere,
        'lijst.xlsx',
      ),
    );
    const zorg: BladInfo = {
      naam: 'Zorg',
      kopRij: 3,
      kolommen: [
        { veld: 'organisatie', kop: 'Organisatie', index: 0 },
        { veld: 'naam', kop: 'Naam', index: 1 },
        { veld: 'functie', kop: 'Functie', index: 2 },
      ],
      onbekendeKolommen: ['Notitie'],
    };
    expect(uit).toEqual([
      { soort: 'overgeslagen', blad: 'Uitleg', reden: 'geen-kop' },
      { soort: 'blad', blad: zorg },
      { soort: 'rij', rij: { blad: zorg, rij: 4, waarden: { organisatie: 'GGZ', naam: 'Piet', functie: 'Arts' } } },
      { soort: 'voortgang', gelezenBytes: 10, totaalBytes: 20 },
      { soort: 'rij', rij: { blad: zorg, rij: 7, waarden: { organisatie: 'Wijkteam' } } },
      { soort: 'overgeslagen', blad: 'Leeg', reden: 'geen-kop' },
    ]);
  });

  it('accepts a header without rows, and refuses files without a header or without content', async () => {
    expect(
      await verzamel(mapRijen(bron([blad(null), rij(null, 1, ['Organisatie', 'Naam', 'E-mail'])]), almere, 'kop.csv')),
    ).toHaveLength(1);
    expect(
      await fout(() =>
        verzamel(mapRijen(bron([blad(null), rij(null, 1, ['a', 'b']), rij(null, 2, ['c'])]), almere, 'x.csv')),
      ),
    ).toMatchObject({
      code: 'bestand.geen-kop',
      melding:
        'Er is geen koprij gevonden in "x.csv": geen rij noemt ten minste drie bekende kolommen (zoals Organisatie, Naam, E-mail) binnen de eerste 50 gevulde rijen.',
    });
    const bladen = bron([blad('Uitleg'), rij('Uitleg', 1, ['tekst']), blad('Notities'), rij('Notities', 2, ['x'])]);
    expect(await fout(() => verzamel(mapRijen(bladen, almere, 'x.xlsx')))).toMatchObject({
      code: 'bestand.geen-kop',
      melding:
        'Er is geen koprij gevonden in de bladen "Uitleg", "Notities" van "x.xlsx": geen rij noemt ten minste drie bekende kolommen (zoals Organisatie, Naam, E-mail) binnen de eerste 50 gevulde rijen.',
    });
    expect(
      await fout(() => verzamel(mapRijen(bron([blad('Blad1'), blad('Blad2')]), almere, 'leeg.xlsx'))),
    ).toMatchObject({
      code: 'bestand.leeg',
      melding: 'Het bestand "leeg.xlsx" bevat geen gegevens.',
    });
  });

  it('gives up on a CSV after 50 rows without a header', async () => {
    const rijen = Array.from({ length: 60 }, (_, i) => rij(null, i + 1, ['a', 'b', 'c']));
    expect(
      await fout(() =>
        verzamel(
          mapRijen(bron([blad(null), ...rijen, rij(null, 61, ['Organisatie', 'Naam', 'Functie'])]), almere, 'x.csv'),
        ),
      ),
    ).toMatchObject({
      code: 'bestand.geen-kop',
    });
  });
});
