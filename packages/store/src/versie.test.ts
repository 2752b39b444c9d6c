/** The store version on the engine under test: what moves it, what does not, and that another connection sees it. */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CONTACTMOMENTEN,
  cleanUp,
  DEELNAMES,
  fill,
  LIDMAATSCHAPPEN,
  ORGANISATIES,
  OVERLEGGEN,
  PERSONEN,
  RELATIES,
  TRAININGEN,
  tijdelijkeMap,
} from './_testhulp.js';
import { openTest } from './_testmotor.js';
import { sleutelHash } from './sleutels.js';

afterAll(cleanUp);

const BRON = { actor: 'test' };
const ENTITEITEN = [
  ORGANISATIES,
  PERSONEN,
  LIDMAATSCHAPPEN,
  OVERLEGGEN,
  DEELNAMES,
  RELATIES,
  CONTACTMOMENTEN,
  TRAININGEN,
]
  .map((l) => l.length)
  .reduce((a, b) => a + b, 0);
const STAND = { tijd: '2026-01-01T08:00:00.000Z', indicatorId: 'training', waarde: 0.5, status: 'goed' as const };

describe('versie', () => {
  it('grows with every change the analysis reads, and only then, seen from another connection too', async () => {
    const pad = join(await tijdelijkeMap(), 'v.db');
    const store = await openTest({ gemeente: 'almere', pad });
    const ander = await openTest({ gemeente: 'almere', pad });
    try {
      expect(await store.versie()).toBe(0);
      expect(await store.trendVersie()).toBeNull();
      await fill(store);
      // One history row per entity added.
      expect(await store.versie()).toBe(ENTITEITEN);
      expect(await ander.versie()).toBe(ENTITEITEN);

      // Writes the analysis does not read leave it.
      await store.upsertOrganisatie(ORGANISATIES[0]!, BRON);
      await store.audit({ actor: 'test', actie: 'lezen', entiteit: 'netwerk', doel: 'test' });
      await store.saveSleutel({ id: 'k1', hash: sleutelHash('geheim'), rol: 'lezer', omschrijving: 'test' });
      await store.saveIndicatorStanden([{ ...STAND, aanleiding: 'test' }]);
      expect(await store.versie()).toBe(ENTITEITEN);

      // A change of a field, a removal, a confirmation and taking it back each move it.
      await store.upsertOrganisatie({ ...ORGANISATIES[0]!, naam: 'Politie Basisteam Noord' }, BRON);
      expect(await ander.versie()).toBe(ENTITEITEN + 1);
      await ander.deleteEntiteit('training', TRAININGEN[0]!.id, BRON);
      expect(await store.versie()).toBe(ENTITEITEN + 2);
      await store.confirmOrganisaties(['o-politie', 'o-ggz'], { bron: 'test', importId: 'i1' });
      const bevestigd = await ander.versie();
      expect(bevestigd).toBeGreaterThan(ENTITEITEN + 2);
      expect(await store.forgetBevestigingen('i1')).toBe(2);
      expect(await ander.versie()).toBeGreaterThan(bevestigd);
    } finally {
      await ander.close();
      await store.close();
    }
  });

  it('keeps the version a trend point was computed from, never going back', async () => {
    const pad = join(await tijdelijkeMap(), 't.db');
    const store = await openTest({ gemeente: 'almere', pad });
    try {
      await fill(store);
      const v = await store.versie();
      await store.saveTrendStanden([{ ...STAND, aanleiding: 'import a' }], v);
      expect(await store.trendVersie()).toBe(v);
      // A slower, older computation that finishes later still keeps its point, not its version.
      await store.saveTrendStanden([{ ...STAND, aanleiding: 'contactmoment' }], v - 1);
      expect(await store.trendVersie()).toBe(v);
      expect((await store.listIndicatorStanden()).map((s) => s.aanleiding)).toEqual(['import a', 'contactmoment']);
      // Keeping it does not move the store version.
      expect(await store.versie()).toBe(v);
      await expect(store.saveTrendStanden([], -1)).rejects.toThrow('Ongeldige storeversie -1.');
      await store.close();
      const weer = await openTest({ gemeente: 'almere', pad });
      expect(await weer.trendVersie()).toBe(v);
      await weer.close();
    } finally {
      await store.close();
    }
  });
});
