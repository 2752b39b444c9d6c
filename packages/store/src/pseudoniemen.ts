/**
 * Data subjects in the processing log are pseudonyms: HMAC(gemeente secret, salt + person id), with a
 * random salt per person in `betrokkenen`. Erasure deletes the salt, so nobody, not even with the
 * secret and the old id, can link the log's rows to the person again.
 */
import { randomBytes } from 'node:crypto';
import type { Ctx, Gedeeld } from './_context.js';
import { geheim, hmac } from './_keten.js';
import { versie as storeVersie } from './versie.js';

const BLOK = 500;

/**
 * Pseudonyms computed before, per store, for the audit's group commit: a search row names 20 persons,
 * and each would cost a salt lookup and an HMAC. Kept under the store version (versie.ts), read inside
 * the writing transaction: an erasure deletes the salt and writes a history row in one commit, so after
 * an erasure by this process or any other the version differs and the whole cache goes. SQLite only:
 * one writer at a time gives history ids in commit order; on PostgreSQL a later commit can hold a lower
 * id, and the version would not move. Only salts read from the file are kept, never ones this
 * transaction made (it may roll back).
 */
interface Cache {
  versie: number;
  pseudoniemen: Map<string, string>;
}
const caches = new WeakMap<Gedeeld, Cache>();
/** About 100 bytes each; a busy store's persons fit many times. */
const MAX_GECACHT = 200_000;

/** Forgets every cached pseudonym of the store (an erasure in this process, after its commit). */
export function vergeetPseudoniemen(gedeeld: Gedeeld): void {
  caches.delete(gedeeld);
}

async function cacheVoor(c: Ctx): Promise<Map<string, string> | null> {
  if (!c.tx?.alleenAudit || c.gedeeld.motor.soort !== 'sqlite') return null;
  const versie = await storeVersie(c);
  let cache = caches.get(c.gedeeld);
  if (cache?.versie !== versie || cache.pseudoniemen.size > MAX_GECACHT) {
    cache = { versie, pseudoniemen: new Map() };
    caches.set(c.gedeeld, cache);
  }
  return cache.pseudoniemen;
}

const pseudo = (g: Buffer, zout: string, id: string) => hmac(g, `${zout}:${id}`).slice(0, 32);

/** Pseudonyms for these persons, creating salts for the ones without; call inside a write. */
export async function pseudonymize(c: Ctx, persoonIds: readonly string[]): Promise<string[]> {
  const ids = [...new Set(persoonIds)];
  if (ids.length === 0) return [];
  const g = await geheim(c.db, c.gedeeld);
  const gecacht = await cacheVoor(c);
  const gezocht = gecacht ? ids.filter((id) => !gecacht.has(id)) : ids;
  if (gezocht.length === 0 && gecacht) return ids.map((id) => gecacht.get(id) as string);
  const zouten = new Map<string, string>();
  for (let i = 0; i < gezocht.length; i += BLOK) {
    const deel = gezocht.slice(i, i + BLOK);
    const rijen = await c.db.selectFrom('betrokkenen').selectAll().where('persoon_id', 'in', deel).execute();
    for (const r of rijen) {
      zouten.set(r.persoon_id, r.zout);
      gecacht?.set(r.persoon_id, pseudo(g, r.zout, r.persoon_id));
    }
  }
  const nieuw = gezocht
    .filter((id) => !zouten.has(id))
    .map((id) => ({ persoon_id: id, zout: randomBytes(16).toString('hex') }));
  for (let i = 0; i < nieuw.length; i += BLOK) {
    await c.db
      .insertInto('betrokkenen')
      .values(nieuw.slice(i, i + BLOK))
      .execute();
  }
  for (const n of nieuw) zouten.set(n.persoon_id, n.zout);
  return ids.map((id) => gecacht?.get(id) ?? pseudo(g, zouten.get(id) as string, id));
}

/** The person's pseudonym, or undefined when no processing ever touched them (or they were erased). */
export async function pseudoniem(ctx: Ctx, persoonId: string): Promise<string | undefined> {
  const rij = await ctx.db
    .selectFrom('betrokkenen')
    .select('zout')
    .where('persoon_id', '=', persoonId)
    .executeTakeFirst();
  if (!rij) return undefined;
  return pseudo(await geheim(ctx.db, ctx.gedeeld), rij.zout, persoonId);
}
