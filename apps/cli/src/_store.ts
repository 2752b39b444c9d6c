import { existsSync, rmSync } from 'node:fs';
import type { Gemeente } from '@netwerkregie/domain';
import { openStore, type Store } from '@netwerkregie/store';
import { locatieVan, openOpties } from './_database.js';

/**
 * Opens the gemeente's database (see _database.ts) for one command and closes it after. When the
 * command fails and the file did not exist before, the file is removed again: a failed command leaves no trace.
 */
export async function metStore<T>(
  gemeente: Gemeente,
  db: string | undefined,
  fn: (store: Store) => Promise<T>,
  opties: { alleenLezen?: boolean } = {},
): Promise<T> {
  const locatie = locatieVan(gemeente.slug, db);
  if (locatie.url !== undefined) {
    // A PostgreSQL schema: every write is a transaction, so a failed command leaves nothing to remove.
    const store = await openStore(openOpties(gemeente.slug, locatie));
    try {
      return await fn(store);
    } finally {
      await store.close();
    }
  }
  const pad = locatie.pad;
  const bestond = pad === ':memory:' || existsSync(pad);
  // A read-only command against a database that does not exist yet reads an empty list.
  const store = await openStore({ gemeente: gemeente.slug, pad: !bestond && opties.alleenLezen ? ':memory:' : pad });
  let gelukt = false;
  try {
    const uitkomst = await fn(store);
    gelukt = true;
    return uitkomst;
  } finally {
    await store.close();
    if (!gelukt && !bestond && !opties.alleenLezen) {
      for (const achtervoegsel of ['', '-wal', '-shm']) rmSync(pad + achtervoegsel, { force: true });
    }
  }
}
