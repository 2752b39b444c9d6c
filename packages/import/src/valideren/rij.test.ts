import { describe, expect, it } from 'vitest';
import { almere } from '../_testhulp.js';
import { mapRij } from '../mappen/rijen.js';
import type { BladInfo, Cel, GemapteRij } from '../types.js';
import { normalizeRij } from './rij.js';

const KOPPEN = [
  'Organisatie',
  'Domein',
  'Netwerk',
  'Soort',
  'Wijk',
  'Naam',
  'Functie',
  'Rol',
  'Mailadres',
  'Tel.',
  'Getraind',
  'Overleggen',
  'Laatste contact',
];
const VELDEN = [
  'organisatie',
  'domein',
  'netwerk',
  'soort',
  'wijken',
  'naam',
  'functie',
  'rollen',
  'email',
  'telefoon',
  'getraind',
  'overleggen',
  'laatsteContact',
] as const;
const blad: BladInfo = {
  naam: 'Contacten',
  kopRij: 1,
  kolommen: VELDEN.map((veld, index) => ({ veld, kop: KOPPEN[index]!, index })),
  onbekendeKolommen: [],
};
const csvBlad: BladInfo = { ...blad, naam: null };

function rij(cellen: Cel[], info: BladInfo = blad, nummer = 7): GemapteRij {
  return mapRij({ blad: info.naam, rij: nummer, cellen }, info)!;
}

