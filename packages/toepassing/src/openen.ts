/**
 * Opens a gemeente's store for one operation and closes it after. A database that does not exist is
 * refused unless the operation may start one, so a wrong folder or a typo in the location never
 * reads as an empty, healthy network.
 */
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { OpslagFout, openStore, type Store } from '@netwerkregie/store';
import { describeLocatie, locatieVan, openOpties } from './database.js';
import { ToepassingFout } from './fouten.js';

export interface OpenGemeenteOpties {
  /** A file path or postgres:// URL; without it DATABASE_URL, else data/<gemeente>.db (see database.ts). */
  db?: string | undefined;
  /** The operation writes nothing (a dry run): a database that does not exist is read as empty, and not made. */
  alleenLezen?: boolean;
  /** The operation may start a new database (import, start, keys create). */
  magNieuw?: boolean;
  /** The environment to read DATABASE_URL from (default process.env). */
  env?: Record<string, string | undefined>;
}

/**
 * Runs `fn` on the gemeente's store. When it fails and the file did not exist before, the file is
 * removed again: a failed operation leaves no trace. Throws ToepassingFout `database.onbekend`
 * (a missing database) or `database.ongeldig` (an unusable location).
 */
export async function withGemeenteStore<T>(
  slug: string,
  fn: (store: Store) => Promise<T>,
  opties: OpenGemeenteOpties = {},
): Promise<T> {
  const locatie = locatieVan(slug, opties.db, opties.env);
  if (locatie.url !== undefined) {
    // A PostgreSQL schema: every write is a transaction, so a failed operation leaves nothing to remove.
    const bestaand = !opties.magNieuw || opties.alleenLezen === true;
    const store = await openStore({ ...openOpties(slug, locatie), bestaand }).catch((fout: unknown) => {
      if (fout instanceof OpslagFout && fout.code === 'onbekend') {
        // A dry run reads a gemeente that is not there yet as an empty list, and creates no schema.
        if (opties.magNieuw) return openStore({ gemeente: slug, pad: ':memory:' });
        throw new ToepassingFout(
          'database.onbekend',
          `De database ${describeLocatie(locatie)} heeft nog niets van deze gemeente: ${fout.message} Controleer --db of DATABASE_URL, of importeer eerst een lijst.`,
        );
      }
      throw fout;
    });
    try {
      return await fn(store);
    } finally {
      await store.close();
    }
  }
  const pad = locatie.pad;
  const bestond = pad === ':memory:' || existsSync(pad);
  if (!bestond && !opties.magNieuw) {
    // The path looked for: a relative one resolved against the working folder.
    throw new ToepassingFout(
      'database.onbekend',
      `De database ${resolve(pad)} bestaat niet. Geef met --db het pad van de database van deze gemeente, of importeer eerst een lijst.`,
    );
  }
  // A read-only operation against a database that does not exist yet reads an empty list.
  const store = await openStore({ gemeente: slug, pad: !bestond && opties.alleenLezen ? ':memory:' : pad });
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
