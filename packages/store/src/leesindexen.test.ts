/**
 * The role and district rows (migration 0009) kept by triggers on every write path, the filters that read
 * them, and the capped total of a filtered list or search. Both engines.
 */
import { join } from 'node:path';
import type { Rol } from '@netwerkregie/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { BRON, cleanUp, tijdelijkeMap } from './_testhulp.js';
import { alleRijen, openTest } from './_testmotor.js';

afterAll(cleanUp);

const org = (id: string, domein: 'zorg' | 'onderwijs', wijken: string[]) =>
  ({ id, naam: `Organisatie ${id}`, domein, netwerk: 'formeel', soort: null, wijken }) as const;
const lid = (id: string, persoonId: string, organisatieId: string, rollen: Rol[]) => ({
  id,
  persoonId,
  organisatieId,
  functie: null,
  rollen,
  begin: null,
  einde: null,
});
const persoon = (id: string, naam = `Persoon ${id}`) => ({ id, naam, email: null, telefoon: null });

describe('role and district rows', () => {
  it('follow memberships and organisations, and the filters read them', async () => {
    const pad = join(await tijdelijkeMap(), 'leesindexen.db');
    const store = await openTest({ gemeente: 'almere', pad });
    const rijen = async () => {
      const alle = await alleRijen(pad);
      const rollen = (alle.lidmaatschap_rollen ?? [])
        .map((r) => `${r.rol} ${r.organisatie_id} ${r.persoon_id} ${r.lidmaatschap_id}`)
        .sort();
      const wijken = (alle.organisatie_wijken ?? []).map((r) => `${r.wijk} ${r.domein} ${r.organisatie_id}`).sort();
      return { rollen, wijken };
    };
    const ids = async (f: Parameters<typeof store.listPersonen>[0]) =>
      (await store.listPersonen(f)).items.map((p) => p.id);
    try {
      await store.upsertOrganisatie(org('o-a', 'zorg', ['Almere Haven', 'Almere Buiten']), BRON);
      await store.upsertOrganisatie(org('o-b', 'onderwijs', ['Almere Haven']), BRON);
      await store.upsertPersoon(persoon('p-a'), BRON);
      await store.upsertPersoon(persoon('p-b'), BRON);
      await store.upsertLidmaatschap(lid('l-a', 'p-a', 'o-a', ['sleutelfiguur', 'eerstelijnswerker']), BRON);
      await store.upsertLidmaatschap(lid('l-b', 'p-b', 'o-b', ['eerstelijnswerker']), BRON);
      expect(await rijen()).toEqual({
        rollen: ['eerstelijnswerker o-a p-a l-a', 'eerstelijnswerker o-b p-b l-b', 'sleutelfiguur o-a p-a l-a'],
        wijken: ['Almere Buiten zorg o-a', 'Almere Haven onderwijs o-b', 'Almere Haven zorg o-a'],
      });
      expect(await ids({ rol: 'eerstelijnswerker', wijk: 'Almere Haven' })).toEqual(['p-a', 'p-b']);
      expect(await ids({ rol: 'eerstelijnswerker', wijk: 'Almere Haven', domein: 'zorg' })).toEqual(['p-a']);
      expect(await ids({ rol: 'sleutelfiguur', domein: 'onderwijs' })).toEqual([]);
      expect(await ids({ wijk: 'Almere Buiten' })).toEqual(['p-a']);
      expect(await ids({ rol: 'sleutelfiguur' })).toEqual(['p-a']);
      expect(await ids({ rol: 'eerstelijnswerker', organisatieId: 'o-b' })).toEqual(['p-b']);

      // Roles change, a membership moves to another person and organisation, an organisation changes
      // its domain and districts: the rows follow.
      await store.upsertLidmaatschap(lid('l-a', 'p-a', 'o-a', ['netwerkregisseur']), BRON);
      await store.upsertOrganisatie(org('o-c', 'zorg', []), BRON);
      await store.upsertLidmaatschap(lid('l-b', 'p-a', 'o-c', ['eerstelijnswerker']), BRON);
      await store.upsertOrganisatie(org('o-a', 'onderwijs', ['Almere Poort']), BRON);
      expect(await rijen()).toEqual({
        rollen: ['eerstelijnswerker o-c p-a l-b', 'netwerkregisseur o-a p-a l-a'],
        wijken: ['Almere Haven onderwijs o-b', 'Almere Poort onderwijs o-a'],
      });
      expect(await ids({ rol: 'eerstelijnswerker', wijk: 'Almere Haven' })).toEqual([]);
      expect(await ids({ rol: 'eerstelijnswerker', domein: 'zorg' })).toEqual(['p-a']);
      expect(await ids({ rol: 'netwerkregisseur', wijk: 'Almere Poort', domein: 'onderwijs' })).toEqual(['p-a']);

      // Removing a membership removes its role rows.
      await store.deleteEntiteit('lidmaatschap', 'l-b', BRON);
      expect((await rijen()).rollen).toEqual(['netwerkregisseur o-a p-a l-a']);
    } finally {
      await store.close();
    }
  });

  it('counts a filtered list or search exactly up to 1,000 and says when the total is a lower bound', async () => {
    const pad = join(await tijdelijkeMap(), 'telgrens.db');
    const store = await openTest({ gemeente: 'almere', pad });
    try {
      await store.upsertOrganisatie(org('o-a', 'zorg', ['Almere Haven']), BRON);
      const n = 1050;
      const nummers = Array.from({ length: n }, (_, i) => String(i).padStart(4, '0'));
      await store.insertBulk(
        'persoon',
        nummers.map((i) => persoon(`p-${i}`, `Veldman ${i}`)),
        BRON,
      );
      await store.insertBulk(
        'lidmaatschap',
        nummers.map((i) => lid(`l-${i}`, `p-${i}`, 'o-a', ['sleutelfiguur'])),
        BRON,
      );

      const eerste = await store.listPersonen({ rol: 'sleutelfiguur' }, { offset: 0, limiet: 3 });
      expect(eerste.items.map((p) => p.id)).toEqual(['p-0000', 'p-0001', 'p-0002']);
      expect(eerste.totaal).toBe(1000);
      expect(eerste.totaalIsOndergrens).toBe(true);
      // A page past the cap counts to the end of that page: here exactly, so no lower bound.
      const laatste = await store.listPersonen({ rol: 'sleutelfiguur' }, { offset: 1040, limiet: 20 });
      expect(laatste.items.map((p) => p.id)).toEqual(nummers.slice(1040).map((i) => `p-${i}`));
      expect(laatste.totaal).toBe(n);
      expect(laatste.totaalIsOndergrens).toBeUndefined();
      const aflopend = await store.listPersonen({ wijk: 'Almere Haven' }, { limiet: 2, sortering: '-naam' });
      expect(aflopend.items.map((p) => p.id)).toEqual(['p-1049', 'p-1048']);

      const gezocht = await store.searchPersonen('veldman', {}, { offset: 998, limiet: 2 });
      expect(gezocht.items.map((p) => p.id)).toEqual(['p-0998', 'p-0999']);
      expect(gezocht.totaal).toBe(1000);
      expect(gezocht.totaalIsOndergrens).toBe(true);
      const weinig = await store.searchPersonen('veldman 0007');
      expect(weinig).toMatchObject({ totaal: 1, offset: 0, limiet: 50 });
      expect(weinig.totaalIsOndergrens).toBeUndefined();
      // The whole list (no filter) is counted exactly, as screens page through it by its total.
      expect((await store.listPersonen({}, { limiet: 1 })).totaal).toBe(n);
    } finally {
      await store.close();
    }
  });
});
