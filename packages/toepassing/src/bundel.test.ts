/** The bundled trend on the fixture's real stores: per change while cheap, bundled once expensive. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ALMERE, ARNHEM, createFixture, FIXTURE_ALMERE, type Fixture } from './_testhulp.js';
import { catchUpTrend, saveTrendBatched, trendKlaar } from './bundel.js';
import { importWithTrend } from './importeren.js';
import { saveTrendLater } from './trend.js';

let f: Fixture;
beforeAll(async () => {
  f = await createFixture();
});
afterAll(() => f.opruimen());

const aanleidingen = async (store: Fixture['stores']['almere']) =>
  (await store.listIndicatorStanden()).map((s) => s.aanleiding);

describe('saveTrendBatched', () => {
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

describe('catchUpTrend', () => {
  it('keeps the point an import left for later, named after it, once', async () => {
    const store = f.stores.almere;
    await trendKlaar(store);
    const voor = (await aanleidingen(store)).length;
    const { samenvatting } = await importWithTrend(store, {
      pad: FIXTURE_ALMERE,
      gemeente: ALMERE,
      modus: 'aanvullend',
      actor: 'test',
      trend: saveTrendLater,
    });
    expect(samenvatting.toegepast).toBe(true);
    expect((await aanleidingen(store)).length).toBe(voor);
    expect(await store.trendVersie()).toBeLessThan(await store.versie());

    expect(await catchUpTrend(store, ALMERE)).toBe(true);
    await trendKlaar(store);
    const nieuw = (await aanleidingen(store)).slice(voor);
    expect(new Set(nieuw)).toEqual(new Set([`import ${samenvatting.id}`]));
    expect(nieuw).toHaveLength(11);
    expect(await store.trendVersie()).toBe(await store.versie());
    expect(await catchUpTrend(store, ALMERE)).toBe(false);
  });
});
