/**
 * Everything that only SQLite understands lives here: the connection and its pragmas, BEGIN IMMEDIATE,
 * the FTS5 search index, JSON-array membership and WAL checkpoints. A PostgreSQL dialect replaces this
 * module; the rest of the package speaks Kysely's query builder.
 */
import Database from 'better-sqlite3';
import { type Expression, type Kysely, type RawBuilder, type SqlBool, SqliteDialect, sql } from 'kysely';

/** Opens the file with the pragmas the store relies on. */
export function openSqlite(pad: string): Database.Database {
  const db = new Database(pad, { timeout: 5000 });
  // Wait for another writer instead of failing at once; set first, as switching to WAL may need a lock.
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  // WAL + NORMAL never corrupts; it may lose the last commits on power loss, which a re-import repairs.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // Freed space is zeroed, so an erased person's bytes do not linger in free pages (AVG art. 17).
  db.pragma('secure_delete = ON');
  db.pragma('cache_size = -65536');
  return db;
}

/** A read-only second connection: in WAL mode it reads the last commit while a long transaction writes. */
export function openLezer(pad: string): Database.Database {
  const db = new Database(pad, { readonly: true, fileMustExist: true, timeout: 5000 });
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -16384');
  return db;
}

/**
 * Kysely's dialect over one connection, opened on first use (Kysely closes only what it opened);
 * prepared statements are cached because imports repeat a few queries a million times.
 */
export function maakDialect(open: () => Database.Database): SqliteDialect {
  const cache = new Map<string, Database.Statement>();
  return new SqliteDialect({
    database: async () => {
      const db = open();
      return {
        close() {
          cache.clear();
          db.close();
        },
        prepare(tekst: string) {
          let stmt = cache.get(tekst);
          if (!stmt) {
            stmt = db.prepare(tekst);
            if (cache.size >= 500) cache.delete(cache.keys().next().value as string);
            cache.set(tekst, stmt);
          }
          return stmt;
        },
      };
    },
  });
}

// biome-ignore lint/suspicious/noExplicitAny: the transaction statements do not depend on the schema
type Db = Kysely<any>;

/** IMMEDIATE takes the write lock at once, so two writers queue (busy_timeout) instead of deadlocking on upgrade. */
export async function beginSchrijven(db: Db): Promise<void> {
  await sql`begin immediate`.execute(db);
}
/** A deferred transaction that only reads: one consistent snapshot, no write lock. */
export async function beginLezen(db: Db): Promise<void> {
  await sql`begin`.execute(db);
}
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

/** Writes the WAL back into the file and truncates it, so no old page images stay in the -wal file. */
export async function checkpoint(db: Db): Promise<void> {
  await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
}

/** True when the JSON array in `kolom` holds `waarde`. */
export function jsonBevat(kolom: string, waarde: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`exists (select 1 from json_each(${sql.ref(kolom)}) where value = ${waarde})`;
}

// --- Search index -------------------------------------------------------------------------------

/**
 * One FTS5 row per person, rowid = personen.nr. A regular (not contentless) table, so a delete removes
 * the person's tokens properly; 'optimize' after an erasure merges the segments and drops them for good.
 */
export async function maakZoekindex(db: Db): Promise<void> {
  await sql`create virtual table zoekindex using fts5(
    naam, organisaties, functies, tokenize = 'unicode61 remove_diacritics 2'
  )`.execute(db);
}

const BATCH = 500;

/** The columns of one person's index row, from `personen p`. */
const ZOEKRIJ = sql`p.nr, p.naam,
        (select group_concat(o.naam, ' ') from lidmaatschappen l join organisaties o on o.id = l.organisatie_id
          where l.persoon_id = p.id),
        (select group_concat(l.functie, ' ') from lidmaatschappen l where l.persoon_id = p.id)`;

/**
 * Rebuilds the index rows of these persons from the tables (persons that no longer exist are skipped);
 * with `onder`, only those whose nr is below it (the rest is rebuilt by indexeerPersonenVanaf).
 */
export async function indexeerPersonen(db: Db, ids: Iterable<string>, onder?: number): Promise<void> {
  const alle = [...ids];
  const grens = onder === undefined ? sql`1` : sql`nr < ${onder}`;
  for (let i = 0; i < alle.length; i += BATCH) {
    const deel = sql.join(alle.slice(i, i + BATCH));
    await sql`delete from zoekindex where rowid in (select nr from personen where id in (${deel}) and ${grens})`.execute(
      db,
    );
    await sql`insert into zoekindex (rowid, naam, organisaties, functies)
      select ${ZOEKRIJ}
      from personen p where p.id in (${deel}) and ${grens}`.execute(db);
  }
}

/** Rebuilds the index rows of every person whose nr is `vanaf` or higher, in one insert-select (bulk imports). */
export async function indexeerPersonenVanaf(db: Db, vanaf: number): Promise<void> {
  await sql`delete from zoekindex where rowid >= ${vanaf}`.execute(db);
  await sql`insert into zoekindex (rowid, naam, organisaties, functies)
    select ${ZOEKRIJ}
    from personen p where p.nr >= ${vanaf} order by p.nr`.execute(db);
}

/** The lowest nr a person inserted from now on can get: SQLite gives a new rowid of max(rowid) + 1. */
export async function volgendPersoonNr(db: Db): Promise<number> {
  const r = await sql<{ nr: number }>`select coalesce(max(nr), 0) + 1 as nr from personen`.execute(db);
  return r.rows[0]!.nr;
}

/** Removes a person's index row; call before the person's row goes (the rowid is looked up there). */
export async function verwijderUitZoekindex(db: Db, persoonId: string): Promise<void> {
  await sql`delete from zoekindex where rowid = (select nr from personen where id = ${persoonId})`.execute(db);
}

/** Merges all index segments, which drops deleted rows' tokens from the shadow tables. */
export async function optimaliseerZoekindex(db: Db): Promise<void> {
  await sql`insert into zoekindex (zoekindex) values ('optimize')`.execute(db);
}

/** ANALYZE's samples (sqlite_stat4) copy index keys such as e-mail addresses; drop them after an erasure. */
export async function wisStatistiekMonsters(db: Db): Promise<void> {
  const r = await sql<{ n: number }>`select count(*) as n from sqlite_master where name = 'sqlite_stat4'`.execute(db);
  if ((r.rows[0]?.n ?? 0) > 0) await sql`delete from sqlite_stat4`.execute(db);
}

/**
 * Turns user input into a safe FTS5 query: every word quoted (so `"`, `(`, `*`, `AND`, `NEAR` are plain
 * text), all words required, the last one as a prefix. Null when the input holds no word at all.
 */
export function zoekVraag(termen: string): string | null {
  const woorden = (termen.normalize('NFC').match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).slice(0, 16);
  if (woorden.length === 0) return null;
  return woorden.map((w, i) => `"${w}"${i === woorden.length - 1 ? '*' : ''}`).join(' ');
}

/** Condition on a person row aliased `p`: its index row matches the query. */
export function persoonMatcht(vraag: string): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref('p.nr')} in (select rowid from zoekindex where zoekindex match ${vraag})`;
}
