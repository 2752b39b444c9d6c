/**
 * PostgreSQL: how many statements (each a round trip) a read by id costs. The key is looked up once and
 * then cached; the person card is one statement; the audit rows of concurrent reads share one
 * transaction (its share per read is measured by bench/leesstatements.mjs, it depends on timing).
 */
import { join } from 'node:path';
import { sleutelHash } from '@netwerkregie/store';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanUp, fill, tijdelijkeMap } from './_testhulp.js';
import { openTest } from './_testmotor.js';

afterAll(cleanUp);

/** Counts the statements every pg client sends while `fn` runs. */
async function tel(fn: () => Promise<unknown>): Promise<{ n: number; teksten: string[] }> {
  const teksten: string[] = [];
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const eerste = args[0] as string | { text: string };
    teksten.push(typeof eerste === 'string' ? eerste : eerste.text);
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  try {
    await fn();
  } finally {
    pg.Client.prototype.query = query;
  }
  return { n: teksten.length, teksten };
}

describe('PostgreSQL: statements per read by id', () => {
  it('reads a person card in one statement and a known key from the cache', async () => {
    const store = await openTest({ gemeente: 'almere', pad: join(await tijdelijkeMap(), 'stmt.db') });
    try {
      await fill(store);
      const hash = sleutelHash('nwr_leesstatements_proef');
      await store.saveSleutel({ id: 'k-lees', hash, rol: 'regisseur', omschrijving: 'proef' });
      // The first lookup reads the key; later ones, within the cache's time, send nothing.
      expect((await tel(() => store.sleutelOpHash(hash))).n).toBe(1);
      expect((await tel(() => store.sleutelOpHash(hash))).n).toBe(0);
      const kaart = await tel(() => store.persoonKaart('p-jan'));
      expect(kaart.n).toBe(1);
      const lezer = await tel(() => store.withZicht('formeel').persoonKaart('p-jan'));
      expect(lezer.n).toBe(1);
    } finally {
      await store.close();
    }
  });
});
