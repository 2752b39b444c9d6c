import { type Store, VERWIJDERVOLGORDE } from '@netwerkregie/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BRON, PERSONEN, fill } from './_testhulp.js';
import { openTest } from './_testmotor.js';
import { formeleViews } from './_zicht.js';

let store: Store;
beforeEach(async () => {
  store = await openTest({ gemeente: 'almere', pad: ':memory:' });
  await fill(store);
});
afterEach(() => store.close());

describe('the entity descriptors', () => {
  it('order removals children before parents', () => {
    expect(VERWIJDERVOLGORDE).toEqual([
      'lidmaatschap',
      'deelname',
      'contactmoment',
      'training',
      'relatie',
      'organisatie',
      'persoon',
      'overleg',
    ]);
  });
});

describe('the formal view', () => {
  it('reads through a view every table whose descriptor says so: all but the meeting structures', () => {
    expect([...formeleViews()]).toEqual([
      'organisaties',
      'personen',
      'lidmaatschappen',
      'deelnames',
      'contactmomenten',
      'trainingen',
      'relaties',
    ]);
  });
});

describe('upsertEntiteit', () => {
  it("writes through the kind's own upsert: the same changes and history", async () => {
    const jan = PERSONEN.find((p) => p.id === 'p-jan')!;
    const wijzigingen = await store.upsertEntiteit('persoon', { ...jan, telefoon: '+31612345670' }, BRON);
    expect(wijzigingen).toEqual([{ veld: 'telefoon', voor: jan.telefoon, na: '+31612345670' }]);
    expect((await store.persoon('p-jan'))?.telefoon).toBe('+31612345670');
    const laatste = (await store.historie({ entiteit: 'persoon', entiteitId: 'p-jan' })).at(-1);
    expect([laatste?.veld, laatste?.voor, laatste?.na, laatste?.actor]).toEqual([
      'telefoon',
      jan.telefoon,
      '+31612345670',
      'test',
    ]);
    // A person's name is in the search index: the kind's own upsert keeps it current.
    await store.upsertEntiteit('persoon', { ...jan, naam: 'Jan Bakkersen' }, BRON);
    expect((await store.searchPersonen('Bakkersen')).items.map((p) => p.id)).toEqual(['p-jan']);
  });

  it('validates like the kind, refuses an unknown kind, and leaves the store unchanged', async () => {
    const voor = (await store.historie({})).length;
    await expect(
      store.upsertEntiteit('training', { id: 't-x', persoonId: 'p-jan', soort: 'cursus', datum: null } as never, BRON),
    ).rejects.toThrow('Onbekende training');
    await expect(store.upsertEntiteit('vergadering' as never, { id: 'x' } as never, BRON)).rejects.toThrow(
      'Onbekende entiteit "vergadering".',
    );
    expect(await store.training('t-x')).toBeUndefined();
    expect((await store.historie({})).length).toBe(voor);
  });
});
