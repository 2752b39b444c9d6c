/** The bundled trend on the fixture's real stores: per change while cheap, bundled once expensive. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ALMERE, ARNHEM, type Fixture, createFixture } from './_testhulp.js';
import { saveTrendBatched } from './bundel.js';

let f: Fixture;
beforeAll(async () => {
  f = await createFixture();
});
afterAll(() => f.opruimen());

const aanleidingen = async (store: Fixture['stores']['almere']) =>
  (await store.listIndicatorStanden()).map((s) => s.aanleiding);

describe('bewaarTrendGebundeld', () => {
  it('keeps the indicators inside the call for every change while the analysis is cheap', async () => {
    const store = f.stores.arnhem;
    const voor = (await aanleidingen(store)).length;
    await saveTrendBatched(store, ARNHEM, 'contactmoment');
    const een = (await aanleidingen(store)).length - voor;
    expect(een).toBeGreaterThan(0);
    await saveTrendBatched(store, ARNHEM, 'import a');
    expect((await aanleidingen(store)).slice(voor)).toEqual([
      ...Array(een).fill('contactmoment'),
      ...Array(een).fill('import a'),
    ]);
  });

  it('bundles the changes made while an expensive analysis rests into one later analysis', async () => {
    const store = f.stores.almere;
    // goedkoopMs 0: every analysis counts as expensive, as on 50,000 persons.
    const duur = { goedkoopMs: 0 };
    const voor = (await aanleidingen(store)).length;
    await saveTrendBatched(store, ALMERE, 'contactmoment', duur);
    const na = await aanleidingen(store);
    const een = na.length - voor;
    expect(na.slice(voor)).toEqual(Array(een).fill('contactmoment'));
    for (const a of ['contactmoment', 'import b', 'contactmoment']) await saveTrendBatched(store, ALMERE, a, duur);
    expect((await aanleidingen(store)).length).toBe(na.length);
    await vi.waitFor(async () => expect((await aanleidingen(store)).length).toBe(na.length + een), {
      timeout: 20_000,
      interval: 50,
    });
    expect(new Set((await aanleidingen(store)).slice(na.length))).toEqual(new Set(['contactmoment ×2, import b']));
  });
});
