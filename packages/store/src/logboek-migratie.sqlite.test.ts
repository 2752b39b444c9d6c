/** Migration 0005_logboek on a database of before: old audit rows get a chain, old keys an expiry a year after the upgrade. */
import { join } from 'node:path';
import { openStore } from '@netwerkregie/store';
import { Kysely, Migrator, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { migraties } from './_schema.js';
import { createDialect, openSqlite, SQLITE } from './_sqlite.js';
import { cleanUp, tijdelijkeMap } from './_testhulp.js';

afterAll(cleanUp);

describe('migration 0005_logboek', () => {
  it('chains the audit written before it and dates the keys from the upgrade on', async () => {
    const pad = join(await tijdelijkeMap(), 'oud.db');
    // biome-ignore lint/suspicious/noExplicitAny: the schema of before, untyped
    const db = new Kysely<any>({ dialect: createDialect(() => openSqlite(pad)) });
    const { '0005_logboek': _, '0006_formeel': _0006, '0009_leesindexen': _0009, ...oud } = migraties(SQLITE);
    const { error } = await new Migrator({ db, provider: { getMigrations: async () => oud } }).migrateToLatest();
    expect(error).toBeUndefined();
    await db.insertInto('instellingen').values({ sleutel: 'gemeente', waarde: 'almere' }).execute();
    for (const doel of ['bellen', 'overzicht']) {
      await db
        .insertInto('audit')
        .values({
          actor: 'k-1',
          actie: 'lezen',
          entiteit: 'persoon',
          entiteit_id: 'p-1',
          doel,
          route: null,
          tijd: '2020-01-01T00:00:00.000Z',
        })
        .execute();
    }
    await db
      .insertInto('sleutels')
      .values({
        id: 'k-1',
        hash: 'a'.repeat(64),
        rol: 'lezer',
        omschrijving: 'oud',
        aangemaakt: '2019-01-01T00:00:00.000Z',
        ingetrokken: null,
      })
      .execute();
    await sql`select 1`.execute(db);
    await db.destroy();

    const store = await openStore({ gemeente: 'almere', pad });
    expect(await store.verifyKeten()).toEqual({ intact: true, regels: 2 });
    await store.audit({ actor: 'k-1', actie: 'lezen', entiteit: 'persoon', doel: 'na de upgrade' });
    expect(await store.verifyKeten()).toEqual({ intact: true, regels: 3 });
    const jaar = new Date();
    jaar.setUTCFullYear(jaar.getUTCFullYear() + 1);
    expect((await store.listSleutels()).map((k) => k.verloopt)).toEqual([jaar.toISOString().slice(0, 10)]);
    await store.close();
  });
});
