/** The stored `formeel` flag of a person (migration 0006): kept by triggers on every write path. Both engines. */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BRON, cleanUp, tijdelijkeMap } from './_testhulp.js';
import { alleRijen, openTest } from './_testmotor.js';

afterAll(cleanUp);

const org = (id: string, netwerk: 'formeel' | 'informeel') =>
  ({ id, naam: `Organisatie ${id}`, domein: 'zorg', netwerk, soort: null, wijken: [] }) as const;
const lid = (id: string, persoonId: string, organisatieId: string) => ({
  id,
  persoonId,
  organisatieId,
  functie: null,
  rollen: [],
  begin: null,
  einde: null,
});

describe('the formeel flag of a person', () => {
  it('follows memberships and the network of their organisations, in bulk and one by one', async () => {
    const pad = join(await tijdelijkeMap(), 'formeel.db');
    const store = await openTest({ gemeente: 'almere', pad });
    const vlaggen = async () =>
      Object.fromEntries((await alleRijen(pad)).personen?.map((p) => [p.id as string, Number(p.formeel)]).sort() ?? []);
    try {
      await store.upsertOrganisatie({ ...org('o-f', 'formeel'), wijken: [] }, BRON);
      await store.upsertOrganisatie({ ...org('o-i', 'informeel'), wijken: [] }, BRON);
      const persoon = (id: string) => ({ id, naam: `Persoon ${id}`, email: null, telefoon: null });
      await store.insertBulk('persoon', [persoon('p-a'), persoon('p-b')], BRON);
      await store.upsertPersoon(persoon('p-c'), BRON);
      expect(await vlaggen()).toEqual({ 'p-a': 0, 'p-b': 0, 'p-c': 0 });

      await store.insertBulk('lidmaatschap', [lid('l-a', 'p-a', 'o-f'), lid('l-b', 'p-b', 'o-i')], BRON);
      await store.upsertLidmaatschap(lid('l-c', 'p-c', 'o-f'), BRON);
      expect(await vlaggen()).toEqual({ 'p-a': 1, 'p-b': 0, 'p-c': 1 });

      // The organisation turns informal: its members lose the flag; a membership moves; one is removed.
      await store.upsertOrganisatie({ ...org('o-f', 'informeel'), wijken: [] }, BRON);
      expect(await vlaggen()).toEqual({ 'p-a': 0, 'p-b': 0, 'p-c': 0 });
      await store.upsertOrganisatie({ ...org('o-i', 'formeel'), wijken: [] }, BRON);
      expect(await vlaggen()).toEqual({ 'p-a': 0, 'p-b': 1, 'p-c': 0 });
      await store.upsertLidmaatschap(lid('l-b', 'p-a', 'o-i'), BRON);
      expect(await vlaggen()).toEqual({ 'p-a': 1, 'p-b': 0, 'p-c': 0 });
      await store.deleteEntiteit('lidmaatschap', 'l-b', BRON);
      expect(await vlaggen()).toEqual({ 'p-a': 0, 'p-b': 0, 'p-c': 0 });
      expect((await store.withZicht('formeel').listPersonen({})).totaal).toBe(0);
      await store.upsertLidmaatschap(lid('l-d', 'p-c', 'o-i'), BRON);
      expect((await store.withZicht('formeel').listPersonen({})).items.map((p) => p.id)).toEqual(['p-c']);
    } finally {
      await store.close();
    }
  });
});
