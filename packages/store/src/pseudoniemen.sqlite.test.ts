/** Cached pseudonyms of the audit's group commit (pseudoniemen.ts): the same as computed, gone with an erasure. */
import { join } from 'node:path';
import { openStore, type Store } from '@netwerkregie/store';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BRON, cleanUp, fill, tijdelijkeMap } from './_testhulp.js';

afterAll(cleanUp);

let pad: string;
let store: Store;
beforeEach(async () => {
  pad = join(await tijdelijkeMap(), 'pseudo.db');
  store = await openStore({ gemeente: 'almere', pad });
  await fill(store);
});
afterEach(() => store.close());

const lees = (s: Store, doel: string) =>
  s.audit({ actor: 'k-1', actie: 'zoeken', entiteit: 'persoon', doel, betrokkenen: ['p-els', 'p-fatima'] });

/** The pseudonyms written for the audit row with this purpose, in name order of the ids given. */
function pseudoniemenVan(doel: string): string[] {
  const db = new Database(pad, { readonly: true });
  const rijen = db
    .prepare(
      'select b.pseudoniem from audit a join audit_betrokkenen b on b.audit_id = a.id where a.doel = ? order by b.rowid',
    )
    .pluck()
    .all(doel) as string[];
  db.close();
  return rijen;
}

describe('cached pseudonyms (SQLite)', () => {
  it('gives the same pseudonyms from the cache as computed, and the inzage finds every row', async () => {
    await lees(store, 'eerste');
    await lees(store, 'tweede');
    await lees(store, 'derde');
    const eerste = pseudoniemenVan('eerste');
    expect(eerste).toHaveLength(2);
    expect(pseudoniemenVan('tweede')).toEqual(eerste);
    expect(pseudoniemenVan('derde')).toEqual(eerste);
    // A store without the cache (a fresh one: its first group commit reads the salts) agrees.
    const ander = await openStore({ gemeente: 'almere', pad });
    await lees(ander, 'vierde');
    await ander.close();
    expect(pseudoniemenVan('vierde')).toEqual(eerste);
    const rijen = await store.listAudit({ betrokkene: 'p-els' });
    expect(rijen.items.map((r) => r.doel).sort()).toEqual(['derde', 'eerste', 'tweede', 'vierde']);
  });

  it('never gives an erased person the old pseudonym again, erased by another store on the file', async () => {
    // Twice: the first makes the salts (never cached: its transaction could roll back), the second reads them.
    await lees(store, 'eerst');
    await lees(store, 'voor');
    const [elsVoor, fatimaVoor] = pseudoniemenVan('voor');
    const ander = await openStore({ gemeente: 'almere', pad });
    expect(await ander.erasePersoon('p-els', { ...BRON, doel: 'verzoek tot wissen' })).toBe(true);
    await ander.close();
    // A request that read her just before the erasure is logged just after it.
    await lees(store, 'na');
    const [elsNa, fatimaNa] = pseudoniemenVan('na');
    expect(elsNa).not.toBe(elsVoor);
    expect(fatimaNa).toBe(fatimaVoor);
  });

  it('never gives an erased person the old pseudonym again, erased through this store', async () => {
    await lees(store, 'eerst');
    await lees(store, 'voor');
    const [elsVoor] = pseudoniemenVan('voor');
    expect(await store.erasePersoon('p-els', { ...BRON, doel: 'verzoek tot wissen' })).toBe(true);
    await lees(store, 'na');
    expect(pseudoniemenVan('na')[0]).not.toBe(elsVoor);
  });
});
