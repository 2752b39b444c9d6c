/**
 * What differs between the database engines, behind one interface: SQLite (`_sqlite.ts`) and
 * PostgreSQL (`_postgres.ts`). The rest of the package speaks Kysely's query builder and calls these.
 */
import {
  type ColumnDefinitionBuilder,
  type CreateTableBuilder,
  type Expression,
  type Kysely,
  type RawBuilder,
  type SqlBool,
  sql,
} from 'kysely';
import type { Zicht } from './types.js';

// biome-ignore lint/suspicious/noExplicitAny: these statements do not depend on the schema
export type Db = Kysely<any>;
// Kysely does not export its Kolomtype; this is the same type.
// biome-ignore lint/suspicious/noExplicitAny: any table
type Kolomtype = Parameters<CreateTableBuilder<any, any>['addColumn']>[1];

export interface Motor {
  readonly soort: 'sqlite' | 'postgres';
  /** The database schema of the gemeente, where the engine has schemas. */
  readonly schema?: string;
  /** Column types of the migrations. */
  readonly tekst: Kolomtype;
  readonly kommagetal: Kolomtype;
  readonly bytes: Kolomtype;
  /** A key the database numbers itself (1, 2, 3, …), never reusing a number. */
  volgnummer(c: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  /** A key the database numbers itself; SQLite's rowid (which may reuse the highest number after a delete). */
  rijnummer(c: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  /** The operator of a case-insensitive "contains" (narrowing only; callers check exactly). */
  readonly bevatOperator: 'like' | 'ilike';

  /** Starts a write transaction; writers of one gemeente queue behind each other, never interleave. */
  beginWrite(db: Db): Promise<void>;
  /** Starts a read-only transaction: one consistent snapshot. */
  beginRead(db: Db): Promise<void>;
  /** After a committed erasure: leave no old copy of the erased values in the engine's files. */
  naWissen(root: Db): Promise<void>;
  /** Before closing the store. */
  voorSluiten(root: Db): Promise<void>;

  /**
   * One JSON array over the rows of `rijen` (a subquery, aliased `agg`): an object per row with the columns
   * `kolommen`, ordered by `volgorde`; '[]' when none. SQLite gives text, PostgreSQL parsed JSON (see `leesJson`).
   */
  jsonLijst(rijen: Expression<unknown>, kolommen: readonly string[], volgorde: readonly string[]): RawBuilder<unknown>;

  /** True when the JSON array (text) in `kolom` holds `waarde`. */
  jsonBevat(kolom: string, waarde: string): RawBuilder<SqlBool>;

  /** Inserts rows (column name to value) into `tabel`, the fastest way the engine has (insertBulk). */
  insertRijen(
    db: Db,
    tabel: string,
    kolommen: readonly string[],
    rijen: readonly Record<string, unknown>[],
  ): Promise<void>;
  /**
   * Bulk mode (see _bulkmodus.ts): drops the non-unique indexes of `tabellen` and switches off the
   * `triggers`, inside the running transaction (so a rollback restores them); returns the statements that
   * restore them, in order. Unique indexes and keys stay: they keep refusing a taken id or e-mail at once.
   */
  startBulk(db: Db, tabellen: readonly string[], triggers: readonly string[]): Promise<string[]>;
  /** Creates the search index of a view (`alles`: every membership; `formeel`: formal ones only). */
  createZoekindex(db: Db, zicht?: Zicht): Promise<void>;
  /** Fills a view's (empty) index for every person (the migration that adds it). */
  fillZoekindex(db: Db, zicht: Zicht): Promise<void>;
  /** Rebuilds the index rows (of every view) of these persons (with `onder`, only those whose nr is below it). */
  indexeerPersonen(db: Db, ids: Iterable<string>, onder?: number): Promise<void>;
  /** Rebuilds the index rows of every person whose nr is `vanaf` or higher (bulk imports). */
  indexeerPersonenVanaf(db: Db, vanaf: number): Promise<void>;
  /** A lower bound for the nr of any person inserted from now on. */
  volgendPersoonNr(db: Db): Promise<number>;
  /** Removes a person's index row; call before the person's row goes. */
  deleteFromZoekindex(db: Db, persoonId: string): Promise<void>;
  /** Inside the erasing transaction: drop leftovers of deleted index rows and statistics samples. */
  schoonNaWissen(db: Db): Promise<void>;
  /**
   * Condition on a person row aliased `p` matching the search words in the view's own index; null when the
   * input holds no word. `test`: the condition only tests rows found otherwise (in sort order), it must not
   * be the way in (SQLite: `+p.nr`, which keeps the planner off the rowid).
   */
  persoonMatcht(termen: string, zicht: Zicht, test?: boolean): Expression<SqlBool> | null;
}

/** A value of `jsonLijst` as JavaScript, whichever engine made it. */
export const leesJson = <T>(waarde: unknown): T => (typeof waarde === 'string' ? JSON.parse(waarde) : waarde) as T;

/** The arguments of json_object / json_build_object: 'kolom', agg.kolom, ... */
export const jsonVelden = (kolommen: readonly string[]) =>
  sql.join(kolommen.flatMap((k) => [sql.lit(k), sql.ref(`agg.${k}`)]));
export const aggVolgorde = (volgorde: readonly string[]) => sql.join(volgorde.map((k) => sql.ref(`agg.${k}`)));

/** The words of a search, as both engines read them: letters, digits and marks; at most 16. */
export function zoekWoorden(termen: string): string[] {
  return (termen.normalize('NFC').match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).slice(0, 16);
}

// Transaction statements every engine understands.
export async function commit(db: Db): Promise<void> {
  await sql`commit`.execute(db);
}
/** Rolls back; some errors (disk full) already rolled back, so a failing rollback is not news. */
export async function rollback(db: Db): Promise<void> {
  try {
    await sql`rollback`.execute(db);
  } catch {
    /* nothing left to undo */
  }
}
export async function savepoint(db: Db, naam: string): Promise<void> {
  await sql`savepoint ${sql.id(naam)}`.execute(db);
}
export async function releaseSavepoint(db: Db, naam: string): Promise<void> {
  await sql`release savepoint ${sql.id(naam)}`.execute(db);
}
export async function rollbackToSavepoint(db: Db, naam: string): Promise<void> {
  await sql`rollback to savepoint ${sql.id(naam)}`.execute(db);
}
