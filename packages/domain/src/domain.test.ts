import {
  DOMEIN_SYNONIEMEN,
  GEMEENTEN,
  GemeenteSchema,
  recognize,
  isBestaandeDatum,
  LidmaatschapSchema,
  parseGemeente,
  naamSleutel,
  OrganisatieSchema,
  PersoonSchema,
  ROL_SYNONIEMEN,
  standaardNetwerk,
  woordSleutel,
} from '@netwerkregie/domain';
import { describe, expect, it } from 'vitest';

describe('folding', () => {
  it('folds case, diacritics and whitespace for names', () => {
    expect(naamSleutel('  Ruïs   van  der Meulen ')).toBe('ruis van der meulen');
    expect(naamSleutel('Şükrü Öztürk')).toBe('sukru ozturk');
  });
  it('also drops spaces and hyphens for vocabulary words', () => {
    expect(woordSleutel('Contactpersoon - Radicalisering')).toBe('contactpersoonradicalisering');
    expect(woordSleutel('almere stad')).toBe(woordSleutel('Almere-Stad'));
  });
});

describe('vocabularies', () => {
  it('recognises the synonyms of IMPORT.md', () => {
    expect(recognize('Politie', DOMEIN_SYNONIEMEN)).toBe('veiligheid');
    expect(recognize('GGZ', DOMEIN_SYNONIEMEN)).toBe('zorg');
    expect(recognize('Jongerenwerk', DOMEIN_SYNONIEMEN)).toBe('jeugd-en-welzijn');
    expect(recognize('Religieus', DOMEIN_SYNONIEMEN)).toBe('gemeenschap');
    expect(recognize('jeugd en welzijn', DOMEIN_SYNONIEMEN)).toBe('jeugd-en-welzijn');
    expect(recognize('contactpersoon radicalisering', ROL_SYNONIEMEN)).toBe('contactpersoon-radicalisering');
    expect(recognize('Brandweer', DOMEIN_SYNONIEMEN)).toBeUndefined();
    expect(recognize('', DOMEIN_SYNONIEMEN)).toBeUndefined();
  });
  it("prefers the gemeente's own synonyms", () => {
    expect(recognize('Moskee', DOMEIN_SYNONIEMEN, GEMEENTEN.arnhem?.synoniemen.domein)).toBe('gemeenschap');
  });
  it('defaults informal for the community domain only', () => {
    expect(standaardNetwerk('gemeenschap')).toBe('informeel');
    expect(standaardNetwerk('zorg')).toBe('formeel');
  });
});

describe('schemas', () => {
  it('accepts a valid organisation and fills defaults', () => {
    expect(
      OrganisatieSchema.parse({ id: 'o1', naam: ' Politie Almere ', domein: 'veiligheid', netwerk: 'formeel' }),
    ).toEqual({
      id: 'o1',
      naam: 'Politie Almere',
      domein: 'veiligheid',
      netwerk: 'formeel',
      soort: null,
      wijken: [],
    });
  });
  it('rejects bad values with Dutch messages', () => {
    const r = OrganisatieSchema.safeParse({ id: 'o1', naam: '', domein: 'brandweer', netwerk: 'half' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['naam', 'Naam van de organisatie is leeg.'],
      [
        'domein',
        'Onbekend domein; kies uit veiligheid, zorg, onderwijs, jeugd-en-welzijn, gemeenschap, gemeente, overig.',
      ],
      ['netwerk', 'Netwerk is formeel of informeel.'],
    ]);
  });
  it('lower-cases e-mail and insists on E.164 phones', () => {
    expect(PersoonSchema.parse({ id: 'p', naam: 'A', email: 'Jan@Example.ORG', telefoon: '+31612345678' }).email).toBe(
      'jan@example.org',
    );
    const r = PersoonSchema.safeParse({ id: 'p', naam: 'A', email: 'jan@', telefoon: '0612345678' });
    expect(r.error?.issues.map((i) => i.message)).toEqual([
      'Geen geldig e-mailadres.',
      'Telefoonnummer moet in E.164-vorm staan, zoals +31612345678.',
    ]);
  });
  it('checks dates exist and end after begin', () => {
    expect(isBestaandeDatum('2016-02-29')).toBe(true);
    expect(isBestaandeDatum('2015-02-29')).toBe(false);
    const r = LidmaatschapSchema.safeParse({
      id: 'l',
      persoonId: 'p',
      organisatieId: 'o',
      rollen: ['sleutelfiguur'],
      begin: '2020-01-01',
      einde: '2019-01-01',
    });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['einde', 'Einde ligt voor het begin van het lidmaatschap.'],
    ]);
  });
});

