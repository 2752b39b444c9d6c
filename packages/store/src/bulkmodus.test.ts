/**
 * Bulk mode (_bulkmodus.ts): a first import into an empty store builds its indexes, derived rows and
 * search index once at the end. The store afterwards must be exactly the store the ordinary way makes.
 * Both engines.
 */
import { join } from 'node:path';
import type { Lidmaatschap, Organisatie, Persoon, Rol } from '@netwerkregie/domain';
import type { Store } from '@netwerkregie/store';
import { afterAll, describe, expect, it } from 'vitest';
import { BRON, cleanUp, tijdelijkeMap } from './_testhulp.js';
import { alleRijen, openTest, schemaObjecten } from './_testmotor.js';

afterAll(cleanUp);

const WIJKEN = ['Almere Stad', 'Almere Haven', 'Almere Buiten', 'Almere Poort'];
const ROLLEN: Rol[] = ['aandachtfunctionaris', 'sleutelfiguur', 'eerstelijnswerker', 'contactpersoon-radicalisering'];

const ORGANISATIES: Organisatie[] = Array.from({ length: 12 }, (_, i) => ({
  id: `o-${i}`,
  naam: `Organisatie ${['Zorg', 'Moskee', 'Politie', 'Wijkteam'][i % 4]} ${i}`,
  domein: (['zorg', 'gemeenschap', 'veiligheid', 'jeugd-en-welzijn'] as const)[i % 4]!,
  netwerk: i % 3 === 1 ? 'informeel' : 'formeel',
  soort: i % 2 ? null : 'stichting',
  wijken: WIJKEN.slice(i % 3, (i % 3) + (i % 4)),
}));
const PERSONEN: Persoon[] = Array.from({ length: 60 }, (_, i) => ({
  id: `p-${String(i).padStart(3, '0')}`,
  naam: `${['Fatima el Ruïs', 'Jan de Vries', 'Sanne Bakker', 'Ömer Yılmaz'][i % 4]} ${i}`,
  email: i % 5 ? `persoon${i}@example.org` : null,
  telefoon: i % 7 ? null : '+31612345678',
}));
// Persons 50 to 59 have no membership; some have two, at a formal and an informal organisation.
const LIDMAATSCHAPPEN: Lidmaatschap[] = PERSONEN.slice(0, 50).flatMap((p, i) => {
  const eerste = {
    id: `l-${i}-a`,
    persoonId: p.id,
    organisatieId: `o-${i % 12}`,
    functie: i % 3 ? `Functie ${i % 6}` : null,
    rollen: ROLLEN.slice(i % 4, (i % 4) + (i % 3)),
    begin: null,
    einde: null,
  };
  if (i % 4 !== 0) return [eerste];
  return [
    eerste,
    { ...eerste, id: `l-${i}-b`, organisatieId: `o-${(i + 1) % 12}`, rollen: ['sleutelfiguur'] as Rol[] },
  ];
});
const OVERLEGGEN = [{ id: 'ov-1', naam: 'Veiligheidshuis', soort: null }];
const DEELNAMES = [
  { id: 'd-1', overlegId: 'ov-1', organisatieId: 'o-0', persoonId: null },
  { id: 'd-2', overlegId: 'ov-1', organisatieId: null, persoonId: 'p-001' },
];
const CONTACTMOMENTEN = [
  {
    id: 'c-1',
    organisatieId: 'o-2',
    persoonId: 'p-002',
    datum: '2025-01-15',
    kanaal: 'bezoek',
    aanleiding: 'regulier',
    initiatief: 'gemeente',
  },
] as const;
const TRAININGEN = [{ id: 't-1', persoonId: 'p-003', soort: 'basistraining', datum: '2024-05-01' }] as const;

const BRON_IMPORT = { actor: 'import', importId: 'imp-1' };

async function ordinary(store: Store): Promise<void> {
  await store.transaction(async (tx) => {
    for (const o of ORGANISATIES) await tx.upsertOrganisatie(o, BRON_IMPORT);
    for (const o of OVERLEGGEN) await tx.upsertOverleg(o, BRON_IMPORT);
    for (const p of PERSONEN) await tx.upsertPersoon(p, BRON_IMPORT);
    for (const l of LIDMAATSCHAPPEN) await tx.upsertLidmaatschap(l, BRON_IMPORT);
    for (const d of DEELNAMES) await tx.upsertDeelname(d, BRON_IMPORT);
    for (const t of TRAININGEN) await tx.upsertTraining(t, BRON_IMPORT);
    for (const c of CONTACTMOMENTEN) await tx.upsertContactmoment(c, BRON_IMPORT);
  });
}

