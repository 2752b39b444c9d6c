/** The hash chain over audit and security events, `controleerKeten` (audit verify), and the processing log's pseudonyms. */
import { join } from 'node:path';
import type { Store } from '@netwerkregie/store';
import { afterAll, describe, expect, it } from 'vitest';
import { BRON, PERSONEN, cleanUp, tijdelijkeMap, fill } from './_testhulp.js';
import { alleRijen, MOTOR, openTest, run } from './_testmotor.js';

afterAll(cleanUp);

const FATIMA = PERSONEN[0]!;
const ANDER = PERSONEN[1]!;

async function gevuld(): Promise<{ store: Store; pad: string }> {
  const pad = join(await tijdelijkeMap(), 'keten.db');
  const store = await openTest({ gemeente: 'almere', pad });
  await fill(store);
  await store.audit({ actor: 'k-1', actie: 'lezen', entiteit: 'persoon', entiteitId: FATIMA.id, doel: 'bellen' });
  await store.audit({
    actor: 'k-1',
    actie: 'zoeken',
    entiteit: 'persoon',
    doel: 'overzicht',
    route: 'POST /v1/gemeenten/almere/personen/_zoek',
    traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
    verwerking: 'netwerkbeheer',
    betrokkenen: [FATIMA.id, ANDER.id],
  });
  await store.beveiligingsgebeurtenis({
    soort: 'authenticatie.mislukt',
    status: 401,
    adres: '192.0.2.7',
    route: 'GET /v1/gemeenten/almere/personen',
  });
  await store.audit({
    actor: 'k-2',
    actie: 'exporteren',
    entiteit: 'persoon',
    doel: 'export',
    betrokkenen: [ANDER.id],
  });
  return { store, pad };
}

describe('hash chain', () => {
  it('is intact after ordinary writes, counting audit and security rows', async () => {
    const { store } = await gevuld();
    expect(await store.verifyKeten()).toEqual({ intact: true, regels: 4 });
    await store.close();
  });

  it('names the row whose purpose was changed', async () => {
    const { store, pad } = await gevuld();
    await run(pad, "update audit set doel = 'iets anders' where id = 2");
    expect(await store.verifyKeten()).toEqual({
      intact: false,
      regels: 1,
      tabel: 'audit',
      id: 2,
      melding: 'het doel of de route is gewijzigd',
    });
    await store.close();
  });

  it('names the row after a removed one, and a removed last row', async () => {
    const { store, pad } = await gevuld();
    await run(pad, 'delete from audit where id = 2');
    expect(await store.verifyKeten()).toMatchObject({ intact: false, tabel: 'audit', id: 3 });
    await store.close();
    const tweede = await gevuld();
    await run(tweede.pad, 'delete from audit where id = 3');
    expect(await tweede.store.verifyKeten()).toMatchObject({
      intact: false,
      tabel: 'audit',
      melding: 'de laatste regels ontbreken of zijn gewijzigd',
    });
    await tweede.store.close();
  });

  it('detects a changed actor, a removed data subject and a changed security event', async () => {
    const { store, pad } = await gevuld();
    await run(pad, "update audit set actor = 'k-9' where id = 1");
    expect(await store.verifyKeten()).toMatchObject({ intact: false, id: 1, melding: 'de inhoud is gewijzigd' });
    await store.close();
    const b = await gevuld();
    await run(b.pad, 'delete from audit_betrokkenen where audit_id = 3');
    expect(await b.store.verifyKeten()).toMatchObject({ intact: false, tabel: 'audit', id: 3 });
    await b.store.close();
    const c = await gevuld();
    await run(c.pad, "update beveiligingsgebeurtenissen set adres = '198.51.100.1'");
    expect(await c.store.verifyKeten()).toMatchObject({
      intact: false,
      tabel: 'beveiligingsgebeurtenissen',
      id: 1,
    });
    await c.store.close();
  });

  it('does not fork when writers write at the same time', async () => {
    const { store, pad } = await gevuld();
    // PostgreSQL: two stores (two pools) on one schema. SQLite: one store, as the API has per gemeente (a
    // second connection in this process would block it: better-sqlite3 waits for a lock synchronously).
    const tweede = MOTOR === 'postgres' ? await openTest({ gemeente: 'almere', pad }) : store;
    const write = (s: Store, actor: string) =>
      Array.from({ length: 25 }, (_, i) =>
        i % 5 === 0
          ? s.beveiligingsgebeurtenis({ soort: 'authenticatie.mislukt', status: 401, adres: actor, route: 'GET /v1' })
          : s.audit({ actor, actie: 'lezen', entiteit: 'persoon', doel: `doel ${i}`, betrokkenen: [ANDER.id] }),
      );
    await Promise.all([...write(store, 'a'), ...write(tweede, 'b')]);
    expect(await store.verifyKeten()).toEqual({ intact: true, regels: 54 });
    if (tweede !== store) await tweede.close();
    await store.close();
  });

  it('stays verifiable after an erasure blanks purposes that name the person', async () => {
    const { store } = await gevuld();
    await store.audit({ actor: 'k-1', actie: 'lezen', entiteit: 'organisatie', doel: `gesprek met ${FATIMA.naam}` });
    await store.erasePersoon(FATIMA.id, { ...BRON, doel: 'verzoek tot wissen' });
    const doelen = (await store.listAudit({}, { limiet: 100 })).items.map((a) => a.doel);
    expect(doelen.some((d) => d.includes(FATIMA.naam))).toBe(false);
    expect(await store.verifyKeten()).toEqual({ intact: true, regels: 6 });
    await store.close();
  });
});

