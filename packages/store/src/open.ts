/** Opens (and if needed creates and migrates) the database file of one gemeente. */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Kysely } from 'kysely';
import type { Ctx, Gedeeld } from './_context.js';
import { migreer } from './_schema.js';
import { checkpoint, maakDialect, openLezer, openSqlite } from './_sqlite.js';
import { maakStore } from './_store.js';
import type { Tabellen } from './_tabellen.js';
import type { OpenOpties, Store } from './types.js';

const SLUG = /^[a-z][a-z0-9-]{1,40}$/;

export async function openStore(opties: OpenOpties): Promise<Store> {
  const { gemeente } = opties;
  // The slug becomes a file name: refuse anything that could climb out of data/.
  if (typeof gemeente !== 'string' || !SLUG.test(gemeente)) {
    throw new RangeError(
      `Ongeldige gemeente "${gemeente}"; verwacht kleine letters, cijfers en streepjes, zoals "almere".`,
    );
  }
  const pad = opties.pad === ':memory:' ? ':memory:' : resolve(opties.pad ?? join('data', `${gemeente}.db`));
  if (pad !== ':memory:') mkdirSync(dirname(pad), { recursive: true });

  const root = new Kysely<Tabellen>({ dialect: maakDialect(() => openSqlite(pad)) });
  try {
    await migreer(root);
    await controleerGemeente(root, gemeente);
  } catch (e) {
    await root.destroy();
    throw e;
  }

  // An in-memory database exists only on its one connection, so it reads there too.
  const lezer = pad === ':memory:' ? root : new Kysely<Tabellen>({ dialect: maakDialect(() => openLezer(pad)) });
  const gedeeld: Gedeeld = { gemeente, pad, root, lezer, sjablonen: new Map(), gesloten: false };
  const ctx: Ctx = { db: root, tx: null, gedeeld };
  let sluiten: Promise<void> | undefined;
  const sluit = () => {
    sluiten ??= (async () => {
      gedeeld.gesloten = true;
      if (lezer !== root) await lezer.destroy();
      if (pad !== ':memory:') await checkpoint(root);
      await root.destroy();
    })();
    return sluiten;
  };
  return maakStore(ctx, sluit);
}

/** One file, one gemeente: the first open writes the slug, later opens must name the same one. */
async function controleerGemeente(db: Kysely<Tabellen>, gemeente: string): Promise<void> {
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
