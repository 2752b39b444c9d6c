import { join } from 'node:path';
import type { Store } from '@netwerkregie/store';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BRON,
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

afterAll(cleanUp);

const ids = (l: { items: Array<{ id: string }> }) => l.items.map((p) => p.id);

/** The same data as vul(), added in bulk (relations by upsert: they have no bulk path). */
async function fillInBulk(store: Store, bron = BRON): Promise<void> {
  await store.transaction(async (tx) => {
    expect(await tx.insertBulk('organisatie', ORGANISATIES, bron)).toBe(ORGANISATIES.length);
    expect(await tx.insertBulk('persoon', PERSONEN, bron)).toBe(PERSONEN.length);
    await tx.insertBulk('lidmaatschap', LIDMAATSCHAPPEN, bron);
    await tx.insertBulk('overleg', OVERLEGGEN, bron);
    await tx.insertBulk('deelname', DEELNAMES, bron);
    for (const r of RELATIES) await tx.upsertRelatie(r, bron);
    await tx.insertBulk('contactmoment', CONTACTMOMENTEN, bron);
    await tx.insertBulk('training', TRAININGEN, bron);
  });
}

const zonderTijd = (rijen: Awaited<ReturnType<Store['historie']>>) => rijen.map(({ id: _id, tijd: _t, ...r }) => r);

