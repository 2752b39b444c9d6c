/** WAL checkpoints on a thread of their own (_checkpoints.ts), for a server's stores. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '@netwerkregie/store';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { checkpointRonde, checkpointWerkerActief } from './_checkpoints.js';
import { openSqlite } from './_sqlite.js';
import { cleanUp, fill, tijdelijkeMap } from './_testhulp.js';

afterAll(cleanUp);

const regel = (i: number) => ({
  actor: 'k-1',
  actie: 'lezen',
  entiteit: 'persoon',
  doel: `test ${i}`,
  betrokkenen: ['p-els'],
});

describe('checkpoints apart (SQLite)', () => {
  it('leaves the writer without automatic checkpoints only when asked', async () => {
    const pad = join(await tijdelijkeMap(), 'pragma.db');
    const gewoon = openSqlite(pad);
    const apart = openSqlite(pad, true);
    expect(gewoon.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    expect(apart.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    gewoon.close();
    apart.close();
  });

  it('writes the whole WAL back from the worker, and stops the worker with the last store', async () => {
    const pad = join(await tijdelijkeMap(), 'apart.db');
    const store = await openStore({ gemeente: 'almere', pad, checkpointsApart: true });
    expect(checkpointWerkerActief()).toBe(true);
    // A second store on the same file shares the worker's connection.
    const tweede = await openStore({ gemeente: 'almere', pad, checkpointsApart: true });
    await fill(store);
    for (let i = 0; i < 20; i++) await store.audit(regel(i));
    const r = await checkpointRonde(pad);
    expect(r).toMatchObject({ busy: 0, afgekapt: false });
    expect(r?.log).toBeGreaterThan(0);
    expect(r?.checkpointed).toBe(r?.log);
    await tweede.close();
    expect(checkpointWerkerActief()).toBe(true);
    expect((await store.listPersonen({}, { limiet: 1 })).totaal).toBe(5);
    await store.close();
    expect(checkpointWerkerActief()).toBe(false);
    expect(await checkpointRonde(pad)).toBeNull();
    // The close folds the WAL back and truncates it, as before.
    expect(statSync(`${pad}-wal`, { throwIfNoEntry: false })?.size ?? 0).toBe(0);
  });

  it('truncates the WAL when a reader kept it from being written back past the limit', async () => {
    const pad = join(await tijdelijkeMap(), 'lezer.db');
    const store = await openStore({ gemeente: 'almere', pad, checkpointsApart: true });
    await fill(store);
    // A reader holding a snapshot from before the writes: a PASSIVE checkpoint must stop at its frame.
    const lezer = new Database(pad, { readonly: true });
    lezer.prepare('begin').run();
    lezer.prepare('select count(*) from personen').get();
    for (let i = 0; i < 20; i++) await store.audit(regel(i));
    // The TRUNCATE waits (busy_timeout) for the reader, which ends a moment later.
    setTimeout(() => {
      lezer.prepare('commit').run();
      lezer.close();
    }, 200);
    const r = await checkpointRonde(pad, 1);
    expect(r).toMatchObject({ busy: 0, log: 0, checkpointed: 0, afgekapt: true });
    expect(statSync(`${pad}-wal`).size).toBe(0);
    // The store goes on writing and reading after it.
    await store.audit(regel(99));
    expect((await store.listPersonen({}, { limiet: 1 })).totaal).toBe(5);
    await store.close();
  });
});
