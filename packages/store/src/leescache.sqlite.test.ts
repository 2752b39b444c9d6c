/** The read cache of lists and search (_leescache.ts): the same answer until a commit changes the data. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { openStore, type Store } from '@netwerkregie/store';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { soortVan } from './_leesversie.js';
import { BRON, cleanUp, fill, tijdelijkeMap } from './_testhulp.js';

afterAll(cleanUp);

let store: Store;
let pad: string;
beforeEach(async () => {
  pad = join(await tijdelijkeMap(), 'cache.db');
  store = await openStore({ gemeente: 'almere', pad });
  await fill(store);
});
afterEach(() => store.close());

const namen = (l: { items: Array<{ naam: string }> }) => l.items.map((k) => k.naam);
const FILTER = { domein: 'zorg' } as const;

describe('read cache (SQLite)', () => {
  it('answers a repeated page and search with the same frozen object', async () => {
    const a = await store.listPersonen(FILTER, { limiet: 20 });
    const b = await store.listPersonen(FILTER, { limiet: 20 });
    expect(b).toBe(a);
    expect(namen(a)).toEqual(['Els Bakker', 'Fatima el Ruïs']);
    expect(Object.isFrozen(a.items[0]?.lidmaatschappen[0]?.rollen)).toBe(true);
    const z = await store.searchPersonen('van', {}, { limiet: 20 });
    expect(await store.searchPersonen('van', {}, { limiet: 20 })).toBe(z);
    expect(namen(z)).toEqual(['Jan van der Meulen']);
    // Another page, filter or term is another question.
    expect(await store.listPersonen(FILTER, { limiet: 1 })).not.toBe(a);
    expect(namen(await store.searchPersonen('bakker', {}, { limiet: 20 }))).toEqual(['Els Bakker']);
  });

  it('keeps answers over audit rows, the read path’s own writes', async () => {
    const a = await store.listPersonen(FILTER, { limiet: 20 });
    await store.audit({ actor: 'k-1', actie: 'lezen', entiteit: 'persoon', doel: 'test', betrokkenen: ['p-els'] });
    expect(await store.listPersonen(FILTER, { limiet: 20 })).toBe(a);
  });

  it('answers anew after a write through the store', async () => {
    const a = await store.listPersonen(FILTER, { limiet: 20 });
    await store.upsertPersoon(
      { id: 'p-els', naam: 'Els Akkerman', email: 'els.bakker@example.org', telefoon: null },
      BRON,
    );
    const b = await store.listPersonen(FILTER, { limiet: 20 });
    expect(b).not.toBe(a);
    expect(namen(b)).toEqual(['Els Akkerman', 'Fatima el Ruïs']);
    expect(namen(await store.searchPersonen('akkerman', {}, { limiet: 20 }))).toEqual(['Els Akkerman']);
  });

  it('answers anew after a commit by another process', async () => {
    expect(namen(await store.listPersonen(FILTER, { limiet: 20 }))).toEqual(['Els Bakker', 'Fatima el Ruïs']);
    // A real second process writing the file directly, past this store's connections.
    execFileSync(process.execPath, [
      '-e',
      `const D = require('better-sqlite3'); const db = new D(process.argv[1]);
       db.prepare("update personen set naam = 'Els Zwart' where id = 'p-els'").run(); db.close();`,
      pad,
    ]);
    expect(namen(await store.listPersonen(FILTER, { limiet: 20 }))).toEqual(['Els Zwart', 'Fatima el Ruïs']);
  });

  it('keeps the views apart: a lezer never gets the whole network’s answer', async () => {
    const alles = await store.listPersonen({}, { limiet: 20 });
    const formeel = await store.withZicht('formeel').listPersonen({}, { limiet: 20 });
    expect(alles.totaal).toBe(5);
    expect(namen(formeel)).not.toContain('Mohamed Bouzïane');
    expect(await store.withZicht('formeel').listPersonen({}, { limiet: 20 })).toBe(formeel);
  });

  it('does not cache inside a transaction, which sees its own writes', async () => {
    await store.listPersonen(FILTER, { limiet: 20 });
    await store.transaction(async (tx) => {
      await tx.upsertPersoon(
        { id: 'p-els', naam: 'Els Akkerman', email: 'els.bakker@example.org', telefoon: null },
        BRON,
      );
      expect(namen(await tx.listPersonen(FILTER, { limiet: 20 }))).toEqual(['Els Akkerman', 'Fatima el Ruïs']);
      // Outside the transaction, until it commits: the last committed state.
      expect(namen(await store.listPersonen(FILTER, { limiet: 20 }))).toEqual(['Els Bakker', 'Fatima el Ruïs']);
    });
    expect(namen(await store.listPersonen(FILTER, { limiet: 20 }))).toEqual(['Els Akkerman', 'Fatima el Ruïs']);
  });

  it('tells the read path’s bookkeeping from writes that change answers', () => {
    expect(soortVan('insert into "audit" ("actor") values (?) returning "id"')).toBe('leest');
    expect(soortVan('insert into "instellingen" ("sleutel", "waarde") values (?, ?) on conflict do update')).toBe(
      'leest',
    );
    expect(soortVan('insert into "personen" ("id") values (?)')).toBe('schrijft');
    expect(soortVan('update "lidmaatschappen" set "rollen" = ?')).toBe('schrijft');
    expect(soortVan('delete from "betrokkenen" where "persoon_id" = ?')).toBe('leest');
    expect(soortVan('with x as (select 1) delete from "personen"')).toBe('schrijft');
    expect(soortVan('create table t (a)')).toBe('schrijft');
    expect(soortVan('commit')).toBe('eindigt');
    expect(soortVan('rollback to savepoint sp1')).toBe('leest');
    expect(soortVan('rollback')).toBe('eindigt');
    expect(soortVan('select 1')).toBe('leest');
  });
});
