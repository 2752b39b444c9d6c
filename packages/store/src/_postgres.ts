/**
 * Everything that only PostgreSQL understands lives here: the pool and its schema per gemeente, the
 * advisory lock that serialises writers, full-text search with tsvector and unaccent, JSON-array
 * membership and VACUUM after an erasure. `_sqlite.ts` is its counterpart.
 */
import { PostgresDialect, type SqlBool, sql } from 'kysely';
import pg from 'pg';
import { aggVolgorde, jsonVelden, type Motor, zoekWoorden } from './_motor.js';
import { OpslagFout } from './fouten.js';
import type { Zicht } from './types.js';

const INDEX: Readonly<Record<Zicht, string>> = { alles: 'zoekindex', formeel: 'zoekindex_formeel' };

/** First key of every advisory lock of ours ('NR'); the second names the gemeente (or 0 for set-up). */
const SLOTKLASSE = 0x4e52;
const BATCH = 500;

/** One schema per gemeente: tenant isolation in the database, not only in the application. */
export function schemaVan(gemeente: string): string {
  return `gemeente_${gemeente.replaceAll('-', '_')}`;
}

/** Counts (bigint) and numerics arrive as strings by default; every count of ours fits a double. */
const TYPEN = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  },
};

/** The URL without its password, to show where a store lives. */
export function describe(url: string, schema: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    return `${u.toString()}#${schema}`;
  } catch {
    return `postgres#${schema}`;
  }
}

/**
 * Creates the gemeente's schema and the unaccent extension when missing, and keeps a lock until `klaar`
 * is called: two instances starting together would otherwise race on CREATE and on the migrations.
 */
export async function prepare(
  url: string,
  schema: string,
  bestaand = false,
): Promise<{ unaccentSchema: string; klaar: () => Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const klaar = () => client.end().catch(() => undefined); // ending the session releases its lock
  try {
    await client.query('select pg_advisory_lock($1, 0)', [SLOTKLASSE]);
    if (bestaand) {
      const r = await client.query('select 1 from pg_namespace where nspname = $1', [schema]);
      if (r.rows.length === 0) throw new OpslagFout('onbekend', `Het schema ${schema} bestaat niet in deze database.`);
    }
    await client.query(`create schema if not exists ${pg.escapeIdentifier(schema)}`);
    const zoek = `select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace
                  where e.extname = 'unaccent'`;
    let r = await client.query<{ schema: string }>(zoek);
    if (r.rows.length === 0) {
      try {
        await client.query('create extension unaccent');
      } catch (e) {
        throw new Error(
          'De PostgreSQL-extensie unaccent ontbreekt en deze gebruiker mag haar niet aanmaken. ' +
            'Vraag de databasebeheerder eenmalig: CREATE EXTENSION unaccent;',
          { cause: e },
        );
      }
      r = await client.query<{ schema: string }>(zoek);
    }
    return { unaccentSchema: r.rows[0]!.schema, klaar };
  } catch (e) {
    await klaar();
    throw e;
  }
}

/** A pool whose connections see only the gemeente's schema (and pg_catalog). */
export function createPostgresDialect(url: string, schema: string): PostgresDialect {
  const pool = new pg.Pool({
    connectionString: url,
    options: `-c search_path=${pg.escapeIdentifier(schema)}`,
    types: TYPEN,
    application_name: 'netwerkregie',
    max: 10,
  });
  // An idle connection that dies (server restart) must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  pool.on('connect', benoemStatements);
  return new PostgresDialect({ pool });
}

/**
 * Named prepared statements: PostgreSQL parses and plans a named statement once per connection, where an
 * unnamed one is parsed again on every call (a read by id sends the same few statements all day). Only
 * statements with parameters (the fixed shapes of the store) and up to `MAX_BENOEMD` distinct texts per
 * process, so an import's statements of every batch size cannot fill the server's memory; the rest stay
 * unnamed. A statement's plan follows the schema: `search_path` is fixed per pool.
 */
const MAX_BENOEMD = 500;
const MAX_TEKST = 8000;
const namen = new Map<string, string>();
function naamVan(tekst: string): string | undefined {
  let naam = namen.get(tekst);
  if (naam === undefined && namen.size < MAX_BENOEMD && tekst.length <= MAX_TEKST) {
    naam = `nr${namen.size + 1}`;
    namen.set(tekst, naam);
  }
  return naam;
}

