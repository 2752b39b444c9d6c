import { join } from 'node:path';
import { GEMEENTEN } from '@netwerkregie/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { BRON, ORGANISATIES, PERSONEN, cleanUp, tijdelijkeMap, fill } from './_testhulp.js';
import { openTest } from './_testmotor.js';

afterAll(cleanUp);

describe('one store per gemeente', () => {
  it('keeps two gemeenten apart', async () => {
    const map = await tijdelijkeMap();
    const almere = await openTest({ gemeente: 'almere', pad: join(map, 'almere.db') });
    const arnhem = await openTest({ gemeente: 'arnhem', pad: join(map, 'arnhem.db') });
    await fill(almere);
    await arnhem.upsertOrganisatie(
      {
        id: 'o-arnhem',
        naam: 'Wijkteam Presikhaaf',
        domein: 'jeugd-en-welzijn',
        netwerk: 'formeel',
        soort: null,
        wijken: ['Presikhaaf'],
      },
      BRON,
    );
    await arnhem.upsertPersoon(
      { id: 'p-arnhem', naam: 'Jan van der Meulen', email: 'jan.vandermeulen@example.org', telefoon: null },
      BRON,
    );

    expect((await almere.listPersonen({})).totaal).toBe(PERSONEN.length);
    expect((await arnhem.listPersonen({})).items.map((p) => p.id)).toEqual(['p-arnhem']);
    expect((await arnhem.searchPersonen('meulen')).items.map((p) => p.id)).toEqual(['p-arnhem']);
    expect((await almere.searchPersonen('meulen')).items.map((p) => p.id)).toEqual(['p-jan']);
    expect((await almere.persoonOpEmail('jan.vandermeulen@example.org'))?.id).toBe('p-jan');
    expect((await arnhem.persoonOpEmail('jan.vandermeulen@example.org'))?.id).toBe('p-arnhem');
    expect(await arnhem.organisatie(ORGANISATIES[0]!.id)).toBeUndefined();
    expect(await almere.organisatie('o-arnhem')).toBeUndefined();
    expect((await arnhem.historie({})).map((h) => h.entiteitId)).toEqual(['o-arnhem', 'p-arnhem']);
    expect((await arnhem.momentopname(GEMEENTEN.arnhem!)).organisaties.map((o) => o.id)).toEqual(['o-arnhem']);
    await expect(arnhem.momentopname(GEMEENTEN.almere!)).rejects.toThrow(
      'Deze store hoort bij gemeente "arnhem", niet bij "almere".',
    );
    expect([almere.gemeente, arnhem.gemeente]).toEqual(['almere', 'arnhem']);
    await almere.close();
    await arnhem.close();
  });

  it('refuses a gemeente name that is not a slug', async () => {
    await expect(openTest({ gemeente: '../etc', pad: ':memory:' })).rejects.toThrow(
      'Ongeldige gemeente "../etc"; verwacht kleine letters, cijfers en streepjes, zoals "almere".',
    );
    await expect(openTest({ gemeente: 'Almere' })).rejects.toThrow(RangeError);
  });
});