describe('voegToeInBulk', () => {
  it('writes exactly the rows and history rows that upserts of new entities write', async () => {
    const bron = { actor: 'import', importId: 'imp-1' };
    const los = await openTest({ gemeente: 'almere', pad: ':memory:' });
    await fill(los, bron);
    const bulk = await openTest({ gemeente: 'almere', pad: ':memory:' });
    await fillInBulk(bulk, bron);

    const gemeente = { slug: 'almere' } as Parameters<Store['momentopname']>[0];
    const { peildatum: _a, ...a } = await los.momentopname(gemeente);
    const { peildatum: _b, ...b } = await bulk.momentopname(gemeente);
    expect(b).toEqual(a);
    const hl = await los.historie({});
    const hb = await bulk.historie({});
    expect(zonderTijd(hb)).toEqual(zonderTijd(hl));
    expect(hb.map((r) => r.id)).toEqual(hl.map((r) => r.id));

    // One '*' row per entity, the whole entity as its value, under the import's id.
    expect(await bulk.historie({ entiteit: 'persoon', entiteitId: PERSONEN[0]!.id })).toEqual([
      {
        id: expect.any(Number),
        entiteit: 'persoon',
        entiteitId: PERSONEN[0]!.id,
        veld: '*',
        voor: null,
        na: PERSONEN[0],
        importId: 'imp-1',
        actor: 'import',
        tijd: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    ]);
    expect(await bulk.historie({ importId: 'imp-1', veld: '*' })).toHaveLength(
      ORGANISATIES.length +
        PERSONEN.length +
        LIDMAATSCHAPPEN.length +
        OVERLEGGEN.length +
        DEELNAMES.length +
        RELATIES.length +
        CONTACTMOMENTEN.length +
        TRAININGEN.length,
    );
    await los.close();
    await bulk.close();
  });

  it('indexes persons and their memberships for search, also after reopening and inside the transaction', async () => {
    const pad = join(await tijdelijkeMap(), 'b.db');
    const store = await openTest({ gemeente: 'almere', pad });
    await store.transaction(async (tx) => {
      await tx.insertBulk('organisatie', ORGANISATIES, BRON);
      await tx.insertBulk('persoon', PERSONEN, BRON);
      expect(ids(await tx.searchPersonen('ruis'))).toEqual(['p-fatima']);
      expect(ids(await tx.searchPersonen('ggz'))).toEqual([]);
      await tx.insertBulk('lidmaatschap', LIDMAATSCHAPPEN, BRON);
      expect(ids(await tx.searchPersonen('ggz'))).toEqual(['p-els', 'p-fatima']);
    });
    await store.close();
    const weer = await openTest({ gemeente: 'almere', pad });
    expect(ids(await weer.searchPersonen('RUÏS'))).toEqual(['p-fatima']);
    expect(ids(await weer.searchPersonen('ggz'))).toEqual(['p-els', 'p-fatima']);
    expect(ids(await weer.searchPersonen('wijkagent'))).toEqual(['p-jan']);
    expect(ids(await weer.searchPersonen('zorgcoordinator'))).toEqual(['p-sanne']);
    await weer.close();
  });

  it('finds memberships added in bulk mode by a search inside the same transaction', async () => {
    const store = await openTest({ gemeente: 'almere', pad: ':memory:' });
    await store.transaction(async (tx) => {
      await tx.insertBulk('organisatie', ORGANISATIES, BRON);
      await tx.insertBulk('persoon', PERSONEN, BRON);
      await tx.insertBulk('lidmaatschap', LIDMAATSCHAPPEN, BRON);
      // The first read of the transaction: it ends bulk mode and must index the persons and their memberships.
      expect(ids(await tx.searchPersonen('ggz'))).toEqual(['p-els', 'p-fatima']);
      expect(ids(await tx.withZicht('formeel').searchPersonen('wijkagent'))).toEqual(['p-jan']);
      expect(ids(await tx.searchPersonen('moskee'))).toEqual(['p-mohamed']);
      expect(ids(await tx.withZicht('formeel').searchPersonen('moskee'))).toEqual([]);
    });
    expect(ids(await store.searchPersonen('ruis'))).toEqual(['p-fatima']);
    await store.close();
  });

  it('indexes memberships added in bulk for persons that existed before', async () => {
    const store = await openTest({ gemeente: 'almere', pad: ':memory:' });
    await store.insertBulk('organisatie', ORGANISATIES, BRON);
    await store.insertBulk('persoon', PERSONEN, BRON);
    expect(ids(await store.searchPersonen('ggz'))).toEqual([]);
    await store.insertBulk('lidmaatschap', LIDMAATSCHAPPEN, BRON);
    expect(ids(await store.searchPersonen('ggz'))).toEqual(['p-els', 'p-fatima']);
    expect(ids(await store.searchPersonen('ruis'))).toEqual(['p-fatima']);
    await store.close();
  });

  it('adds all or nothing: an existing id or a taken e-mail rolls the whole call back, not the transaction', async () => {
    const store = await openTest({ gemeente: 'almere', pad: ':memory:' });
    await fill(store);
    const voor = await store.historie({});
    const nieuw = { id: 'p-nieuw', naam: 'Nieuwe Persoon', email: null, telefoon: null };
    const dubbel = { id: 'p-dubbel', naam: 'Fatima R.', email: 'FATIMA.ELRUIS@example.org', telefoon: null };
    await expect(store.insertBulk('persoon', [nieuw, dubbel], BRON)).rejects.toThrow(
      /^Bestaat al: deze waarde is uniek en al in gebruik/,
    );
    await expect(store.insertBulk('persoon', [nieuw, PERSONEN[0]!], BRON)).rejects.toThrow(
      /^Bestaat al: deze waarde is uniek en al in gebruik/,
    );
    const binnen = await store.transaction(async (tx) => {
      await tx.upsertOrganisatie({ ...ORGANISATIES[0]!, naam: 'Politie Almere' }, BRON);
      return tx.insertBulk('persoon', [nieuw, dubbel], BRON).catch((e: Error) => e.message);
    });
    expect(binnen).toMatch(/^Bestaat al: deze waarde is uniek en al in gebruik/);
    expect(await store.persoon('p-nieuw')).toBeUndefined();
    expect((await store.organisatie(ORGANISATIES[0]!.id))?.naam).toBe('Politie Almere');
    expect(await store.historie({})).toHaveLength(voor.length + 1);
    expect((await store.searchPersonen('nieuwe')).totaal).toBe(0);
    await store.close();
  });

  it('validates like the upsert, refuses relations and unknown kinds, and needs an actor', async () => {
    const store = await openTest({ gemeente: 'almere', pad: ':memory:' });
    await expect(
      store.insertBulk('persoon', [{ id: 'p-x', naam: '', email: null, telefoon: null }], BRON),
    ).rejects.toThrow();
    await expect(store.insertBulk('relatie', RELATIES, BRON)).rejects.toThrow(RangeError);
    await expect(store.insertBulk('persoon', PERSONEN, { actor: ' ' })).rejects.toThrow(TypeError);
    expect(await store.insertBulk('persoon', [], BRON)).toBe(0);
    expect(await store.historie({})).toEqual([]);
    await store.close();
  });

  it('writes large batches across statement blocks', async () => {
    const store = await openTest({ gemeente: 'almere', pad: ':memory:' });
    const personen = Array.from({ length: 1234 }, (_, i) => ({
      id: `p-${String(i).padStart(5, '0')}`,
      naam: `Persoon ${i}`,
      email: `p${i}@example.org`,
      telefoon: null,
    }));
    expect(await store.insertBulk('persoon', personen, BRON)).toBe(1234);
    expect((await store.listPersonen({})).totaal).toBe(1234);
    expect(await store.persoon('p-01233')).toEqual(personen[1233]);
    const h = await store.historie({ entiteit: 'persoon' });
    expect(h.map((r) => r.entiteitId)).toEqual(personen.map((p) => p.id));
    expect(ids(await store.searchPersonen('persoon 1233'))).toEqual(['p-01233']);
    await store.close();
  });
});
