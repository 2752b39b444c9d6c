import { type Deelname, DeelnameSchema } from '@netwerkregie/domain';
import { type Ctx, write } from './_context.js';
import { deelnameUit } from './_rijen.js';
import { DEELNAME } from './_soorten.js';
import { upsert } from './_upsert.js';
import { validateBron } from './historie.js';
import type { Bron, Wijziging } from './types.js';

export async function upsertDeelname(ctx: Ctx, invoer: Deelname, bron: Bron): Promise<Wijziging[]> {
  validateBron(bron);
  const d = DeelnameSchema.parse(invoer);
  return write(ctx, async (c) => (await upsert(c, DEELNAME, d, bron)).wijzigingen);
}

export const deelname = (ctx: Ctx, id: string): Promise<Deelname | undefined> => DEELNAME.read(ctx, id);

export async function deelnamesVanOverleg(ctx: Ctx, overlegId: string): Promise<Deelname[]> {
  const rijen = await ctx.db
    .selectFrom('deelnames')
    .selectAll()
    .where('overleg_id', '=', overlegId)
    .orderBy('id')
    .execute();
  return rijen.map(deelnameUit);
}
