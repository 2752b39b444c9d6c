/**
 * Everything that only SQLite understands lives here: the connection and its pragmas, BEGIN IMMEDIATE,
 * the FTS5 search index, JSON-array membership and WAL checkpoints. `_postgres.ts` is its counterpart.
 */
import Database from 'better-sqlite3';
import { CompiledQuery, type Expression, type RawBuilder, type SqlBool, SqliteDialect, sql } from 'kysely';
import { aggVolgorde, type Db, jsonVelden, type Motor, zoekWoorden } from './_motor.js';
import type { Zicht } from './types.js';

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
export function createDialect(open: () => Database.Database): SqliteDialect {
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
            stmt = tekst.endsWith(RIJEN) ? rijenStatement(db.prepare(tekst)) : db.prepare(tekst);
            if (cache.size >= 500) cache.delete(cache.keys().next().value as string);
            cache.set(tekst, stmt);
          }
          return stmt;
        },
      };
    },
  });
}

/**
 * Marks a single-row INSERT whose parameters are those of many rows one after another (see `insertRijen`):
 * it runs once per row, in one call from Kysely. SQLite inserts single rows from one prepared statement
 * faster than multi-row VALUES (measured: 98,000 memberships in 0.9 s against 1.7 s in blocks of 100).
 */
const RIJEN = '/* rijen */';

function rijenStatement(stmt: Database.Statement): Database.Statement {
  const k = stmt.source.match(/\?/g)?.length ?? 0;
  if (k === 0) throw new Error('Een rijen-statement zonder parameters.');
  return {
    reader: false,
    run(parameters: unknown[]) {
      let changes = 0;
      for (let i = 0; i < parameters.length; i += k) changes += stmt.run(parameters.slice(i, i + k)).changes;
      return { changes, lastInsertRowid: 0 };
    },
  } as unknown as Database.Statement;
}

const BATCH = 500;

/** The columns of one person's index row, from `personen p`: all memberships, or only the formal ones. */
const ZOEKRIJ: Readonly<Record<Zicht, RawBuilder<unknown>>> = {
  alles: sql`p.nr, p.naam,
        (select group_concat(o.naam, ' ') from lidmaatschappen l join organisaties o on o.id = l.organisatie_id
          where l.persoon_id = p.id),
        (select group_concat(l.functie, ' ') from lidmaatschappen l where l.persoon_id = p.id)`,
  formeel: sql`p.nr, p.naam,
        (select group_concat(o.naam, ' ') from lidmaatschappen l join organisaties o on o.id = l.organisatie_id
          where l.persoon_id = p.id and o.netwerk = 'formeel'),
        (select group_concat(l.functie, ' ') from lidmaatschappen l join organisaties o on o.id = l.organisatie_id
          where l.persoon_id = p.id and o.netwerk = 'formeel')`,
};

/** One index per view: a lezer's search must not match words of the informal network (AVG art. 9). */
const INDEX: Readonly<Record<Zicht, string>> = { alles: 'zoekindex', formeel: 'zoekindex_formeel' };
const INDEXEN = Object.entries(INDEX).map(([zicht, tabel]) => ({ tabel: sql.id(tabel), rij: ZOEKRIJ[zicht as Zicht] }));

/** Writes the WAL back into the file and truncates it, so no old page images stay in the -wal file. */
async function checkpoint(db: Db): Promise<void> {
  await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
}

