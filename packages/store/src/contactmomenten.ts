import { type Contactmoment, ContactmomentSchema } from '@netwerkregie/domain';
import { type Ctx, schrijf } from './_context.js';
import { controleerDatum } from './_datum.js';
import { contactmomentUit } from './_rijen.js';
import { CONTACTMOMENT } from './_soorten.js';
import { upsert } from './_upsert.js';
import { controleerBron } from './historie.js';
import { lijst, pagineer, type Sorteerbaar, tel, venster } from './pagina.js';
import type { Bron, ContactmomentFilter, Lijst, Pagina, Wijziging } from './types.js';

export async function upsertContactmoment(ctx: Ctx, invoer: Contactmoment, bron: Bron): Promise<Wijziging[]> {
  controleerBron(bron);
  const m = ContactmomentSchema.parse(invoer);
  return schrijf(ctx, async (c) => (await upsert(c, CONTACTMOMENT, m, bron)).wijzigingen);
}

export const contactmoment = (ctx: Ctx, id: string): Promise<Contactmoment | undefined> => CONTACTMOMENT.lees(ctx, id);

const SORTEERBAAR: Sorteerbaar = {
  datum: ['datum'],
  kanaal: ['kanaal'],
  aanleiding: ['aanleiding'],
  initiatief: ['initiatief'],
  id: ['id'],
};

/** `vanaf` inclusive, `tot` exclusive; newest first by default. */
export async function listContactmomenten(
  ctx: Ctx,
  filter: ContactmomentFilter,
  pagina?: Pagina,
): Promise<Lijst<Contactmoment>> {
  const v = venster(pagina, SORTEERBAAR, '-datum', 'id');
  let q = ctx.db.selectFrom('contactmomenten');
  if (filter.organisatieId !== undefined) q = q.where('organisatie_id', '=', filter.organisatieId);
  if (filter.persoonId !== undefined) q = q.where('persoon_id', '=', filter.persoonId);
  if (filter.vanaf !== undefined) q = q.where('datum', '>=', controleerDatum(filter.vanaf, 'vanaf'));
  if (filter.tot !== undefined) q = q.where('datum', '<', controleerDatum(filter.tot, 'tot'));
  const [rijen, totaal] = await Promise.all([pagineer(q.selectAll(), v).execute(), tel(q)]);
  return lijst(rijen.map(contactmomentUit), totaal, v);
}
