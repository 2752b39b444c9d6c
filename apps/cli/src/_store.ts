import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Gemeente } from '@netwerkregie/domain';
import { OpslagFout, openStore, type Store } from '@netwerkregie/store';
import { beschrijfLocatie, locatieVan, openOpties } from './_database.js';
import { GebruikFout } from './_fouten.js';

export interface StoreOpties {
  /** The command writes nothing (a dry run): a database that does not exist is read as empty, and not made. */
  alleenLezen?: boolean;
  /**
   * The command may start a new database (import, start, keys create). Every other command refuses
   * one that does not exist (exit 2), so that a wrong folder or a typo in --db never reads as an
   * empty, healthy network.
   */
  magNieuw?: boolean;
}

/**
 * Opens the gemeente's database (see _database.ts) for one command and closes it after. When the
 * command fails and the file did not exist before, the file is removed again: a failed command leaves no trace.
 */
export async function metStore<T>(
  gemeente: Gemeente,
  db: string | undefined,
  fn: (store: Store) => Promise<T>,
  opties: StoreOpties = {},
): Promise<T> {
  const locatie = locatieVan(gemeente.slug, db);
  if (locatie.url !== undefined) {
    // A PostgreSQL schema: every write is a transaction, so a failed command leaves nothing to remove.
    const bestaand = !opties.magNieuw || opties.alleenLezen === true;
    const store = await openStore({ ...openOpties(gemeente.slug, locatie), bestaand }).catch((fout: unknown) => {
      if (fout instanceof OpslagFout && fout.code === 'onbekend') {
        // A dry run reads a gemeente that is not there yet as an empty list, and creates no schema.
        if (opties.magNieuw) return openStore({ gemeente: gemeente.slug, pad: ':memory:' });
        throw new GebruikFout(
          `De database ${beschrijfLocatie(locatie)} heeft nog niets van deze gemeente: ${fout.message} Controleer --db of DATABASE_URL, of importeer eerst een lijst.`,
          'database.onbekend',
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
  if (!bestond && !opties.magNieuw) throw geenDatabase(pad);
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

/** Exit 2 with the path looked for: relative paths are resolved against the working folder. */
function geenDatabase(pad: string): GebruikFout {
  return new GebruikFout(
    `De database ${resolve(pad)} bestaat niet. Geef met --db het pad van de database van deze gemeente, of importeer eerst een lijst.`,
    'database.onbekend',
  );
}
