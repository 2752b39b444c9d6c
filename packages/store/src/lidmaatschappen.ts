import { type Lidmaatschap, LidmaatschapSchema } from '@netwerkregie/domain';
import { type Ctx, mark, write } from './_context.js';
import { lidmaatschapUit } from './_rijen.js';
import { LIDMAATSCHAP } from './_soorten.js';
import { upsert } from './_upsert.js';
import { validateBron } from './historie.js';
import type { Bron, Wijziging } from './types.js';

/** A second membership id for the same (persoonId, organisatieId) fails on the unique index. */
export async function upsertLidmaatschap(ctx: Ctx, invoer: Lidmaatschap, bron: Bron): Promise<Wijziging[]> {
  validateBron(bron);
  const l = LidmaatschapSchema.parse(invoer);
  return write(ctx, async (c) => {
    const { wijzigingen, oud } = await upsert(c, LIDMAATSCHAP, l, bron);
    // Organisation names and functions are in the person's search row.
    const zoekbaar = wijzigingen.some((w) => ['*', 'persoonId', 'organisatieId', 'functie'].includes(w.veld));
    if (zoekbaar) mark(c, l.persoonId, oud?.persoonId);
    return wijzigingen;
  });
}

export const lidmaatschap = (ctx: Ctx, id: string): Promise<Lidmaatschap | undefined> => LIDMAATSCHAP.read(ctx, id);

export async function lidmaatschappenVanPersoon(ctx: Ctx, persoonId: string): Promise<Lidmaatschap[]> {
  const rijen = await ctx.db
    .selectFrom('lidmaatschappen')
    .selectAll()
    .where('persoon_id', '=', persoonId)
    .orderBy('id')
    .execute();
  return rijen.map(lidmaatschapUit);
}

export async function lidmaatschappenVanOrganisatie(ctx: Ctx, organisatieId: string): Promise<Lidmaatschap[]> {
  const rijen = await ctx.db
    .selectFrom('lidmaatschappen')
    .selectAll()
    .where('organisatie_id', '=', organisatieId)
    .orderBy('id')
    .execute();
  return rijen.map(lidmaatschapUit);
}
