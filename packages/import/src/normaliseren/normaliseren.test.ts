import { GEMEENTEN, GemeenteSchema } from '@netwerkregie/domain';
import { describe, expect, it } from 'vitest';
import { almere } from '../_testhulp.js';
import { leesDatum } from './datum.js';
import { normaliseerEmail } from './email.js';
import { leesGetraind } from './getraind.js';
import { leesJaNee } from './janee.js';
import { schoneTekst, splitsLijst } from './tekst.js';
import { normaliseerTelefoon } from './telefoon.js';
import { leesDomein, leesNetwerk, leesRollen, leesTrainingsoort } from './vocabulaire.js';
import { leesWijken } from './wijken.js';

const amsterdam = GEMEENTEN.amsterdam!;
const ok = <T>(waarde: T) => ({ ok: true, waarde });

describe('schoneTekst', () => {
  it('collapses whitespace, also non-breaking spaces and line breaks, and drops invisible characters', () => {
    expect(schoneTekst('  Wijkteam\u00A0\r\n Zuid\u200B ')).toBe('Wijkteam Zuid');
    expect(schoneTekst(' \t ')).toBeUndefined();
    expect(schoneTekst(612345678)).toBe('612345678');
    expect(schoneTekst(new Date(Date.UTC(2016, 1, 3)))).toBe('03-02-2016');
    expect(splitsLijst('Veiligheidshuis; ZAT ,,  Casusoverleg ', /[,;]/)).toEqual([
      'Veiligheidshuis',
      'ZAT',
      'Casusoverleg',
    ]);
  });
});

describe('leesDatum', () => {
  it('reads Dutch dates day first, ISO dates, Excel date cells and serials', () => {
    const gevallen: [Parameters<typeof leesDatum>[0], string][] = [
      ['3-2-2016', '2016-02-03'],
      ['03-02-16', '2016-02-03'],
      ['3/2/2016', '2016-02-03'],
      ['3.2.2016', '2016-02-03'],
      ['12-11-2016', '2016-11-12'],
      ['2016-02-03', '2016-02-03'],
      ['2016-02-03T00:00:00.000Z', '2016-02-03'],
      ['3-2-2016 14:30', '2016-02-03'],
      ['3 februari 2016', '2016-02-03'],
      ['3 feb. 2016', '2016-02-03'],
      ['29-02-2016', '2016-02-29'],
      [new Date(Date.UTC(2016, 1, 3)), '2016-02-03'],
      [new Date(Date.UTC(2016, 1, 3, 23, 59)), '2016-02-03'],
      [42403, '2016-02-03'],
      ['42403', '2016-02-03'],
      [42403.75, '2016-02-03'],
      [10_000, '1927-05-18'],
      [73_050, '2099-12-31'],
      ['01-01-00', '2000-01-01'],
      ['31-12-69', '2069-12-31'],
      ['01-01-70', '1970-01-01'],
      ['1-1-99', '1999-01-01'],
    ];
    for (const [invoer, verwacht] of gevallen) expect([invoer, leesDatum(invoer)]).toEqual([invoer, ok(verwacht)]);
  });

  it('refuses dates that do not exist, are out of range or are no date at all', () => {
    expect(leesDatum('31-02-2016')).toEqual({
      ok: false,
      code: 'datum.ongeldig',
      melding: 'De datum "31-02-2016" bestaat niet.',
    });
    expect(leesDatum('29-02-2015')).toEqual({
      ok: false,
      code: 'datum.ongeldig',
      melding: 'De datum "29-02-2015" bestaat niet.',
    });
    expect(leesDatum('3-13-2016')).toEqual({
      ok: false,
      code: 'datum.ongeldig',
      melding: 'De datum "3-13-2016" bestaat niet.',
    });
    expect(leesDatum('3-2-1016')).toEqual({
      ok: false,
      code: 'datum.ongeldig',
      melding: 'De datum "3-2-1016" ligt niet tussen 1900 en 2100.',
    });
    for (const onzin of [
      'gisteren',
      '2016',
      2016,
      '3-2',
      '3-2-2016-1',
      '3 fabruari 2016',
      9_999,
      0,
      -5,
      99_000,
      true,
      '02/03/2016/',
    ]) {
      expect(leesDatum(onzin)).toMatchObject({ ok: false, code: 'datum.ongeldig' });
    }
    expect(leesDatum('gisteren')).toEqual({
      ok: false,
      code: 'datum.ongeldig',
      melding: 'De datum "gisteren" is ongeldig; schrijf dag-maand-jaar, zoals 3-2-2016.',
    });
  });
});

