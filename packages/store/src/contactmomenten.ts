import { type Contactmoment, ContactmomentSchema } from '@netwerkregie/domain';
import { type Ctx, write } from './_context.js';
import { validateDatum } from './_datum.js';
import { contactmomentUit } from './_rijen.js';
import { CONTACTMOMENT } from './_soorten.js';
import { upsert } from './_upsert.js';
import { validateBron } from './historie.js';
import { lijst, paginate, type Sorteerbaar, count, venster } from './pagina.js';
import type { Bron, ContactmomentFilter, Lijst, Pagina, Wijziging } from './types.js';

export async function upsertContactmoment(ctx: Ctx, invoer: Contactmoment, bron: Bron): Promise<Wijziging[]> {
  validateBron(bron);
  const m = ContactmomentSchema.parse(invoer);
  return write(ctx, async (c) => (await upsert(c, CONTACTMOMENT, m, bron)).wijzigingen);
}

export const contactmoment = (ctx: Ctx, id: string): Promise<Contactmoment | undefined> => CONTACTMOMENT.read(ctx, id);

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
  if (filter.vanaf !== undefined) q = q.where('datum', '>=', validateDatum(filter.vanaf, 'vanaf'));
  if (filter.tot !== undefined) q = q.where('datum', '<', validateDatum(filter.tot, 'tot'));
  const [rijen, totaal] = await Promise.all([paginate(q.selectAll(), v).execute(), count(q)]);
  return lijst(rijen.map(contactmomentUit), totaal, v);
}