export const SQLITE: Motor = {
  soort: 'sqlite',
  tekst: 'text',
  kommagetal: 'real',
  bytes: 'blob',
  volgnummer: (c) => c.autoIncrement(),
  // `integer primary key` is the rowid already.
  rijnummer: (c) => c,
  // SQLite's LIKE ignores the case of ASCII letters already.
  bevatOperator: 'like',

  // IMMEDIATE takes the write lock at once, so two writers queue (busy_timeout) instead of deadlocking on upgrade.
  async beginWrite(db) {
    await sql`begin immediate`.execute(db);
  },
  // A deferred transaction that only reads: one consistent snapshot, no write lock.
  async beginRead(db) {
    await sql`begin`.execute(db);
  },
  naWissen: checkpoint,
  async voorSluiten(db) {
    const r = await sql<{ file: string }>`pragma database_list`.execute(db);
    // An in-memory database has no WAL to fold back.
    if (r.rows[0]?.file) await checkpoint(db);
  },

  // ORDER BY inside an aggregate: SQLite 3.44 and later.
  jsonLijst: (rijen, kolommen, volgorde) =>
    sql`(select coalesce(json_group_array(json_object(${jsonVelden(kolommen)}) order by ${aggVolgorde(volgorde)}), '[]') from ${rijen} as agg)`,

  jsonBevat: (kolom, waarde) =>
    sql<SqlBool>`exists (select 1 from json_each(${sql.ref(kolom)}) where value = ${waarde})`,

  async insertRijen(db, tabel, kolommen, rijen) {
    const tekst = `insert into "${tabel}" (${kolommen.map((k) => `"${k}"`).join(', ')}) values (${kolommen.map(() => '?').join(', ')}) ${RIJEN}`;
    const parameters: unknown[] = [];
    for (const rij of rijen) for (const k of kolommen) parameters.push(rij[k]);
    await db.executeQuery(CompiledQuery.raw(tekst, parameters));
  },

  // DDL is transactional in SQLite, and readers on the other connection keep seeing the last commit.
  async startBulk(db, tabellen, triggers) {
    const r = await sql<{ type: string; name: string; sql: string }>`select type, name, sql from sqlite_master
      where (type = 'index' and sql is not null and tbl_name in (${sql.join(tabellen)}))
         or (type = 'trigger' and name in (${sql.join(triggers)}))
      order by type, name`.execute(db);
    const weg = r.rows.filter((x) => x.type === 'trigger' || !/^\s*create\s+unique\b/i.test(x.sql));
    for (const x of weg) await sql`drop ${sql.raw(x.type)} ${sql.id(x.name)}`.execute(db);
    return weg.map((x) => x.sql);
  },

  /**
   * One FTS5 row per person, rowid = personen.nr. A regular (not contentless) table, so a delete removes
   * the person's tokens properly; 'optimize' after an erasure merges the segments and drops them for good.
   */
  async createZoekindex(db, zicht = 'alles') {
    await sql`create virtual table ${sql.id(INDEX[zicht])} using fts5(
      naam, organisaties, functies, tokenize = 'unicode61 remove_diacritics 2'
    )`.execute(db);
  },

  async fillZoekindex(db, zicht) {
    await sql`insert into ${sql.id(INDEX[zicht])} (rowid, naam, organisaties, functies)
      select ${ZOEKRIJ[zicht]} from personen p order by p.nr`.execute(db);
  },

  async indexeerPersonen(db, ids, onder) {
    const alle = [...ids];
    const grens = onder === undefined ? sql`1` : sql`nr < ${onder}`;
    for (let i = 0; i < alle.length; i += BATCH) {
      const deel = sql.join(alle.slice(i, i + BATCH));
      for (const { tabel, rij } of INDEXEN) {
        await sql`delete from ${tabel} where rowid in (select nr from personen where id in (${deel}) and ${grens})`.execute(
          db,
        );
        await sql`insert into ${tabel} (rowid, naam, organisaties, functies)
          select ${rij}
          from personen p where p.id in (${deel}) and ${grens}`.execute(db);
      }
    }
  },

  async indexeerPersonenVanaf(db, vanaf) {
    for (const { tabel, rij } of INDEXEN) {
      await sql`delete from ${tabel} where rowid >= ${vanaf}`.execute(db);
      await sql`insert into ${tabel} (rowid, naam, organisaties, functies)
        select ${rij}
        from personen p where p.nr >= ${vanaf} order by p.nr`.execute(db);
    }
  },

  // SQLite gives a new rowid of max(rowid) + 1.
  async volgendPersoonNr(db) {
    const r = await sql<{ nr: number }>`select coalesce(max(nr), 0) + 1 as nr from personen`.execute(db);
    return r.rows[0]!.nr;
  },

  async deleteFromZoekindex(db, persoonId) {
    for (const { tabel } of INDEXEN) {
      await sql`delete from ${tabel} where rowid = (select nr from personen where id = ${persoonId})`.execute(db);
    }
  },

  async schoonNaWissen(db) {
    // Merging all index segments drops deleted rows' tokens from the shadow tables.
    for (const { tabel } of INDEXEN) await sql`insert into ${tabel} (${tabel}) values ('optimize')`.execute(db);
    // ANALYZE's samples (sqlite_stat4) copy index keys such as e-mail addresses.
    const r = await sql<{ n: number }>`select count(*) as n from sqlite_master where name = 'sqlite_stat4'`.execute(db);
    if ((r.rows[0]?.n ?? 0) > 0) await sql`delete from sqlite_stat4`.execute(db);
  },

  persoonMatcht(termen, zicht, test = false) {
    const vraag = zoekVraag(termen);
    return vraag === null ? null : persoonMatchtVraag(vraag, INDEX[zicht], test);
  },
};

/**
 * Turns user input into a safe FTS5 query: every word quoted (so `"`, `(`, `*`, `AND`, `NEAR` are plain
 * text), all words required, the last one as a prefix. Null when the input holds no word at all.
 */
export function zoekVraag(termen: string): string | null {
  const woorden = zoekWoorden(termen);
  if (woorden.length === 0) return null;
  return woorden.map((w, i) => `"${w}"${i === woorden.length - 1 ? '*' : ''}`).join(' ');
}

function persoonMatchtVraag(vraag: string, index: string, test: boolean): Expression<SqlBool> {
  return sql<SqlBool>`${test ? sql`+${sql.ref('p.nr')}` : sql.ref('p.nr')} in (select rowid from ${sql.id(index)} where ${sql.id(index)} match ${vraag})`;
}