describe('normalizeRij', () => {
  it('normalises a full row', () => {
    const uit = normalizeRij(
      rij([
        '  Politie   Almere ',
        'Politie',
        'Formeel',
        'Basisteam',
        'Almere Stad; haven',
        'Jan  van der Meulen',
        'Wijkagent',
        'Contactpersoon radicalisering, eerstelijnswerker',
        'Jan.vdMeulen@EXAMPLE.org',
        612345678,
        new Date(Date.UTC(2016, 1, 3)),
        'Veiligheidshuis; Casusoverleg radicalisering, veiligheidshuis',
        '1-10-26',
      ]),
      almere,
    );
    expect(uit).toEqual({
      blad,
      rij: 7,
      organisatie: {
        naam: 'Politie Almere',
        domein: 'veiligheid',
        netwerk: 'formeel',
        soort: 'Basisteam',
        wijken: ['Almere Stad', 'Almere Haven'],
      },
      persoon: { naam: 'Jan van der Meulen', email: 'jan.vdmeulen@example.org', telefoon: '+31612345678' },
      lidmaatschap: { functie: 'Wijkagent', rollen: ['contactpersoon-radicalisering', 'eerstelijnswerker'] },
      getraind: { datum: '2016-02-03' },
      overleggen: ['Veiligheidshuis', 'Casusoverleg radicalisering'],
      laatsteContact: '2026-10-01',
      meldingen: [],
    });
  });

  it('leaves empty cells undefined, so that they erase nothing', () => {
    expect(normalizeRij(rij(['Buurthuis De Schakel', null, null, null, null, 'Kees Fictief']), almere)).toEqual({
      blad,
      rij: 7,
      organisatie: { naam: 'Buurthuis De Schakel' },
      persoon: { naam: 'Kees Fictief' },
      meldingen: [],
    });
    expect(
      normalizeRij(rij(['Moskee Al Fath', 'Religieus', null, null, null, null, null, null, null, null, 'nee']), almere),
    ).toMatchObject({
      organisatie: { naam: 'Moskee Al Fath', domein: 'gemeenschap' },
      getraind: false,
    });
  });

  it('reads the kind of training from its own column; without one, a training is a basistraining', () => {
    const info: BladInfo = {
      naam: 'AF',
      kopRij: 1,
      kolommen: [
        { veld: 'organisatie', kop: 'Organisatienaam', index: 0 },
        { veld: 'naam', kop: 'Aandachtsfunctionaris', index: 1 },
        { veld: 'getraind', kop: 'Datum training', index: 2 },
        { veld: 'trainingsoort', kop: 'Soort training', index: 3 },
      ],
      onbekendeKolommen: [],
    };
    const lees = (cellen: Cel[]) => normalizeRij(rij(['GGD', 'Kees Fictief', ...cellen], info), almere);
    expect(lees([new Date(Date.UTC(2019, 8, 12)), 'Terugkomdag']).getraind).toEqual({
      datum: '2019-09-12',
      soort: 'terugkomdag',
    });
    // A kind without a date: trained, day unknown, as "ja".
    expect(lees([null, 'verdiepingstraining']).getraind).toEqual({ datum: null, soort: 'verdieping' });
    expect(lees(['nee', 'Basistraining']).getraind).toBe(false);
    expect(lees(['12-9-2019', null]).getraind).toEqual({ datum: '2019-09-12' });
    expect(lees(['12-9-2019', 'Masterclass']).meldingen).toEqual([
      {
        blad: 'AF',
        rij: 7,
        kolom: 'Soort training',
        waarde: 'Masterclass',
        code: 'training.onbekend',
        ernst: 'fout',
        melding: 'De training "Masterclass" is onbekend; kies uit basistraining, terugkomdag, verdieping.',
      },
    ]);
    // A kind of training belongs to a person: without a name the row is rejected.
    expect(normalizeRij(rij(['GGD', null, null, 'Basistraining'], info), almere).meldingen.map((m) => m.code)).toEqual([
      'naam.ontbreekt',
    ]);
  });

  it('reports every problem with sheet, row, header as written, raw value and a concrete message', () => {
    const uit = normalizeRij(
      rij([
        null,
        'Brandweer',
        'half',
        null,
        'Almere Stad, Lelystad',
        null,
        'Voorzitter',
        'voorzitter',
        'jan@',
        '12345',
        'misschien',
        null,
        '31-02-2016',
      ]),
      almere,
    );
    expect(uit.meldingen).toEqual([
      {
        blad: 'Contacten',
        rij: 7,
        kolom: 'Organisatie',
        waarde: '',
        code: 'organisatie.ontbreekt',
        ernst: 'fout',
        melding: 'De organisatie ontbreekt; elke rij hoort bij een organisatie.',
      },
      {
        blad: 'Contacten',
        rij: 7,
        kolom: 'Domein',
        waarde: 'Brandweer',
        code: 'domein.onbekend',
        ernst: 'fout',
        melding:
          'Het domein "Brandweer" is onbekend; kies uit veiligheid, zorg, onderwijs, jeugd-en-welzijn, gemeenschap, gemeente, overig.',
      },
      {
        blad: 'Contacten',
        rij: 7,
        kolom: 'Netwerk',
        waarde: 'half',
        code: 'netwerk.onbekend',
        ernst: 'fout',
        melding: 'Het netwerk "half" is onbekend; kies formeel of informeel.',
      },
      {
        blad: 'Contacten',
        rij: 7,
        kolom: 'Wijk',
        waarde: 'Almere Stad, Lelystad',
        code: 'wijk.onbekend',
        ernst: 'fout',
        melding:
          'De wijk "Lelystad" is onbekend in Almere; kies uit Almere Stad, Almere Buiten, Almere Haven, Almere Poort, Almere Hout, Almere Pampus.',
      },
      {
        blad: 'Contacten',
        rij: 7,
        kolom: 'Mailadres',
        waarde: 'jan@',
        code: 'email.ongeldig',
        ernst: 'fout',
        melding: 'Het e-mailadres "jan@" is ongeldig.',
      },
      {
        blad: 'Contacten',
        rij: 7,
        kolom: 'Tel.',
        waarde: '12345',
        code: 'telefoon.ongeldig',
        ernst: 'fout',
        melding: 'Het telefoonnummer "12345" is ongeldig.',
      },
      {
        blad: 'Contacten',
        rij: 7,
        kolom: 'Rol',
        waarde: 'voorzitter',
        code: 'rol.onbekend',
        ernst: 'fout',
        melding:
          'De rol "voorzitter" is onbekend; kies uit contactpersoon radicalisering, aandachtfunctionaris, sleutelfiguur, eerstelijnswerker, netwerkregisseur.',
      },
      {
        blad: 'Contacten',
        rij: 7,
        kolom: 'Getraind',
        waarde: 'misschien',
        code: 'getraind.ongeldig',
        ernst: 'fout',
        melding: '"misschien" is geen datum, ja of nee.',
      },
      {
        blad: 'Contacten',
        rij: 7,
        kolom: 'Laatste contact',
        waarde: '31-02-2016',
        code: 'datum.ongeldig',
        ernst: 'fout',
        melding: 'De datum "31-02-2016" bestaat niet.',
      },
      {
        blad: 'Contacten',
        rij: 7,
        kolom: 'Naam',
        waarde: '',
        code: 'naam.ontbreekt',
        ernst: 'fout',
        melding:
          'De naam ontbreekt, terwijl de rij gegevens van een persoon bevat (Mailadres, Tel., Functie, Rol, Getraind).',
      },
    ]);
    expect(uit.persoon).toBeUndefined();
    expect(uit.lidmaatschap).toBeUndefined();
  });

  it('leaves blad out for CSV, and names the composed name columns', () => {
    const info: BladInfo = {
      naam: null,
      kopRij: 1,
      kolommen: [
        { veld: 'organisatie', kop: 'Organisatie', index: 0 },
        { veld: 'voornaam', kop: 'Voornaam', index: 1 },
        { veld: 'achternaam', kop: 'Achternaam', index: 2 },
        { veld: 'email', kop: 'E-mail', index: 3 },
      ],
      onbekendeKolommen: [],
    };
    expect(normalizeRij(rij(['GGZ', null, null, 'piet@example.org'], info, 3), almere).meldingen).toEqual([
      {
        rij: 3,
        kolom: 'Voornaam + Achternaam',
        waarde: '',
        code: 'naam.ontbreekt',
        ernst: 'fout',
        melding: 'De naam ontbreekt, terwijl de rij gegevens van een persoon bevat (E-mail).',
      },
    ]);
    expect(normalizeRij(rij(['GGZ', 'Piet', 'Fictief'], info, 4), almere).persoon).toEqual({ naam: 'Piet Fictief' });
  });

  it('refuses texts longer than the domain allows, and carries warnings from reading', () => {
    const lang = 'x'.repeat(201);
    expect(normalizeRij(rij([lang, null, null, null, null, 'Jan']), almere).meldingen).toEqual([
      {
        blad: 'Contacten',
        rij: 7,
        kolom: 'Organisatie',
        waarde: lang,
        code: 'tekst.te-lang',
        ernst: 'fout',
        melding: 'De tekst is 201 tekens lang; het maximum is 200.',
      },
    ]);
    const metWaarschuwing: GemapteRij = {
      ...rij(['GGZ'], csvBlad),
      meldingen: [
        { rij: 7, kolom: 'Mailadres', waarde: '#N/A', code: 'cel.foutwaarde', ernst: 'waarschuwing', melding: 'x' },
      ],
    };
    expect(normalizeRij(metWaarschuwing, almere).meldingen).toEqual(metWaarschuwing.meldingen);
  });
});