describe('normaliseerTelefoon', () => {
  it('stores numbers in E.164, also a mobile number that lost its leading zero', () => {
    const gevallen: [string | number, string][] = [
      ['06-12345678', '+31612345678'],
      ['06 1234 5678', '+31612345678'],
      ['+31 (0)6 12345678', '+31612345678'],
      ['0031 6 1234 5678', '+31612345678'],
      ['+31612345678', '+31612345678'],
      [612345678, '+31612345678'],
      ['612345678', '+31612345678'],
      ['036 123 4567', '+31361234567'],
      ['tel:+31201234567', '+31201234567'],
      ['+32 470 12 34 56', '+32470123456'],
    ];
    for (const [invoer, verwacht] of gevallen)
      expect([invoer, normaliseerTelefoon(invoer)]).toEqual([invoer, ok(verwacht)]);
  });

  it("accepts the government's short numbers 14 0xx(x), stored as E.164", () => {
    expect(normaliseerTelefoon('14 036')).toEqual(ok('+3114036'));
    expect(normaliseerTelefoon('14020')).toEqual(ok('+3114020'));
    expect(normaliseerTelefoon('140 118')).toEqual(ok('+31140118'));
    expect(normaliseerTelefoon(14036)).toEqual(ok('+3114036'));
  });

  it('refuses what the full metadata calls invalid', () => {
    expect(normaliseerTelefoon('12345')).toEqual({
      ok: false,
      code: 'telefoon.ongeldig',
      melding: 'Het telefoonnummer "12345" is ongeldig.',
    });
    for (const onzin of ['06 1234567', '06123456789', '112', 'onbekend', '06-12345678 / 020-1234567', 6.5]) {
      expect(normaliseerTelefoon(onzin)).toMatchObject({ ok: false, code: 'telefoon.ongeldig' });
    }
  });
});

describe('normaliseerEmail', () => {
  it('stores e-mail lower-case and refuses invalid addresses', () => {
    expect(normaliseerEmail('Jan.vdMeulen@EXAMPLE.org')).toEqual(ok('jan.vdmeulen@example.org'));
    expect(normaliseerEmail('mailto:piet@example.org')).toEqual(ok('piet@example.org'));
    expect(normaliseerEmail('jan@')).toEqual({
      ok: false,
      code: 'email.ongeldig',
      melding: 'Het e-mailadres "jan@" is ongeldig.',
    });
    for (const onzin of ['jan@example', 'jan@@example.org', 'a b@example.org', 'jan@example.org; piet@example.org']) {
      expect(normaliseerEmail(onzin)).toMatchObject({ ok: false, code: 'email.ongeldig' });
    }
  });
});

describe('ja/nee and getraind', () => {
  it('reads yes and no words', () => {
    expect(['ja', 'JA', 'j', 'x', 'X', '✓', '✔', 'yes', 'Y', 'true', 'WAAR', '1'].map(leesJaNee)).toEqual(
      Array(12).fill(true),
    );
    expect(['nee', 'Nee ', 'n', 'no', 'false', 'onwaar', '0'].map(leesJaNee)).toEqual(Array(7).fill(false));
    expect(leesJaNee('misschien')).toBeUndefined();
  });

  it('reads a training as a date, yes or no', () => {
    expect(leesGetraind('ja')).toEqual(ok({ datum: null }));
    expect(leesGetraind('x')).toEqual(ok({ datum: null }));
    expect(leesGetraind(true)).toEqual(ok({ datum: null }));
    expect(leesGetraind(1)).toEqual(ok({ datum: null }));
    expect(leesGetraind('nee')).toEqual(ok(false));
    expect(leesGetraind(false)).toEqual(ok(false));
    expect(leesGetraind('3-2-2016')).toEqual(ok({ datum: '2016-02-03' }));
    expect(leesGetraind(new Date(Date.UTC(2015, 10, 12)))).toEqual(ok({ datum: '2015-11-12' }));
    expect(leesGetraind(42403)).toEqual(ok({ datum: '2016-02-03' }));
    expect(leesGetraind('misschien')).toEqual({
      ok: false,
      code: 'getraind.ongeldig',
      melding: '"misschien" is geen datum, ja of nee.',
    });
    expect(leesGetraind('31-2-2016')).toEqual({
      ok: false,
      code: 'datum.ongeldig',
      melding: 'De datum "31-2-2016" bestaat niet.',
    });
  });
});

