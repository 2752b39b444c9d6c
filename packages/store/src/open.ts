/**
 * Opens (and if needed creates and migrates) the store of one gemeente: a SQLite file, or a schema in a
 * PostgreSQL database.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Kysely } from 'kysely';
import type { Ctx, Gedeeld } from './_context.js';
import type { Motor } from './_motor.js';
import { createPostgresDialect, describe, postgresMotor, prepare, schemaVan } from './_postgres.js';
import { migrate } from './_schema.js';
import { createDialect, openLezer, openSqlite, SQLITE } from './_sqlite.js';
import { createStore } from './_store.js';
import type { Tabellen } from './_tabellen.js';
import { wachtOpAudit } from './audit.js';
import { OpslagFout, translateFout } from './fouten.js';
import type { OpenOpties, Store } from './types.js';

const SLUG = /^[a-z][a-z0-9-]{1,40}$/;

/** The folder the database files live in when nothing else is said. */
export const DEFAULT_DATAMAP = 'data';

/** The default database file of a gemeente: `<dataMap>/<slug>.db`. The one place this rule is written. */
export function defaultDb(slug: string, dataMap = DEFAULT_DATAMAP): string {
  return join(dataMap, `${slug}.db`);
}

interface Verbinding {
  motor: Motor;
  pad: string;
  root: Kysely<Tabellen>;
  /** For reads outside transactions. */
  lezer: Kysely<Tabellen>;
  /** Called once migrations are done (PostgreSQL: releases the lock that keeps other openers out). */
  klaar?: () => Promise<void>;
}

export async function openStore(opties: OpenOpties): Promise<Store> {
  try {
    return await open(opties);
  } catch (e) {
    throw translateFout(e);
  }
}

async function open(opties: OpenOpties): Promise<Store> {
  const { gemeente } = opties;
  // The slug becomes a file or schema name: refuse anything that could climb out of data/.
  if (typeof gemeente !== 'string' || !SLUG.test(gemeente)) {
    throw new RangeError(
      `Ongeldige gemeente "${gemeente}"; verwacht kleine letters, cijfers en streepjes, zoals "almere".`,
    );
  }
  if (opties.url !== undefined && opties.pad !== undefined) {
    throw new TypeError('Geef een databasebestand (pad) of een PostgreSQL-adres (url), niet allebei.');
  }
  const bestaand = opties.bestaand === true;
  const v =
    opties.url !== undefined
      ? await verbindPostgres(opties.url, gemeente, bestaand)
      : verbindSqlite(opties.pad, gemeente, bestaand);
  try {
    await migrate(v.root, v.motor);
    await verifyGemeente(v.root, gemeente);
  } catch (e) {
    if (v.lezer !== v.root) await v.lezer.destroy();
    await v.root.destroy();
    throw e;
  } finally {
    await v.klaar?.();
  }

  const { motor, pad, root, lezer } = v;
  const gedeeld: Gedeeld = {
    gemeente,
    sjablonen: new Map(),
    sleutelCache: new Map(),
    sleutelCacheMs: opties.sleutelCacheMs ?? 5000,
    gesloten: false,
    motor,
    pad,
    root,
    lezer,
  };
  const ctx: Ctx = { db: v.root, tx: null, gedeeld, zicht: 'alles' };
  let sluiten: Promise<void> | undefined;
  const close = () => {
    sluiten ??= (async () => {
      // Audit rows still queued for the group commit are written first (see audit.ts).
      await wachtOpAudit(gedeeld).catch(() => undefined);
      gedeeld.gesloten = true;
      if (v.lezer !== v.root) await v.lezer.destroy();
      await v.motor.voorSluiten(v.root);
      await v.root.destroy();
    })();
    return sluiten;
  };
  return createStore(ctx, close);
}

function verbindSqlite(gekozen: string | undefined, gemeente: string, bestaand: boolean): Verbinding {
  const pad = gekozen === ':memory:' ? ':memory:' : resolve(gekozen ?? defaultDb(gemeente));
  if (bestaand && pad !== ':memory:' && !existsSync(pad)) {
    throw new OpslagFout('onbekend', `Het databasebestand ${pad} bestaat niet.`);
  }
  if (pad !== ':memory:') mkdirSync(dirname(pad), { recursive: true });
  const root = new Kysely<Tabellen>({ dialect: createDialect(() => openSqlite(pad)) });
  // An in-memory database exists only on its one connection, so it reads there too.
  const lezer = pad === ':memory:' ? root : new Kysely<Tabellen>({ dialect: createDialect(() => openLezer(pad)) });
  return { motor: SQLITE, pad, root, lezer };
}

async function verbindPostgres(url: string, gemeente: string, bestaand: boolean): Promise<Verbinding> {
  if (typeof url !== 'string' || !/^postgres(ql)?:\/\//.test(url)) {
    throw new TypeError('Het PostgreSQL-adres moet beginnen met postgres:// of postgresql://.');
  }
  const schema = schemaVan(gemeente);
  const { unaccentSchema, klaar } = await prepare(url, schema, bestaand);
  // One pool: PostgreSQL gives every connection its own snapshot, so reads need no separate connection.
  const root = new Kysely<Tabellen>({ dialect: createPostgresDialect(url, schema) });
  return { motor: postgresMotor(schema, unaccentSchema), pad: describe(url, schema), root, lezer: root, klaar };
}

/** One file (or schema), one gemeente: the first open writes the slug, later opens must name the same one. */
async function verifyGemeente(db: Kysely<Tabellen>, gemeente: string): Promise<void> {
  await db
    .insertInto('instellingen')
    .values({ sleutel: 'gemeente', waarde: gemeente })
    .onConflict((oc) => oc.column('sleutel').doNothing())
    .execute();
  const rij = await db
    .selectFrom('instellingen')
    .select('waarde')
    .where('sleutel', '=', 'gemeente')
    .executeTakeFirstOrThrow();
  if (rij.waarde !== gemeente) {
    throw new Error(`Dit databasebestand hoort bij gemeente "${rij.waarde}", niet bij "${gemeente}".`);
  }
}