describe('processing log', () => {
  it('finds every processing that touched a person, lists and exports included, by pseudonym only', async () => {
    const { store, pad } = await gevuld();
    const over = await store.listAudit({ betrokkene: ANDER.id }, { sortering: 'id' });
    expect(over.items.map((a) => [a.id, a.actie])).toEqual([
      [2, 'zoeken'],
      [3, 'exporteren'],
    ]);
    expect(over.items[0]).toMatchObject({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736', verwerking: 'netwerkbeheer' });
    const fatima = await store.listAudit({ betrokkene: FATIMA.id }, { sortering: 'id' });
    expect(fatima.items.map((a) => a.id)).toEqual([1, 2]);
    const rijen = JSON.stringify((await alleRijen(pad)).audit_betrokkenen);
    expect(rijen).not.toContain(FATIMA.id);
    expect(rijen).not.toContain(ANDER.id);
    await store.close();
  });

  it('cuts the link on erasure: the pseudonym rows stay, the person is no longer found in them', async () => {
    const { store, pad } = await gevuld();
    await store.erasePersoon(FATIMA.id, { ...BRON, doel: 'verzoek tot wissen' });
    expect((await alleRijen(pad)).betrokkenen?.map((b) => b.persoon_id)).toEqual([ANDER.id]);
    expect((await alleRijen(pad)).audit_betrokkenen).toHaveLength(3);
    const na = await store.listAudit({ betrokkene: FATIMA.id }, { sortering: 'id' });
    expect(na.items.map((a) => a.actie)).toEqual(['lezen', 'wissen']);
    await store.close();
  });
});

describe('key expiry', () => {
  it('defaults to one year ahead and keeps a given date', async () => {
    const pad = join(await tijdelijkeMap(), 'sleutels.db');
    const store = await openTest({ gemeente: 'almere', pad });
    const hash = 'a'.repeat(64);
    await store.saveSleutel({ id: 'k-1', hash, rol: 'lezer', omschrijving: 'test' });
    await store.saveSleutel({
      id: 'k-2',
      hash: 'b'.repeat(64),
      rol: 'lezer',
      omschrijving: 'test',
      verloopt: '2027-06-30',
    });
    const jaar = new Date();
    jaar.setUTCFullYear(jaar.getUTCFullYear() + 1);
    expect((await store.listSleutels()).map((s) => [s.id, s.verloopt])).toEqual([
      ['k-1', jaar.toISOString().slice(0, 10)],
      ['k-2', '2027-06-30'],
    ]);
    await expect(
      store.saveSleutel({ id: 'k-3', hash: 'c'.repeat(64), rol: 'lezer', omschrijving: 'x', verloopt: '30-06-2027' }),
    ).rejects.toThrow('Ongeldige verloopdatum "30-06-2027"; verwacht JJJJ-MM-DD.');
    await store.close();
  });
});
