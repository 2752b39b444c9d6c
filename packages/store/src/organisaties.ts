import { naamSleutel, type Organisatie, OrganisatieSchema } from '@netwerkregie/domain';
import { type Ctx, mark, write } from './_context.js';
import { organisatieUit } from './_rijen.js';
import { ORGANISATIE } from './_soorten.js';
import { upsert } from './_upsert.js';
import { validateBron } from './historie.js';
import { lijst, paginate, type Sorteerbaar, count, venster } from './pagina.js';
import type { Bron, Lijst, OrganisatieFilter, Pagina, Wijziging } from './types.js';

export async function upsertOrganisatie(ctx: Ctx, invoer: Organisatie, bron: Bron): Promise<Wijziging[]> {
  validateBron(bron);
  const o = OrganisatieSchema.parse(invoer);
  return write(ctx, async (c) => {
    const { wijzigingen, oud } = await upsert(c, ORGANISATIE, o, bron);
    if (oud && (oud.naam !== o.naam || oud.netwerk !== o.netwerk)) {
      // The organisation's name is in its members' search rows; its network decides which index holds it.
      const leden = await c.db
        .selectFrom('lidmaatschappen')
        .select('persoon_id')
        .where('organisatie_id', '=', o.id)
        .execute();
      mark(c, ...leden.map((l) => l.persoon_id));
    }
    return wijzigingen;
  });
}

export const organisatie = (ctx: Ctx, id: string): Promise<Organisatie | undefined> => ORGANISATIE.read(ctx, id);

/** Same organisation by the import's identity rule: the folded name. The oldest id wins if two share it. */
export async function organisatieOpNaam(ctx: Ctx, naam: string): Promise<Organisatie | undefined> {
  const r = await ctx.db
    .selectFrom('organisaties')
    .selectAll()
    .where('naam_sleutel', '=', naamSleutel(naam))
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return r && organisatieUit(r);
}

const SORTEERBAAR: Sorteerbaar = {
  naam: ['naam_sleutel'],
  domein: ['domein'],
  netwerk: ['netwerk'],
  soort: ['soort'],
  id: ['id'],
};

export async function listOrganisaties(
  ctx: Ctx,
  filter: OrganisatieFilter,
  pagina?: Pagina,
): Promise<Lijst<Organisatie>> {
  const v = venster(pagina, SORTEERBAAR, 'naam', 'id');
  if (filter.ids?.length === 0) return lijst([], 0, v);
  let q = ctx.db.selectFrom('organisaties');
  if (filter.domein !== undefined) q = q.where('domein', '=', filter.domein);
  if (filter.netwerk !== undefined) q = q.where('netwerk', '=', filter.netwerk);
  if (filter.wijk !== undefined) q = q.where(ctx.gedeeld.motor.jsonBevat('organisaties.wijken', filter.wijk));
  if (filter.ids !== undefined) q = q.where('id', 'in', filter.ids);
  const [rijen, totaal] = await Promise.all([paginate(q.selectAll(), v).execute(), count(q)]);
  return lijst(rijen.map(organisatieUit), totaal, v);
}
