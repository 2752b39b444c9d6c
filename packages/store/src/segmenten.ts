import { type Segment, SegmentSchema } from '@netwerkregie/domain';
import { type Ctx, write } from './_context.js';
import { segmentUit } from './_rijen.js';
import { SEGMENT } from './_soorten.js';
import { upsert } from './_upsert.js';
import { validateBron } from './historie.js';
import { count, lijst, paginate, type Sorteerbaar, venster } from './pagina.js';
import type { Bron, Lijst, Pagina, Wijziging } from './types.js';

/** Adds or changes a saved selection (one history row per changed field); removing one is `verwijder('segment', id, bron)`. */
export async function upsertSegment(ctx: Ctx, invoer: Segment, bron: Bron): Promise<Wijziging[]> {
  validateBron(bron);
  const s = SegmentSchema.parse(invoer);
  return write(ctx, async (c) => (await upsert(c, SEGMENT, s, bron)).wijzigingen);
}

export const segment = (ctx: Ctx, id: string): Promise<Segment | undefined> => SEGMENT.read(ctx, id);

const SORTEERBAAR: Sorteerbaar = { naam: ['naam'], id: ['id'] };

/** The saved selections, by name. */
export async function listSegmenten(ctx: Ctx, pagina?: Pagina): Promise<Lijst<Segment>> {
  const v = venster(pagina, SORTEERBAAR, 'naam', 'id');
  const q = ctx.db.selectFrom('segmenten');
  const [rijen, totaal] = await Promise.all([paginate(q.selectAll(), v).execute(), count(q)]);
  return lijst(rijen.map(segmentUit), totaal, v);
}
