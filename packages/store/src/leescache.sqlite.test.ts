/** The read cache of lists and search (_leescache.ts): the same answer until a commit changes the data. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { openStore, type Store } from '@netwerkregie/store';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
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
    // A real second process (as the CLI beside a running server) writing through a store of its own.
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { openStore } = await import('@netwerkregie/store');
         const s = await openStore({ gemeente: 'almere', pad: process.argv[1] });
         await s.upsertPersoon({ id: 'p-els', naam: 'Els Zwart', email: 'els.bakker@example.org', telefoon: null }, { actor: 'test' });
         await s.close();`,
        pad,
      ],
      { cwd: import.meta.dirname },
    );
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
});
