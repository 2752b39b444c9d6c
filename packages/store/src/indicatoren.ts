/** The trend of the health indicators: the analysis appends a reading after each applied import or contact moment. */
import { type Ctx, write } from './_context.js';
import type { IndicatorStand } from './types.js';

const STATUSSEN = ['goed', 'aandacht', 'zorgelijk'];

export async function saveIndicatorStanden(ctx: Ctx, standen: IndicatorStand[]): Promise<void> {
  for (const s of standen) {
    if (!STATUSSEN.includes(s.status)) throw new RangeError(`Onbekende status "${s.status}" van ${s.indicatorId}.`);
    if (!Number.isFinite(s.waarde)) throw new RangeError(`Waarde van ${s.indicatorId} is geen getal.`);
  }
  if (standen.length === 0) return;
  await write(ctx, async (c) => {
    // Chunks keep each statement under SQLite's limit on bound variables.
    for (let i = 0; i < standen.length; i += 1000) {
      await c.db
        .insertInto('indicatorstanden')
        .values(
          standen.slice(i, i + 1000).map((s) => ({
            tijd: s.tijd,
            indicator_id: s.indicatorId,
            waarde: s.waarde,
            status: s.status,
            aanleiding: s.aanleiding,
          })),
        )
        .execute();
    }
  });
}

/** Oldest first. */
export async function listIndicatorStanden(ctx: Ctx, filter: { indicatorId?: string } = {}): Promise<IndicatorStand[]> {
  let q = ctx.db.selectFrom('indicatorstanden').selectAll();
  if (filter.indicatorId !== undefined) q = q.where('indicator_id', '=', filter.indicatorId);
  const rijen = await q.orderBy('tijd').orderBy('id').execute();
  return rijen.map((r) => ({
    tijd: r.tijd,
    indicatorId: r.indicator_id,
    waarde: r.waarde,
    status: r.status as IndicatorStand['status'],
    aanleiding: r.aanleiding,
  }));
}
