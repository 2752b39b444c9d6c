/** Sets of data subjects (migration 0012): written once, referred to by each audit row, found by inzage, cut by erasure. */
import { join } from 'node:path';
import type { Store } from '@netwerkregie/store';
import { afterAll, describe, expect, it } from 'vitest';
import { BRON, cleanUp, fill, PERSONEN, tijdelijkeMap } from './_testhulp.js';
import { alleRijen, openTest, run } from './_testmotor.js';

afterAll(cleanUp);

const FATIMA = PERSONEN[0]!;
const ANDER = PERSONEN[1]!;
const ANALYSE = { actor: 'k-1', actie: 'analyseren', entiteit: 'netwerk', doel: 'analyse netwerk' } as const;

async function gevuld(): Promise<{ store: Store; pad: string; snapshot: string[] }> {
  const pad = join(await tijdelijkeMap(), 'sets.db');
  const store = await openTest({ gemeente: 'almere', pad });
  await fill(store);
  return { store, pad, snapshot: PERSONEN.map((p) => p.id) };
}

const tel = async (pad: string) => {
  const r = await alleRijen(pad);
  return {
    sets: r.betrokkenensets?.length,
    leden: r.betrokkenenset_leden?.length,
    auditBetrokkenen: r.audit_betrokkenen?.length,
  };
};

describe('sets of data subjects', () => {
  it('writes the set once for every call on the same list, and each row refers to it', async () => {
    const { store, pad, snapshot } = await gevuld();
    await store.audit({ ...ANALYSE, betrokkenenset: snapshot });
    await Promise.all([1, 2, 3].map(() => store.audit({ ...ANALYSE, betrokkenenset: snapshot })));
    expect(await tel(pad)).toEqual({ sets: 1, leden: PERSONEN.length, auditBetrokkenen: 0 });
    const r = await alleRijen(pad);
    expect(r.audit?.map((a) => Number(a.betrokkenenset_id))).toEqual([1, 1, 1, 1]);
    expect(Number(r.betrokkenensets?.[0]?.aantal)).toBe(PERSONEN.length);
    expect(await store.verifyKeten()).toEqual({ intact: true, regels: 4 });
    await store.close();
  });

  it('records the same pseudonyms a row of its own would, and no person id', async () => {
    const { store, pad, snapshot } = await gevuld();
    await store.audit({ ...ANALYSE, betrokkenen: snapshot });
    await store.audit({ ...ANALYSE, betrokkenenset: snapshot });
    const r = await alleRijen(pad);
    const direct = r.audit_betrokkenen?.map((b) => b.pseudoniem as string).sort();
    const inSet = r.betrokkenenset_leden?.map((b) => b.pseudoniem as string).sort();
    expect(inSet).toEqual(direct);
    expect(inSet).toHaveLength(PERSONEN.length);
    const tekst = JSON.stringify([r.betrokkenensets, r.betrokkenenset_leden, r.audit]);
    for (const p of PERSONEN) expect(tekst).not.toContain(p.id);
    await store.close();
  });

  it('lists the call in the inzage of each person in the set, beside the rows naming them directly', async () => {
    const { store, snapshot } = await gevuld();
    await store.audit({ actor: 'k-1', actie: 'lezen', entiteit: 'persoon', doel: 'lijst', betrokkenen: [ANDER.id] });
    await store.audit({ ...ANALYSE, betrokkenenset: snapshot });
    await store.audit({ ...ANALYSE, betrokkenenset: [ANDER.id] });
    const fatima = await store.listAudit({ betrokkene: FATIMA.id }, { sortering: 'id' });
    expect(fatima.items.map((a) => [a.id, a.actie])).toEqual([[2, 'analyseren']]);
    expect(fatima.totaal).toBe(1);
    const ander = await store.listAudit({ betrokkene: ANDER.id }, { sortering: 'id' });
    expect(ander.items.map((a) => [a.id, a.actie])).toEqual([
      [1, 'lezen'],
      [2, 'analyseren'],
      [3, 'analyseren'],
    ]);
    await store.close();
  });

  it('cuts the link on erasure as for direct subjects: the set stays, the person is no longer found in it', async () => {
    const { store, pad, snapshot } = await gevuld();
    await store.audit({ ...ANALYSE, betrokkenenset: snapshot });
    await store.erasePersoon(FATIMA.id, { ...BRON, doel: 'verzoek tot wissen' });
    expect(await tel(pad)).toEqual({ sets: 1, leden: PERSONEN.length, auditBetrokkenen: 0 });
    const na = await store.listAudit({ betrokkene: FATIMA.id }, { sortering: 'id' });
    expect(na.items.map((a) => a.actie)).toEqual(['wissen']);
    const ander = await store.listAudit({ betrokkene: ANDER.id }, { sortering: 'id' });
    expect(ander.items.map((a) => a.actie)).toEqual(['analyseren']);
    expect(await store.verifyKeten()).toEqual({ intact: true, regels: 2 });
    await store.close();
  });

  it('breaks the chain when a member of a set is removed or added, or the set is gone', async () => {
    for (const knoei of [
      'delete from betrokkenenset_leden where pseudoniem = (select min(pseudoniem) from betrokkenenset_leden)',
      "insert into betrokkenenset_leden (set_id, pseudoniem) values (1, 'ffffffffffffffffffffffffffffffff')",
      'delete from betrokkenensets',
    ]) {
      const { store, pad, snapshot } = await gevuld();
      await store.audit({ actor: 'k-1', actie: 'lezen', entiteit: 'persoon', doel: 'lijst', betrokkenen: [ANDER.id] });
      await store.audit({ ...ANALYSE, betrokkenenset: snapshot });
      await run(pad, knoei);
      expect(await store.verifyKeten()).toEqual({
        intact: false,
        regels: 1,
        tabel: 'audit',
        id: 2,
        melding: 'de inhoud is gewijzigd',
      });
      await store.close();
    }
  });

  it('writes the set again after a transaction that wrote it rolled back', async () => {
    const { store, pad, snapshot } = await gevuld();
    await expect(
      store.transaction(async (tx) => {
        await tx.audit({ ...ANALYSE, betrokkenenset: snapshot });
        throw new Error('terug');
      }),
    ).rejects.toThrow('terug');
    expect(await tel(pad)).toEqual({ sets: 0, leden: 0, auditBetrokkenen: 0 });
    await store.audit({ ...ANALYSE, betrokkenenset: snapshot });
    await store.audit({ ...ANALYSE, betrokkenenset: snapshot });
    expect(await tel(pad)).toEqual({ sets: 1, leden: PERSONEN.length, auditBetrokkenen: 0 });
    expect((await store.listAudit({ betrokkene: FATIMA.id })).totaal).toBe(2);
    expect(await store.verifyKeten()).toEqual({ intact: true, regels: 2 });
    await store.close();
  });
});
