/**
 * The store version: a number that grows whenever anything the analysis reads changes, in this process or
 * another (the CLI importing beside a running server), so an analysis can be kept per version and the trend
 * knows when it is behind. It is the history table's highest id (every change to an entity writes a history
 * row, in the same transaction) plus a counter the confirmation tables bump by trigger (migration 0011).
 * Both only grow, so their sum does; keys, audit rows and trend points do not move it.
 */
import { sql } from 'kysely';
import { type Ctx, write } from './_context.js';
import { saveIndicatorStanden } from './indicatoren.js';
import type { IndicatorStand } from './types.js';

/** The current store version; read it before the snapshot it labels, so the snapshot is at least this new. */
export async function versie(ctx: Ctx): Promise<number> {
  const r = await sql<{ versie: number | string | null }>`select
      (select cast(waarde as bigint) from instellingen where sleutel = 'versie')
      + coalesce((select max(id) from historie), 0) as versie`.execute(ctx.db);
  return Number(r.rows[0]?.versie ?? 0);
}

/** The store version the latest trend point was computed from; null before the first (or before migration 0011). */
export async function trendVersie(ctx: Ctx): Promise<number | null> {
  const r = await ctx.db
    .selectFrom('instellingen')
    .select('waarde')
    .where('sleutel', '=', 'trendversie')
    .executeTakeFirst();
  return r ? Number(r.waarde) : null;
}

/**
 * Keeps a trend point (every indicator's value) computed from store version `versie`, and that version,
 * in one transaction. A point from an older version than the one kept already is still kept (it is what
 * that change did), but the kept version never goes back.
 */
export async function saveTrendStanden(ctx: Ctx, standen: IndicatorStand[], versie: number): Promise<void> {
  if (!Number.isSafeInteger(versie) || versie < 0) throw new RangeError(`Ongeldige storeversie ${versie}.`);
  await write(ctx, async (c) => {
    await saveIndicatorStanden(c, standen);
    const huidig = await trendVersie(c);
    if (huidig !== null && huidig >= versie) return;
    await c.db
      .insertInto('instellingen')
      .values({ sleutel: 'trendversie', waarde: String(versie) })
      .onConflict((oc) => oc.column('sleutel').doUpdateSet({ waarde: String(versie) }))
      .execute();
  });
}
