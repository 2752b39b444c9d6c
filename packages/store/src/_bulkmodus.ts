/**
 * Bulk mode: a first import into an empty store builds its secondary indexes, the rows the triggers of
 * migrations 0006 and 0009 keep (the formal flag, role and district rows) and the search index once, at
 * the end, instead of row by row. Everything happens inside the one transaction, so a rollback (or a
 * killed process) leaves the store as it was, indexes and triggers included.
 *
 * It starts at the first `insertBulk` of a transaction on a store without any entity, and ends before
 * any other store call in that transaction (a read must see its indexes and derived rows) or at commit.
 * While it lasts only `insertBulk` writes, so rebuilding the derived rows from the source tables gives
 * exactly what the triggers would have written (a test compares every table with the ordinary way).
 */
import { sql } from 'kysely';
import type { Ctx } from './_context.js';
import { releaseSavepoint, rollbackToSavepoint, savepoint } from './_motor.js';
import { AFGELEIDE_TABELLEN, AFGELEIDE_TRIGGERS, herbouwAfgeleid } from './_schema.js';
import { BESCHRIJVINGEN } from './_soorten.js';

/** What bulk mode changed, to restore at its end. */
export interface Bulkmodus {
  /** Statements that restore the dropped indexes and the switched-off triggers. */
  terug: string[];
  /** Savepoint depth at which it started: rolling back to a savepoint below that undoes it (see _context.ts). */
  diepte: number;
}

const entiteitTabellen = () => [...new Set(Object.values(BESCHRIJVINGEN).map((b) => b.tabel as string))];
/** Whose non-unique indexes wait until the end: the entity tables, history, the derived rows, the search index (PostgreSQL's GIN). */
const tabellen = () => [...entiteitTabellen(), 'historie', ...AFGELEIDE_TABELLEN, 'zoekindex', 'zoekindex_formeel'];

/** Starts bulk mode when this is the transaction's first bulk insert and the store holds no entity. */
export async function startBulkmodus(c: Ctx): Promise<void> {
  const tx = c.tx;
  if (!tx || tx.bulkGeprobeerd) return;
  tx.bulkGeprobeerd = true;
  for (const tabel of entiteitTabellen()) {
    const r = await sql`select 1 as x from ${sql.id(tabel)} limit 1`.execute(c.db);
    if (r.rows.length > 0) return;
  }
  const { motor } = c.gedeeld;
  // In a savepoint of its own: when a lock cannot be had (PostgreSQL), the import goes on the ordinary way.
  await savepoint(c.db, 'bulkmodus');
  try {
    const terug = await motor.startBulk(c.db, tabellen(), AFGELEIDE_TRIGGERS[motor.soort]);
    await releaseSavepoint(c.db, 'bulkmodus');
    tx.bulk = { terug, diepte: tx.diepte };
  } catch {
    await rollbackToSavepoint(c.db, 'bulkmodus');
    await releaseSavepoint(c.db, 'bulkmodus');
  }
}

/**
 * Ends bulk mode: the derived rows rebuilt from the source tables (before the indexes, which then are
 * built over the final rows in one pass), then the indexes and triggers restored.
 */
export async function endBulkmodus(c: Ctx): Promise<void> {
  const bulk = c.tx?.bulk;
  if (!bulk) return;
  c.tx.bulk = null;
  for (const opdracht of herbouwAfgeleid(c.gedeeld.motor.soort)) await sql.raw(opdracht).execute(c.db);
  for (const opdracht of bulk.terug) await sql.raw(opdracht).execute(c.db);
}
