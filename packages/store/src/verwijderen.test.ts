import type { Store } from '@netwerkregie/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BRON, LIDMAATSCHAPPEN, fill } from './_testhulp.js';
import { openTest } from './_testmotor.js';

let store: Store;
beforeEach(async () => {
  store = await openTest({ gemeente: 'almere', pad: ':memory:' });
  await fill(store);
});
afterEach(() => store.close());

describe('verwijder', () => {
  it('refuses while others refer to the entity, naming them', async () => {
    await expect(store.deleteEntiteit('organisatie', 'o-ggz', BRON)).rejects.toThrow(
      'Organisatie o-ggz wordt nog gebruikt door 2 lidmaatschap(pen), 1 contactmoment(en), 1 relatie(s); verwijder die eerst.',
    );
    await expect(store.deleteEntiteit('persoon', 'p-jan', BRON)).rejects.toThrow(
      'Persoon p-jan wordt nog gebruikt door 2 lidmaatschap(pen), 1 contactmoment(en), 2 training(en), 1 relatie(s); verwijder die eerst.',
    );
    await expect(store.deleteEntiteit('overleg', 'ov-casus', BRON)).rejects.toThrow(
      'Overleg ov-casus wordt nog gebruikt door 2 deelname(s); verwijder die eerst.',
    );
    await expect(store.deleteEntiteit('training', 't-9', BRON)).rejects.toThrow('Training t-9 bestaat niet.');
    await expect(store.deleteEntiteit('vergadering' as never, 'x', BRON)).rejects.toThrow(
      'Onbekende entiteit "vergadering".',
    );
    expect(await store.organisatie('o-ggz')).toBeDefined();
    expect(await store.verwijzingenNaar('persoon', 'p-jan')).toEqual([
      { entiteit: 'lidmaatschap', id: 'l-jan-politie' },
      { entiteit: 'lidmaatschap', id: 'l-jan-school' },
      { entiteit: 'contactmoment', id: 'c-1' },
      { entiteit: 'training', id: 't-1' },
      { entiteit: 'training', id: 't-2' },
      { entiteit: 'relatie', id: 'r-1' },
    ]);
    expect(await store.verwijzingenNaar('overleg', 'ov-zat')).toEqual([{ entiteit: 'deelname', id: 'd-3' }]);
    expect(await store.verwijzingenNaar('training', 't-1')).toEqual([]);
  });

  it('removes in order, with one history row each holding the whole entity before', async () => {
    const naId = (await store.historie({})).at(-1)!.id;
    const bron = { actor: 'import', importId: 'imp-terug' };
    await store.transaction(async (tx) => {
      await tx.deleteEntiteit('lidmaatschap', 'l-mohamed-moskee', bron);
      await tx.deleteEntiteit('persoon', 'p-mohamed', bron);
    });
    expect(await store.persoon('p-mohamed')).toBeUndefined();
    expect((await store.searchPersonen('bouziane')).totaal).toBe(0);
    expect(
      (await store.historie({ naId })).map((h) => [h.entiteit, h.entiteitId, h.veld, h.voor, h.na, h.importId]),
    ).toEqual([
      ['lidmaatschap', 'l-mohamed-moskee', '*', LIDMAATSCHAPPEN[4], null, 'imp-terug'],
      [
        'persoon',
        'p-mohamed',
        '*',
        { id: 'p-mohamed', naam: 'Mohamed Bouzïane', email: 'm.bouziane@example.org', telefoon: null },
        null,
        'imp-terug',
      ],
    ]);
    // Nothing refers to the mosque any more but the list of memberships.
    await store.deleteEntiteit('organisatie', 'o-moskee', BRON);
    expect(await store.entiteit('organisatie', 'o-moskee')).toBeUndefined();
  });
});
