import { naamSleutel, type Overleg, OverlegSchema } from '@netwerkregie/domain';
import { type Ctx, write } from './_context.js';
import { overlegUit } from './_rijen.js';
import { OVERLEG } from './_soorten.js';
import { upsert } from './_upsert.js';
import { validateBron } from './historie.js';
import { lijst, paginate, type Sorteerbaar, count, venster } from './pagina.js';
import type { Bron, Lijst, Pagina, Wijziging } from './types.js';

export async function upsertOverleg(ctx: Ctx, invoer: Overleg, bron: Bron): Promise<Wijziging[]> {
  validateBron(bron);
  const o = OverlegSchema.parse(invoer);
  return write(ctx, async (c) => (await upsert(c, OVERLEG, o, bron)).wijzigingen);
}

export const overleg = (ctx: Ctx, id: string): Promise<Overleg | undefined> => OVERLEG.read(ctx, id);

/** Same meeting structure by folded name; the oldest id wins if two share it. */
export async function overlegOpNaam(ctx: Ctx, naam: string): Promise<Overleg | undefined> {
  const r = await ctx.db
    .selectFrom('overleggen')
    .selectAll()
    .where('naam_sleutel', '=', naamSleutel(naam))
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return r && overlegUit(r);
}

const SORTEERBAAR: Sorteerbaar = { naam: ['naam_sleutel'], soort: ['soort'], id: ['id'] };

export async function listOverleggen(ctx: Ctx, pagina?: Pagina): Promise<Lijst<Overleg>> {
  const v = venster(pagina, SORTEERBAAR, 'naam', 'id');
  const q = ctx.db.selectFrom('overleggen');
  const [rijen, totaal] = await Promise.all([paginate(q.selectAll(), v).execute(), count(q)]);
  return lijst(rijen.map(overlegUit), totaal, v);
}
