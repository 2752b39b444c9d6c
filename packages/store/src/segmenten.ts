import { type Segment, SegmentSchema } from '@netwerkregie/domain';
import { type Ctx, schrijf } from './_context.js';
import { segmentUit } from './_rijen.js';
import { SEGMENT } from './_soorten.js';
import { upsert } from './_upsert.js';
import { controleerBron } from './historie.js';
import { lijst, pagineer, type Sorteerbaar, tel, venster } from './pagina.js';
import type { Bron, Lijst, Pagina, Wijziging } from './types.js';

/** Adds or changes a saved selection (one history row per changed field); removing one is `verwijder('segment', id, bron)`. */
export async function upsertSegment(ctx: Ctx, invoer: Segment, bron: Bron): Promise<Wijziging[]> {
  controleerBron(bron);
  const s = SegmentSchema.parse(invoer);
  return schrijf(ctx, async (c) => (await upsert(c, SEGMENT, s, bron)).wijzigingen);
}

export const segment = (ctx: Ctx, id: string): Promise<Segment | undefined> => SEGMENT.lees(ctx, id);

const SORTEERBAAR: Sorteerbaar = { naam: ['naam'], id: ['id'] };

/** The saved selections, by name. */
export async function listSegmenten(ctx: Ctx, pagina?: Pagina): Promise<Lijst<Segment>> {
  const v = venster(pagina, SORTEERBAAR, 'naam', 'id');
  const q = ctx.db.selectFrom('segmenten');
  const [rijen, totaal] = await Promise.all([pagineer(q.selectAll(), v).execute(), tel(q)]);
  return lijst(rijen.map(segmentUit), totaal, v);
}
