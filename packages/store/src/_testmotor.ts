/**
 * The engine the store tests run against (never imported by the package itself). Without
 * NR_TEST_DATABASE_URL: SQLite files. With it (scripts/met-postgres.sh sets it): PostgreSQL, where each
 * test "file" becomes a database of its own, so the same tests run unchanged on both engines.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { type OpenOpties, openStore, type Store } from '@netwerkregie/store';
import Database from 'better-sqlite3';
import pg from 'pg';

const URL_ = process.env.NR_TEST_DATABASE_URL;
export const MOTOR: 'sqlite' | 'postgres' = URL_ ? 'postgres' : 'sqlite';

let teller = 0;
const databases = new Map<string, string>();

/** The URL of the test database that stands for `pad`; the same pad gives the same database. */
async function databaseVoor(pad: string | undefined): Promise<string> {
  const vast = pad !== undefined && pad !== ':memory:';
  const naam = vast
    ? `nr_${createHash('sha256').update(pad).digest('hex').slice(0, 20)}`
    : `nr_m_${process.pid}_${++teller}_${Math.floor(Math.random() * 1e9)}`;
  if (!databases.has(naam)) {
    await withBeheer(async (c) => {
      const bestaat = await c.query('select 1 from pg_database where datname = $1', [naam]);
      if (bestaat.rowCount === 0) await c.query(`create database ${pg.escapeIdentifier(naam)}`);
    });
    const u = new URL(URL_!);
    u.pathname = `/${naam}`;
    databases.set(naam, u.toString());
  }
  return databases.get(naam)!;
}

/** Runs fn with a client of its own on the test server (by default its main database). */
export async function withBeheer<T>(fn: (c: pg.Client) => Promise<T>, url = URL_!): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** openStore on the engine under test; `pad` names the store (a file for SQLite, a database for PostgreSQL). */
export async function openTest(opties: OpenOpties): Promise<Store> {
  if (MOTOR === 'sqlite') return openStore(opties);
  const { pad, ...rest } = opties;
  return openStore({ ...rest, url: await databaseVoor(pad) });
}

const schema = (gemeente: string) => `gemeente_${gemeente.replaceAll('-', '_')}`;

/** Every row of every table the engine keeps for the store (SQLite's FTS5 shadow tables included). */
export async function alleRijen(
  pad: string,
  gemeente = 'almere',
): Promise<Record<string, Array<Record<string, unknown>>>> {
  const uit: Record<string, Array<Record<string, unknown>>> = {};
  if (MOTOR === 'sqlite') {
    const db = new Database(pad, { readonly: true });
    const tabellen = db.prepare("select name from sqlite_master where type = 'table' order by name").all();
    for (const { name } of tabellen as Array<{ name: string }>) {
      uit[name] = db.prepare(`select * from "${name}"`).all() as Array<Record<string, unknown>>;
    }
    db.close();
    return uit;
  }
  return withBeheer(
    async (c) => {
      const tabellen = await c.query<{ naam: string }>(
        "select table_name as naam from information_schema.tables where table_schema = $1 and table_type = 'BASE TABLE' order by 1",
        [schema(gemeente)],
      );
      for (const { naam } of tabellen.rows) {
        // A tsvector arrives as its text form, so its lexemes are searchable like any other value.
        const r = await c.query(
          `select * from ${pg.escapeIdentifier(schema(gemeente))}.${pg.escapeIdentifier(naam)} order by 1`,
        );
        uit[naam] = r.rows;
      }
      return uit;
    },
    await databaseVoor(pad),
  );
}

/** Runs one statement on the store's tables directly, past the store (a tamperer's edit); tables unqualified. */
export async function run(pad: string, statement: string, gemeente = 'almere'): Promise<void> {
  if (MOTOR === 'sqlite') {
    const db = new Database(pad);
    db.exec(statement);
    db.close();
    return;
  }
  await withBeheer(
    async (c) => {
      await c.query(`set search_path to ${pg.escapeIdentifier(schema(gemeente))}`);
      await c.query(statement);
    },
    await databaseVoor(pad),
  );
}

/**
 * The bytes the engine has on disk for the store: SQLite's file and WAL; PostgreSQL's relation files
 * (tables, indexes, TOAST) of the gemeente's schema, after a CHECKPOINT wrote its dirty pages. Reading
 * them needs a superuser, as the test server's user is.
 */
