/** API keys: the store only ever sees the SHA-256 of a secret, never the secret. */
import { createHash } from 'node:crypto';
import { type Ctx, nu } from './_context.js';
import type { Rij } from './_tabellen.js';
import { standaardVerloopdatum } from './verloop.js';
import type { SleutelInvoer, SleutelRecord } from './types.js';

const ROLLEN = ['lezer', 'regisseur', 'beheerder'];

/** The hash the store expects for a secret: SHA-256 as 64 lower-case hex digits. */
export function sleutelHash(geheim: string): string {
  return createHash('sha256').update(geheim, 'utf8').digest('hex');
}

/** Adds a key, or replaces rol and omschrijving of the key with this id (its hash and dates, expiry included, stay). */
export async function saveSleutel(ctx: Ctx, s: SleutelInvoer): Promise<void> {
  if (!s.id) throw new TypeError('Sleutel zonder id.');
  // Refuse anything that is not a hash, so a plain secret can never be stored by mistake.
  if (!/^[0-9a-f]{64}$/.test(s.hash))
    throw new TypeError('Sleutel: hash moet een SHA-256 in 64 hexadecimale tekens zijn.');
  if (!ROLLEN.includes(s.rol)) throw new RangeError(`Onbekende rol "${s.rol}"; kies uit ${ROLLEN.join(', ')}.`);
  const verloopt = s.verloopt ?? standaardVerloopdatum();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(verloopt) || Number.isNaN(Date.parse(verloopt))) {
    throw new RangeError(`Ongeldige verloopdatum "${verloopt}"; verwacht JJJJ-MM-DD.`);
  }
  await ctx.db
    .insertInto('sleutels')
    .values({
      id: s.id,
      hash: s.hash,
      rol: s.rol,
      omschrijving: s.omschrijving,
      aangemaakt: nu(),
      ingetrokken: null,
      verloopt,
    })
    .onConflict((oc) => oc.column('id').doUpdateSet({ rol: s.rol, omschrijving: s.omschrijving }))
    .execute();
  // A changed role applies at once in this process.
  ctx.gedeeld.sleutelCache.clear();
}

const uit = (r: Rij<'sleutels'>): SleutelRecord => ({
  id: r.id,
  hash: r.hash,
  rol: r.rol as SleutelRecord['rol'],
  omschrijving: r.omschrijving,
  aangemaakt: r.aangemaakt,
  ingetrokken: r.ingetrokken,
  verloopt: r.verloopt,
});

/**
 * Also returns revoked keys (ingetrokken set): the caller refuses them. A key found outside a transaction
 * is remembered for `sleutelCacheMs` (every request presents one); unknown keys are not, so a new key
 * works at once and random keys cannot fill the cache.
 */
export async function sleutelOpHash(ctx: Ctx, hash: string): Promise<SleutelRecord | undefined> {
  const { sleutelCache: cache, sleutelCacheMs: ms } = ctx.gedeeld;
  const bekend = ctx.tx ? undefined : cache.get(hash);
  if (bekend && bekend.tot > Date.now()) return { ...(bekend.record as SleutelRecord) };
  const r = await ctx.db.selectFrom('sleutels').selectAll().where('hash', '=', hash).executeTakeFirst();
  if (!r) return undefined;
  const record = uit(r);
  if (!ctx.tx && ms > 0) {
    if (cache.size >= 1000) cache.clear();
    cache.set(hash, { record, tot: Date.now() + ms });
  }
  return record;
}

/** True when an active key was revoked now; false when unknown or already revoked. */
export async function revokeSleutel(ctx: Ctx, id: string): Promise<boolean> {
  const r = await ctx.db
    .updateTable('sleutels')
    .set({ ingetrokken: nu() })
    .where('id', '=', id)
    .where('ingetrokken', 'is', null)
    .executeTakeFirst();
  // Refused at once in this process; another process's cache forgets it within its sleutelCacheMs.
  ctx.gedeeld.sleutelCache.clear();
  return Number(r.numUpdatedRows) === 1;
}

export async function listSleutels(ctx: Ctx): Promise<SleutelRecord[]> {
  const rijen = await ctx.db.selectFrom('sleutels').selectAll().orderBy('aangemaakt').orderBy('id').execute();
  return rijen.map(uit);
}