describe('gemeente configurations', () => {
  it('ships Almere, Arnhem and Amsterdam', () => {
    expect(Object.keys(GEMEENTEN).sort()).toEqual(['almere', 'amsterdam', 'arnhem']);
    expect(GEMEENTEN.almere?.wijken).toEqual([
      'Almere Stad',
      'Almere Buiten',
      'Almere Haven',
      'Almere Poort',
      'Almere Hout',
      'Almere Pampus',
    ]);
    expect(GEMEENTEN.amsterdam?.wijken).toContain('Weesp');
    expect(GEMEENTEN.almere?.drempels.indicatoren['veiligheid-zorg']).toEqual({ aandacht: 0.8, zorgelijk: 0.5 });
    expect(GEMEENTEN.amsterdam?.drempels.indicatoren['contactpersoon-radicalisering']).toEqual({
      aandacht: 0.05,
      zorgelijk: 0.15,
    });
  });
  it('rejects a broken configuration naming each problem', () => {
    expect(() =>
      parseGemeente({
        slug: 'Zwolle!',
        naam: 'Zwolle',
        wijken: ['Centrum'],
        synoniemen: { wijken: { Oud: 'Stadshagen' } },
      }),
    ).toThrow(
      'De configuratie van de gemeente klopt niet:\n- slug: Slug: kleine letters, cijfers en streepjes, zoals "almere".\n- synoniemen.wijken.Oud: "Stadshagen" is geen wijk van Zwolle.',
    );
    expect(GemeenteSchema.safeParse({ slug: 'zwolle', naam: 'Zwolle', wijken: [] }).success).toBe(false);
  });
});

describe('register of processing activities', () => {
  it('defaults every activity, so a configuration without a register stays valid', () => {
    const g = GemeenteSchema.parse({ slug: 'proefstad', naam: 'Proefstad', wijken: ['Centrum'] });
    expect(Object.keys(g.verwerkingsactiviteiten)).toEqual([
      'netwerkbeheer',
      'netwerkanalyse',
      'avg-rechten',
      'controle',
    ]);
    expect(g.verwerkingsactiviteiten['avg-rechten']).toEqual({
      id: 'avg-rechten',
      naam: 'Afhandelen van verzoeken van betrokkenen',
      doel: 'Inzage en wissen op verzoek van de betrokkene.',
      grondslag: 'AVG art. 6 lid 1 onder c: wettelijke verplichting (AVG art. 15 en 17)',
    });
  });

  it("takes the gemeente's own ids and texts, and refuses an activity without a legal ground", () => {
    const eigen = { id: 'VA-017', naam: 'Contactlijst', doel: 'Bereikbaarheid', grondslag: 'Gemeentewet art. 172' };
    const g = GemeenteSchema.parse({
      slug: 'proefstad',
      naam: 'Proefstad',
      wijken: ['Centrum'],
      verwerkingsactiviteiten: { netwerkbeheer: eigen },
    });
    expect(g.verwerkingsactiviteiten.netwerkbeheer).toEqual(eigen);
    expect(g.verwerkingsactiviteiten.controle.id).toBe('controle');
    const zonder = GemeenteSchema.safeParse({
      slug: 'proefstad',
      naam: 'Proefstad',
      wijken: ['Centrum'],
      verwerkingsactiviteiten: { netwerkbeheer: { ...eigen, grondslag: '' } },
    });
    expect(zonder.success).toBe(false);
    expect(zonder.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'verwerkingsactiviteiten.netwerkbeheer.grondslag',
    ]);
  });
});