export async function opgeslagenBytes(pad: string, gemeente = 'almere'): Promise<Buffer> {
  if (MOTOR === 'sqlite') {
    const delen = [readFileSync(pad)];
    if (existsSync(`${pad}-wal`)) delen.push(readFileSync(`${pad}-wal`));
    return Buffer.concat(delen);
  }
  return withBeheer(
    async (c) => {
      await c.query('checkpoint');
      const r = await c.query<{ bestand: string }>(
        `select pg_relation_filepath(k.oid) as bestand
         from pg_class k join pg_namespace n on n.oid = k.relnamespace
        where n.nspname = $1 and k.relkind in ('r', 'i', 'm')
       union
       select pg_relation_filepath(k.reltoastrelid) from pg_class k join pg_namespace n on n.oid = k.relnamespace
        where n.nspname = $1 and k.reltoastrelid <> 0
       union
       select pg_relation_filepath(t.indexrelid) from pg_class k join pg_namespace n on n.oid = k.relnamespace
         join pg_index t on t.indrelid = k.reltoastrelid where n.nspname = $1`,
        [schema(gemeente)],
      );
      const delen: Buffer[] = [];
      for (const { bestand } of r.rows) {
        if (!bestand) continue;
        const b = await c.query<{ inhoud: Buffer }>('select pg_read_binary_file($1) as inhoud', [bestand]);
        if (b.rows[0]?.inhoud) delen.push(b.rows[0].inhoud);
      }
      return Buffer.concat(delen);
    },
    await databaseVoor(pad),
  );
}

/** Runs ANALYZE, which copies column values (e-mail addresses) into the engine's statistics. */
export async function analyze(pad: string): Promise<void> {
  if (MOTOR === 'sqlite') {
    const db = new Database(pad);
    db.exec('analyze');
    db.close();
    return;
  }
  await withBeheer((c) => c.query('analyze'), await databaseVoor(pad));
}

/** Column values the engine keeps as statistics (sqlite_stat4 samples, pg_stats' common values and histograms). */
export async function statistiek(pad: string, gemeente = 'almere'): Promise<string> {
  if (MOTOR === 'sqlite') {
    const db = new Database(pad, { readonly: true });
    const heeft = db.prepare("select count(*) as n from sqlite_master where name = 'sqlite_stat4'").get() as {
      n: number;
    };
    const rijen = heeft.n > 0 ? db.prepare('select sample from sqlite_stat4').all() : [];
    db.close();
    return rijen.map((r) => Buffer.from((r as { sample: Buffer }).sample).toString('latin1')).join('\n');
  }
  return withBeheer(
    async (c) => {
      const r = await c.query<{ t: string | null }>(
        "select concat_ws(' ', most_common_vals::text, histogram_bounds::text) as t from pg_stats where schemaname = $1",
        [schema(gemeente)],
      );
      return r.rows.map((x) => x.t ?? '').join('\n');
    },
    await databaseVoor(pad),
  );
}

/** The store's indexes and triggers as the engine describes them (PostgreSQL: whether each trigger is on). */
export async function schemaObjecten(pad: string, gemeente = 'almere'): Promise<string[]> {
  if (MOTOR === 'sqlite') {
    const db = new Database(pad, { readonly: true });
    const r = db
      .prepare(
        "select type || ' ' || name || ' ' || coalesce(sql, '') as x from sqlite_master where type in ('index', 'trigger') order by 1",
      )
      .pluck()
      .all() as string[];
    db.close();
    return r;
  }
  return withBeheer(
    async (c) => {
      const r = await c.query<{ x: string }>(
        `select 'index ' || indexname || ' ' || indexdef as x from pg_indexes where schemaname = $1
         union all
         select 'trigger ' || t.tgname || ' ' || t.tgenabled::text from pg_trigger t join pg_class k on k.oid = t.tgrelid
           join pg_namespace n on n.oid = k.relnamespace where n.nspname = $1 and not t.tgisinternal
         order by 1`,
        [schema(gemeente)],
      );
      return r.rows.map((x) => x.x);
    },
    await databaseVoor(pad),
  );
}
