import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';
import { BRON, keepOpen, ORGANISATIES, PERSONEN, cleanUp, tijdelijkeMap, fill } from './_testhulp.js';
import { openTest } from './_testmotor.js';

afterAll(cleanUp);

describe('transactie', () => {
  it('rolls back fully on throw: no rows, no history, no search entries, also after reopening', async () => {
    const pad = join(await tijdelijkeMap(), 't.db');
    const store = await openTest({ gemeente: 'almere', pad });
    await expect(
      store.transaction(async (tx) => {
        await fill(tx);
        await tx.audit({ actor: 'a', actie: 'lezen', entiteit: 'persoon', entiteitId: 'p-jan', doel: 'test' });
        await tx.saveIndicatorStanden([
          {
            tijd: '2024-01-01T00:00:00.000Z',
            indicatorId: 'training',
            waarde: 0.5,
            status: 'aandacht',
            aanleiding: 'import',
          },
        ]);
        expect((await tx.listPersonen({})).totaal).toBe(PERSONEN.length);
        expect((await tx.searchPersonen('ruis')).totaal).toBe(1);
        throw new Error('mislukt');
      }),
    ).rejects.toThrow('mislukt');
    const empty = async (s: typeof store) => {
      expect((await s.listPersonen({})).totaal).toBe(0);
      expect((await s.listOrganisaties({})).totaal).toBe(0);
      expect((await s.searchPersonen('ruis')).totaal).toBe(0);
      expect(await s.historie({})).toEqual([]);
      expect((await s.listAudit({})).totaal).toBe(0);
      expect(await s.listIndicatorStanden()).toEqual([]);
    };
    await empty(store);
    await store.close();
    const weer = await openTest({ gemeente: 'almere', pad });
    await empty(weer);
    // The store is usable after a rollback.
    expect(await weer.transaction(async (tx) => (await tx.upsertOrganisatie(ORGANISATIES[0]!, BRON)).length)).toBe(1);
    await weer.close();
  });

  it('rolls back a failing upsert inside a nested transaction only', async () => {
    const store = await openTest({ gemeente: 'almere', pad: ':memory:' });
    const uitkomst = await store.transaction(async (tx) => {
      await tx.upsertOrganisatie(ORGANISATIES[0]!, BRON);
      const binnen = await tx
        .transaction(async (tx2) => {
          await tx2.upsertOrganisatie(ORGANISATIES[1]!, BRON);
          throw new Error('binnen mislukt');
        })
        .catch((e: Error) => e.message);
      return binnen;
    });
    expect(uitkomst).toBe('binnen mislukt');
    expect((await store.listOrganisaties({})).items.map((o) => o.id)).toEqual(['o-politie']);
    expect((await store.historie({})).map((h) => h.entiteitId)).toEqual(['o-politie']);
    await store.close();
  });

  it('serialises two transactions of one store', async () => {
    const store = await openTest({ gemeente: 'almere', pad: join(await tijdelijkeMap(), 's.db') });
    await store.upsertOrganisatie({ ...ORGANISATIES[0]!, soort: 'start' }, BRON);
    const insert = (teken: string) =>
      store.transaction(async (tx) => {
        const o = (await tx.organisatie('o-politie'))!;
        await new Promise((r) => setTimeout(r, 20));
        await tx.upsertOrganisatie({ ...o, soort: `${o.soort}-${teken}` }, BRON);
      });
    await Promise.all([insert('1'), insert('2')]);
    expect((await store.organisatie('o-politie'))?.soort).toBe('start-1-2');
    await store.close();
  });

  it('makes a writer of another store (another process) wait 5 s, then give up with OpslagFout bezet', async () => {
    const pad = join(await tijdelijkeMap(), 'b.db');
    const eerste = await openTest({ gemeente: 'almere', pad });
    const tweede = await openTest({ gemeente: 'almere', pad });
    const lang = keepOpen(eerste, (t) => t.upsertPersoon(PERSONEN[0]!, BRON));
    await lang.gestart;
    const begin = performance.now();
    await expect(tweede.upsertPersoon(PERSONEN[1]!, BRON)).rejects.toMatchObject({
      name: 'OpslagFout',
      code: 'bezet',
      message: 'De database is bezet door een andere schrijver (een import); probeer het zo opnieuw.',
    });
    // It waited for the lock instead of failing at once.
    expect(performance.now() - begin).toBeGreaterThan(4500);
    lang.loslaten();
    await lang.klaar;
    expect(await tweede.persoon(PERSONEN[0]!.id)).toEqual(PERSONEN[0]);
    expect(await tweede.persoon(PERSONEN[1]!.id)).toBeUndefined();
    // The lock is free again: the same write now succeeds.
    await tweede.upsertPersoon(PERSONEN[1]!, BRON);
    expect((await eerste.listPersonen({})).totaal).toBe(2);
    await eerste.close();
    await tweede.close();
  });

  it('lets reads outside the transaction see the last commit without waiting for it', async () => {
    const store = await openTest({ gemeente: 'almere', pad: join(await tijdelijkeMap(), 'l.db') });
    const tx = keepOpen(store, (t) => t.upsertPersoon(PERSONEN[0]!, BRON));
    await tx.gestart;
    expect(await store.persoon('p-fatima')).toBeUndefined();
    tx.loslaten();
    await tx.klaar;
    expect(await store.persoon('p-fatima')).toEqual(PERSONEN[0]);
    await store.close();
  });

  it('refuses a transaction store after its transaction, and any call after close', async () => {
    const store = await openTest({ gemeente: 'almere', pad: ':memory:' });
    const bewaard = await store.transaction(async (tx) => tx);
    await expect(bewaard.persoon('p-jan')).rejects.toThrow('Deze transactie is al afgelopen');
    await expect(bewaard.close()).rejects.toThrow('Sluit de store buiten transactie()');
    await store.close();
    await store.close();
    await expect(store.persoon('p-jan')).rejects.toThrow('De store is gesloten.');
    await expect(store.transaction(async () => 1)).rejects.toThrow('De store is gesloten.');
  });
});