/** As the import applies a first import: every kind in bulk, in blocks. */
async function inBulk(tx: Store): Promise<void> {
  await tx.insertBulk('organisatie', ORGANISATIES.slice(0, 5), BRON_IMPORT);
  await tx.insertBulk('organisatie', ORGANISATIES.slice(5), BRON_IMPORT);
  await tx.insertBulk('overleg', OVERLEGGEN, BRON_IMPORT);
  await tx.insertBulk('persoon', PERSONEN, BRON_IMPORT);
  await tx.insertBulk('lidmaatschap', LIDMAATSCHAPPEN, BRON_IMPORT);
  await tx.insertBulk('deelname', DEELNAMES, BRON_IMPORT);
  await tx.insertBulk('training', TRAININGEN, BRON_IMPORT);
  await tx.insertBulk('contactmoment', CONTACTMOMENTEN, BRON_IMPORT);
}

/** Every table, without what differs by nature: history's times, the random secret, the migrations' times, FTS5's segment b-trees. */
async function inhoud(pad: string): Promise<Record<string, unknown[]>> {
  const alle = await alleRijen(pad);
  const uit: Record<string, unknown[]> = {};
  for (const [tabel, rijen] of Object.entries(alle)) {
    if (tabel === 'instellingen' || tabel.startsWith('kysely_')) continue;
    if (/^zoekindex(_formeel)?_(data|idx)$/.test(tabel)) continue;
    const zonderTijd = rijen.map((r) => (tabel === 'historie' ? { ...r, tijd: null } : r));
    uit[tabel] = zonderTijd.map((r) => JSON.stringify(r)).sort();
  }
  return uit;
}

const ZOEKVRAGEN = ['ruis', 'ruïs 1', 'moskee', 'politie 2', 'functie 4', 'yilmaz', 'vries 5', 'wijkteam'];
async function zoekuitkomsten(store: Store): Promise<unknown[]> {
  const uit: unknown[] = [];
  for (const zicht of ['alles', 'formeel'] as const) {
    const s = store.withZicht(zicht);
    for (const v of ZOEKVRAGEN)
      uit.push([zicht, v, (await s.searchPersonen(v, {}, { limiet: 100 })).items.map((p) => p.id)]);
    for (const rol of ROLLEN) uit.push([zicht, rol, (await s.listPersonen({ rol }, { limiet: 100 })).totaal]);
    for (const wijk of WIJKEN) uit.push([zicht, wijk, (await s.listPersonen({ wijk }, { limiet: 100 })).totaal]);
    uit.push([zicht, (await s.listPersonen({}, { limiet: 100 })).items.map((p) => p.id)]);
  }
  return uit;
}

