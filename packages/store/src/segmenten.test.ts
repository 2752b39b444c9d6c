import type { Segment } from '@netwerkregie/domain';
import type { Store } from '@netwerkregie/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BRON, fill } from './_testhulp.js';
import { openTest } from './_testmotor.js';

let store: Store;
beforeEach(async () => {
  store = await openTest({ gemeente: 'almere', pad: ':memory:' });
  await fill(store);
});
afterEach(() => store.close());

const ZORG_HAVEN: Segment = {
  id: 's-zorg-haven',
  naam: 'Zorg in Almere Haven',
  omschrijving: null,
  domeinen: ['zorg'],
  wijken: ['Almere Haven'],
  rollen: [],
  overleggen: [],
  netwerk: 'formeel',
};

describe('segments', () => {
  it('are written with history, read back, listed by name and removed', async () => {
    expect((await store.upsertSegment(ZORG_HAVEN, BRON)).map((w) => [w.veld, w.voor])).toEqual([['*', null]]);
    await store.upsertSegment({ ...ZORG_HAVEN, id: 's-a', naam: 'Aandachtfunctionarissen', domeinen: [] }, BRON);
    expect(await store.segment('s-zorg-haven')).toEqual(ZORG_HAVEN);
    const wijziging = await store.upsertSegment({ ...ZORG_HAVEN, rollen: ['sleutelfiguur'] }, BRON);
    expect(wijziging).toEqual([{ veld: 'rollen', voor: [], na: ['sleutelfiguur'] }]);
    expect((await store.historie({ entiteit: 'segment', entiteitId: 's-zorg-haven' })).map((h) => h.veld)).toContain(
      'rollen',
    );
    expect((await store.listSegmenten()).items.map((s) => s.naam)).toEqual([
      'Aandachtfunctionarissen',
      'Zorg in Almere Haven',
    ]);
    await store.deleteEntiteit('segment', 's-a', BRON);
    expect([await store.segment('s-a'), (await store.listSegmenten()).totaal]).toEqual([undefined, 1]);
  });

  it('are the same through the formal view: a saved selection belongs to neither network', async () => {
    await store.upsertSegment({ ...ZORG_HAVEN, netwerk: 'informeel' }, BRON);
    const formeel = store.withZicht('formeel');
    expect((await formeel.listSegmenten()).items).toEqual([{ ...ZORG_HAVEN, netwerk: 'informeel' }]);
  });

  it('refuse criteria outside the vocabulary', async () => {
    await expect(
      store.upsertSegment({ ...ZORG_HAVEN, domeinen: ['sport' as Segment['domeinen'][number]] }, BRON),
    ).rejects.toThrow(/Onbekend domein/);
    expect(await store.segment(ZORG_HAVEN.id)).toBeUndefined();
  });
});
