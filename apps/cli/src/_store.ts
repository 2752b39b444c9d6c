import { existsSync, rmSync } from 'node:fs';
import type { Gemeente } from '@netwerkregie/domain';
import { openStore, type Store } from '@netwerkregie/store';
import { standaardDb } from './_gemeente.js';

/**
 * Opens the gemeente's database for one command and closes it after. When the command fails
 * and the file did not exist before, the file is removed again: a failed command leaves no trace.
 */
export async function metStore<T>(
  gemeente: Gemeente,
  db: string | undefined,
  fn: (store: Store) => Promise<T>,
  opties: { alleenLezen?: boolean } = {},
): Promise<T> {
  const pad = db ?? standaardDb(gemeente.slug);
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