function benoemStatements(client: pg.PoolClient): void {
  // Through the prototype on every call, so whatever wraps pg's query there (a statement count) still sees it.
  const query = (...args: unknown[]) =>
    (Object.getPrototypeOf(client).query as (...a: unknown[]) => unknown).apply(client, args);
  client.query = ((tekst: unknown, waarden?: unknown, ...rest: unknown[]) => {
    if (typeof tekst === 'string' && Array.isArray(waarden) && waarden.length > 0 && rest.length === 0) {
      const name = naamVan(tekst);
      if (name !== undefined) return query({ name, text: tekst, values: waarden });
    }
    return query(tekst, waarden, ...rest);
  }) as typeof client.query;
}

/** Tables that can hold a person's name, e-mail or phone (or did, before an erasure blanked them). */
const PERSOONLIJKE_TABELLEN = [
  'personen',
  'zoekindex',
  'zoekindex_formeel',
  'historie',
  'audit',
  'sleutels',
  'indicatorstanden',
  'imports',
  'importbestanden',
];

export function postgresMotor(schema: string, unaccentSchema: string): Motor {
  const unaccent = sql.id(unaccentSchema, 'unaccent');
  // One index per view: a lezer's search must not match words of the informal network (AVG art. 9).
  const netwerk = { alles: sql``, formeel: sql`and o.netwerk = 'formeel'` };
  const document = (zicht: Zicht) => sql`to_tsvector('simple', ${unaccent}(concat_ws(' ', p.naam,
      (select string_agg(o.naam, ' ') from lidmaatschappen l join organisaties o on o.id = l.organisatie_id
        where l.persoon_id = p.id ${netwerk[zicht]}),
      (select string_agg(l.functie, ' ') from lidmaatschappen l join organisaties o on o.id = l.organisatie_id
        where l.persoon_id = p.id ${netwerk[zicht]}))))`;
  const indexen = (Object.keys(INDEX) as Zicht[]).map((zicht) => ({
    tabel: sql.id(INDEX[zicht]),
    document: document(zicht),
  }));

  return {
    soort: 'postgres',
    schema,
    // Byte order, as SQLite sorts: lists and pages come out the same whatever the server's locale.
    tekst: sql`text collate "C"`,
    kommagetal: 'double precision',
    bytes: 'bytea',
    volgnummer: (c) => c.generatedByDefaultAsIdentity(),
    rijnummer: (c) => c.generatedByDefaultAsIdentity(),
    bevatOperator: 'ilike',

    // Read committed, behind a per-gemeente lock: the writer sees everything committed before it got the
    // lock, as under SQLite's single writer. lock_timeout makes a waiting writer give up after 5 s, as
    // SQLite's busy_timeout does, instead of queueing without end behind a long import.
    // One round trip for all three (every read that writes an audit row starts one): a statement
    // without parameters goes by the simple protocol, which takes several at once.
    async beginWrite(db) {
      await sql
        .raw(
          `begin; set local lock_timeout = '5s'; select pg_advisory_xact_lock(${SLOTKLASSE}, hashtext(${pg.escapeLiteral(schema)}))`,
        )
        .execute(db);
    },
    async beginRead(db) {
      await sql`begin transaction isolation level repeatable read, read only`.execute(db);
    },
    // VACUUM FULL rewrites the tables into new files, so the erased values' dead tuples do not stay on
    // their pages; ANALYZE redraws the statistics samples (pg_statistic holds column values).
    async naWissen(root) {
      await sql`vacuum (full, analyze) ${sql.join(PERSOONLIJKE_TABELLEN.map((t) => sql.id(t)))}`.execute(root);
    },
    async voorSluiten() {},

    jsonLijst: (rijen, kolommen, volgorde) =>
      sql`(select coalesce(json_agg(json_build_object(${jsonVelden(kolommen)}) order by ${aggVolgorde(volgorde)}), '[]'::json) from ${rijen} as agg)`,

    jsonBevat: (kolom, waarde) =>
      sql<SqlBool>`exists (select 1 from jsonb_array_elements_text(${sql.ref(kolom)}::jsonb) as e(waarde) where e.waarde = ${waarde})`,

    // One statement per block whatever its size (so one named, planned statement per table): a text array
    // per column, unnested on the server. Every column an insertBulk writes is text.
    async insertRijen(db, tabel, kolommen, rijen) {
      const kolomlijst = sql.join(kolommen.map((k) => sql.id(k)));
      const reeksen = sql.join(kolommen.map((k) => sql`${rijen.map((r) => r[k] ?? null)}::text[]`));
      await sql`insert into ${sql.id(tabel)} (${kolomlijst}) select * from unnest(${reeksen})`.execute(db);
    },

    // Dropping an index locks its table until commit (readers of other sessions wait): bulk mode is only
    // taken for a store without any entity yet. A reader holding the table makes it give up after 1 s.
    async startBulk(db, tabellen, triggers) {
      const idx = await sql<{ naam: string; definitie: string }>`select indexname as naam, indexdef as definitie
        from pg_indexes where schemaname = ${schema} and tablename in (${sql.join(tabellen)})
          and indexdef not like 'CREATE UNIQUE %' order by indexname`.execute(db);
      const trg = await sql<{ naam: string; tabel: string }>`select t.tgname as naam, c.relname as tabel
        from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = ${schema} and t.tgname in (${sql.join(triggers)}) and t.tgenabled <> 'D'
        order by t.tgname`.execute(db);
      await sql`set local lock_timeout = '1s'`.execute(db);
      for (const x of idx.rows) await sql`drop index ${sql.id(x.naam)}`.execute(db);
      for (const x of trg.rows) await sql`alter table ${sql.id(x.tabel)} disable trigger ${sql.id(x.naam)}`.execute(db);
      await sql`set local lock_timeout = '5s'`.execute(db);
      return [
        ...idx.rows.map((x) => x.definitie),
        ...trg.rows.map(
          (x) => `alter table ${pg.escapeIdentifier(x.tabel)} enable trigger ${pg.escapeIdentifier(x.naam)}`,
        ),
      ];
    },

    async createZoekindex(db, zicht = 'alles') {
      const tabel = INDEX[zicht];
      await sql`create table ${sql.id(tabel)} (nr integer primary key, document tsvector not null)`.execute(db);
      await sql`create index ${sql.id(`${tabel}_document`)} on ${sql.id(tabel)} using gin (document)`.execute(db);
    },

    async fillZoekindex(db, zicht) {
      await sql`insert into ${sql.id(INDEX[zicht])} (nr, document) select p.nr, ${document(zicht)} from personen p`.execute(
        db,
      );
    },

    async indexeerPersonen(db, ids, onder) {
      const alle = [...ids];
      const grens = onder === undefined ? sql`true` : sql`nr < ${onder}`;
      for (let i = 0; i < alle.length; i += BATCH) {
        const deel = sql.join(alle.slice(i, i + BATCH));
        for (const { tabel, document } of indexen) {
          await sql`delete from ${tabel} where nr in (select nr from personen where id in (${deel}) and ${grens})`.execute(
            db,
          );
          await sql`insert into ${tabel} (nr, document)
            select p.nr, ${document} from personen p where p.id in (${deel}) and ${grens}`.execute(db);
        }
      }
    },

    async indexeerPersonenVanaf(db, vanaf) {
      // A bulk import filled these tables inside this very transaction, before autovacuum could ever
      // analyse them: without statistics the planner scanned every organisation once per person
      // (100,000 rows: 20 minutes). ANALYZE counts the transaction's own new rows and is cheap (a sample).
      await sql`analyze personen, lidmaatschappen, organisaties`.execute(db);
      for (const { tabel, document } of indexen) {
        await sql`delete from ${tabel} where nr >= ${vanaf}`.execute(db);
        await sql`insert into ${tabel} (nr, document) select p.nr, ${document} from personen p where p.nr >= ${vanaf}`.execute(
          db,
        );
      }
    },

    // The identity sequence only grows and every insert runs under the writers' lock, so any new nr is
    // above today's highest.
    async volgendPersoonNr(db) {
      const r = await sql<{ nr: number }>`select coalesce(max(nr), 0) + 1 as nr from personen`.execute(db);
      return r.rows[0]!.nr;
    },

    async deleteFromZoekindex(db, persoonId) {
      for (const { tabel } of indexen) {
        await sql`delete from ${tabel} where nr = (select nr from personen where id = ${persoonId})`.execute(db);
      }
    },

    // Dead tuples go with naWissen's VACUUM FULL, after the commit.
    async schoonNaWissen() {},

    persoonMatcht(termen, zicht) {
      const vraag = tsVraag(termen);
      if (vraag === null) return null;
      return sql<SqlBool>`${sql.ref('p.nr')} in (select nr from ${sql.id(INDEX[zicht])} where document @@ to_tsquery('simple', ${unaccent}(${vraag})))`;
    },
  };
}

/**
 * Turns user input into a safe tsquery: every word quoted, all words required (&), the last one as a
 * prefix (:*). The words hold only letters, digits and marks, so no tsquery syntax gets through.
 */
export function tsVraag(termen: string): string | null {
  const woorden = zoekWoorden(termen)
    .map((w) => w.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase())
    .filter((w) => w !== '');
  if (woorden.length === 0) return null;
  return woorden.map((w, i) => `'${w}'${i === woorden.length - 1 ? ':*' : ''}`).join(' & ');
}