describe('bulk mode of a first import', () => {
  it('leaves exactly the store the ordinary way leaves: every table, derived row, index, trigger and search', async () => {
    const map = await tijdelijkeMap();
    const gewoon = await openTest({ gemeente: 'almere', pad: join(map, 'gewoon.db') });
    const bulk = await openTest({ gemeente: 'almere', pad: join(map, 'bulk.db') });
    const leeg = await schemaObjecten(join(map, 'bulk.db'));
    try {
      await ordinary(gewoon);
      await bulk.transaction(inBulk);
      const a = await inhoud(join(map, 'gewoon.db'));
      const b = await inhoud(join(map, 'bulk.db'));
      expect(Object.keys(b)).toEqual(Object.keys(a));
      for (const tabel of Object.keys(a)) expect([tabel, b[tabel]]).toEqual([tabel, a[tabel]]);
      // Derived rows exist at all (the comparison would also hold for two empty tables).
      expect(a.lidmaatschap_rollen!.length).toBeGreaterThan(40);
      expect(a.organisatie_wijken!.length).toBeGreaterThan(10);
      expect(a.historie).toHaveLength(12 + 1 + 60 + LIDMAATSCHAPPEN.length + 2 + 1 + 1);
      expect(await schemaObjecten(join(map, 'bulk.db'))).toEqual(leeg);
      expect(await schemaObjecten(join(map, 'gewoon.db'))).toEqual(leeg);
      const zoek = await zoekuitkomsten(gewoon);
      expect(await zoekuitkomsten(bulk)).toEqual(zoek);
      // The formal view's index holds no word of the informal network (o-1 is informal).
      const p = (...n: number[]) => n.map((i) => `p-${String(i).padStart(3, '0')}`);
      expect(zoek).toContainEqual([
        'alles',
        'moskee',
        p(0, 12, 16, 20, 24, 28, 32, 36, 4, 40, 44, 48, 8, 1, 13, 17, 21, 25, 29, 33, 37, 41, 45, 49, 5, 9),
      ]);
      expect(zoek).toContainEqual(['formeel', 'moskee', p(16, 20, 28, 32, 4, 40, 44, 8, 17, 21, 29, 33, 41, 45, 5, 9)]);
    } finally {
      await gewoon.close();
      await bulk.close();
    }
  });

  it('ends before any other call in the transaction, which then finds the indexes and derived rows', async () => {
    const pad = join(await tijdelijkeMap(), 'tussendoor.db');
    const store = await openTest({ gemeente: 'almere', pad });
    const leeg = await schemaObjecten(pad);
    try {
      await store.transaction(async (tx) => {
        await tx.insertBulk('organisatie', ORGANISATIES, BRON_IMPORT);
        await tx.insertBulk('persoon', PERSONEN, BRON_IMPORT);
        await tx.insertBulk('lidmaatschap', LIDMAATSCHAPPEN.slice(0, 20), BRON_IMPORT);
        expect((await tx.listPersonen({ rol: 'sleutelfiguur' })).items.map((p) => p.id)).toEqual([
          'p-000',
          'p-012',
          'p-004',
          'p-008',
          'p-001',
          'p-013',
          'p-005',
        ]);
        expect((await tx.withZicht('formeel').listPersonen({}, { limiet: 100 })).totaal).toBe(12);
        // Afterwards the ordinary way: the triggers are back for the rest.
        await tx.insertBulk('lidmaatschap', LIDMAATSCHAPPEN.slice(20), BRON_IMPORT);
        await tx.upsertOrganisatie({ ...ORGANISATIES[1]!, netwerk: 'formeel', wijken: ['Almere Hout'] }, BRON_IMPORT);
      });
      // o-1's memberships: the first of persons 1, 13, 25, 37, 49 and the second of 0, 12, 24, 36, 48.
      expect((await store.listPersonen({ wijk: 'Almere Hout' })).totaal).toBe(10);
      expect((await store.listPersonen({ rol: 'sleutelfiguur' }, { limiet: 100 })).totaal).toBe(22);
      // Only at o-4, o-7 or o-10 (still informal): persons 7, 10, 19, 22, 31, 34, 43, 46.
      expect((await store.withZicht('formeel').listPersonen({}, { limiet: 100 })).totaal).toBe(42);
      expect(await schemaObjecten(pad)).toEqual(leeg);
    } finally {
      await store.close();
    }
  });

  it('is undone with its transaction or savepoint: indexes and triggers come back, nothing is half-written', async () => {
    const pad = join(await tijdelijkeMap(), 'terug.db');
    const store = await openTest({ gemeente: 'almere', pad });
    const leeg = await schemaObjecten(pad);
    const voor = await alleRijen(pad);
    try {
      await expect(
        store.transaction(async (tx) => {
          await tx.insertBulk('organisatie', ORGANISATIES, BRON_IMPORT);
          await tx.insertBulk('persoon', PERSONEN, BRON_IMPORT);
          throw new Error('afgebroken');
        }),
      ).rejects.toThrow('afgebroken');
      expect(await schemaObjecten(pad)).toEqual(leeg);
      expect(await alleRijen(pad)).toEqual(voor);

      // A bulk insert that fails (a taken e-mail) rolls back its savepoint, bulk mode with it; the
      // transaction goes on the ordinary way and keeps every derived row.
      await store.transaction(async (tx) => {
        const dubbel = { ...PERSONEN[1]!, id: 'p-dubbel' };
        await expect(tx.insertBulk('persoon', [...PERSONEN, dubbel], BRON_IMPORT)).rejects.toThrow(/^Bestaat al/);
        await tx.insertBulk('organisatie', ORGANISATIES, BRON_IMPORT);
        await tx.insertBulk('persoon', PERSONEN, BRON_IMPORT);
        await tx.insertBulk('lidmaatschap', LIDMAATSCHAPPEN, BRON_IMPORT);
      });
      expect(await schemaObjecten(pad)).toEqual(leeg);
      expect((await store.listPersonen({ rol: 'sleutelfiguur' }, { limiet: 100 })).totaal).toBe(22);
      expect((await store.withZicht('formeel').searchPersonen('ruis', {}, { limiet: 100 })).totaal).toBe(13);
    } finally {
      await store.close();
    }
  });

  it('leaves a store that holds entities to the ordinary way, with the same end state', async () => {
    const pad = join(await tijdelijkeMap(), 'gevuld.db');
    const store = await openTest({ gemeente: 'almere', pad });
    try {
      await store.upsertOrganisatie(ORGANISATIES[0]!, BRON);
      const objecten = await schemaObjecten(pad);
      await store.transaction(async (tx) => {
        await tx.insertBulk('organisatie', ORGANISATIES.slice(1), BRON_IMPORT);
        await tx.insertBulk('persoon', PERSONEN, BRON_IMPORT);
        await tx.insertBulk('lidmaatschap', LIDMAATSCHAPPEN, BRON_IMPORT);
      });
      expect(await schemaObjecten(pad)).toEqual(objecten);
      expect((await store.listPersonen({ rol: 'sleutelfiguur' }, { limiet: 100 })).totaal).toBe(22);
      // Informal only: persons 1, 13, 25, 37, 49 (o-1), 7, 19, 31, 43 (o-7), 10, 22, 34, 46 (o-10).
      expect((await store.withZicht('formeel').listPersonen({}, { limiet: 100 })).totaal).toBe(37);
    } finally {
      await store.close();
    }
  });
});