describe('vocabularies', () => {
  it("recognises domains through IMPORT.md's synonyms and the gemeente's own", () => {
    expect(
      [
        'Politie',
        'justitie',
        'GGZ',
        'School',
        'Jongerenwerk',
        'Jeugd en welzijn',
        'jeugd-en-welzijn',
        'Religieus',
        'Sport',
        'Gemeente',
      ].map((d) => leesDomein(d, almere)),
    ).toEqual(
      [
        'veiligheid',
        'veiligheid',
        'zorg',
        'onderwijs',
        'jeugd-en-welzijn',
        'jeugd-en-welzijn',
        'jeugd-en-welzijn',
        'gemeenschap',
        'gemeenschap',
        'gemeente',
      ].map(ok),
    );
    // A word only Amsterdam's configuration knows (Arnhem's Moskee is built in since).
    expect(leesDomein('Buurtteam', GEMEENTEN.amsterdam!)).toEqual(ok('jeugd-en-welzijn'));
    expect(leesDomein('Buurtteam', almere)).toEqual({
      ok: false,
      code: 'domein.onbekend',
      melding:
        'Het domein "Buurtteam" is onbekend; kies uit veiligheid, zorg, onderwijs, jeugd-en-welzijn, gemeenschap, gemeente, overig.',
    });
    expect(leesNetwerk('Informeel', almere)).toEqual(ok('informeel'));
    expect(leesNetwerk('half', almere)).toEqual({
      ok: false,
      code: 'netwerk.onbekend',
      melding: 'Het netwerk "half" is onbekend; kies formeel of informeel.',
    });
  });

  it("reads kinds of training through the built-in words and the gemeente's own", () => {
    expect(
      ['Basistraining', 'terug-komdag', 'Verdiepingstraining', 'refresher'].map((t) => leesTrainingsoort(t, almere)),
    ).toEqual([ok('basistraining'), ok('terugkomdag'), ok('verdieping'), ok('terugkomdag')]);
    const eigen = GemeenteSchema.parse({
      slug: 'proef',
      naam: 'Proef',
      wijken: ['Centrum'],
      synoniemen: { trainingsoort: { 'Training Signaleren': 'basistraining' } },
    });
    expect(leesTrainingsoort('training signaleren', eigen)).toEqual(ok('basistraining'));
    expect(leesTrainingsoort('Training Signaleren', almere)).toEqual({
      ok: false,
      code: 'training.onbekend',
      melding: 'De training "Training Signaleren" is onbekend; kies uit basistraining, terugkomdag, verdieping.',
    });
  });

  it('reads roles with spaces or hyphens, several in one cell, each unknown one an issue', () => {
    expect(leesRollen('Contactpersoon radicalisering, sleutelfiguur; Sleutelfiguur', almere)).toEqual({
      rollen: ['contactpersoon-radicalisering', 'sleutelfiguur'],
      onbekend: [],
    });
    expect(leesRollen('Eerstelijnswerker en netwerkregisseur', almere).rollen).toEqual([
      'eerstelijnswerker',
      'netwerkregisseur',
    ]);
    expect(leesRollen('AF', amsterdam).rollen).toEqual(['aandachtfunctionaris']);
    expect(leesRollen('sleutelfiguur / voorzitter', almere)).toEqual({
      rollen: ['sleutelfiguur'],
      onbekend: [
        {
          ok: false,
          code: 'rol.onbekend',
          melding:
            'De rol "voorzitter" is onbekend; kies uit contactpersoon radicalisering, aandachtfunctionaris, sleutelfiguur, eerstelijnswerker, netwerkregisseur.',
        },
      ],
    });
  });

  it("reads districts of the gemeente, its synonyms, and 'heel de stad' as every district", () => {
    expect(leesWijken('almere stad, ALMERE-BUITEN; Haven / Almere Stad', almere)).toEqual({
      wijken: ['Almere Stad', 'Almere Buiten', 'Almere Haven'],
      onbekend: [],
    });
    expect(leesWijken('Heel de stad', almere).wijken).toEqual(almere.wijken);
    expect(leesWijken('citywide', almere).wijken).toEqual(almere.wijken);
    expect(leesWijken('heel Almere', almere).wijken).toEqual(almere.wijken);
    expect(leesWijken('Nieuw West', amsterdam).wijken).toEqual(['Nieuw-West']);
    expect(leesWijken('Weesp (stadsgebied)', amsterdam).wijken).toEqual(['Weesp']);
    expect(leesWijken('Almere Stad, Lelystad', almere)).toEqual({
      wijken: ['Almere Stad'],
      onbekend: [
        {
          ok: false,
          code: 'wijk.onbekend',
          melding:
            'De wijk "Lelystad" is onbekend in Almere; kies uit Almere Stad, Almere Buiten, Almere Haven, Almere Poort, Almere Hout, Almere Pampus.',
        },
      ],
    });
  });
});
