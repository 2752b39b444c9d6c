/**
 * Data subjects in the processing log are pseudonyms: HMAC(gemeente secret, salt + person id), with a
 * random salt per person in `betrokkenen`. Erasure deletes the salt, so nobody, not even with the
 * secret and the old id, can link the log's rows to the person again.
 */
import { randomBytes } from 'node:crypto';
import type { Ctx } from './_context.js';
import { geheim, hmac } from './_keten.js';

const BLOK = 500;

const pseudo = (g: Buffer, zout: string, id: string) => hmac(g, `${zout}:${id}`).slice(0, 32);

/** Pseudonyms for these persons, creating salts for the ones without; call inside a write. */
export async function pseudonymize(c: Ctx, persoonIds: readonly string[]): Promise<string[]> {
  const ids = [...new Set(persoonIds)];
  if (ids.length === 0) return [];
  const g = await geheim(c.db, c.gedeeld);
  const zouten = new Map<string, string>();
  for (let i = 0; i < ids.length; i += BLOK) {
    const deel = ids.slice(i, i + BLOK);
    const rijen = await c.db.selectFrom('betrokkenen').selectAll().where('persoon_id', 'in', deel).execute();
    for (const r of rijen) zouten.set(r.persoon_id, r.zout);
  }
  const nieuw = ids
    .filter((id) => !zouten.has(id))
    .map((id) => ({ persoon_id: id, zout: randomBytes(16).toString('hex') }));
  for (let i = 0; i < nieuw.length; i += BLOK) {
    await c.db
      .insertInto('betrokkenen')
      .values(nieuw.slice(i, i + BLOK))
      .execute();
  }
  for (const n of nieuw) zouten.set(n.persoon_id, n.zout);
  return ids.map((id) => pseudo(g, zouten.get(id) as string, id));
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
