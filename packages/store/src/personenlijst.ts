/** The list of persons as a screen shows it: filters, paging, and each person's memberships in one extra query. */
import type { Domein, Netwerk, Persoon } from '@netwerkregie/domain';
import type { Expression, SqlBool } from 'kysely';
import type { Ctx } from './_context.js';
import { validateDatum } from './_datum.js';
import { lidmaatschapUit, persoonUit } from './_rijen.js';
import { PERSOON } from './_soorten.js';
import { lijst, paginate, type Sorteerbaar, count, venster } from './pagina.js';
import type { KaartLidmaatschap, Lijst, Pagina, PersoonFilter, PersoonKaart } from './types.js';

const SORTEERBAAR: Sorteerbaar = {
  naam: ['p.naam_sleutel'],
  email: ['p.email'],
  telefoon: ['p.telefoon'],
  id: ['p.id'],
};

/** The filtered persons (aliased `p`), before paging; `extra` adds e.g. the full-text condition. */
function gefilterd(ctx: Ctx, filter: PersoonFilter, extra?: Expression<SqlBool>) {
  const { motor } = ctx.gedeeld;
  let q = ctx.db.selectFrom('personen as p');
  if (extra) q = q.where(extra);
  const { domein, wijk, rol, netwerk, organisatieId } = filter;
  if (domein !== undefined || wijk !== undefined || rol !== undefined || netwerk !== undefined || organisatieId) {
    // All membership criteria on one and the same membership.
    // An uncorrelated IN is evaluated once into a temporary index; a correlated EXISTS ran once per
    // person, which made every filtered page and its count scan all memberships (100-300 ms at 50,000).
    q = q.where((eb) => {
      let sub = eb
        .selectFrom('lidmaatschappen as l')
        .innerJoin('organisaties as o', 'o.id', 'l.organisatie_id')
        .select('l.persoon_id');
      if (domein !== undefined) sub = sub.where('o.domein', '=', domein);
      if (netwerk !== undefined) sub = sub.where('o.netwerk', '=', netwerk);
      if (organisatieId !== undefined) sub = sub.where('l.organisatie_id', '=', organisatieId);
      if (wijk !== undefined) sub = sub.where(motor.jsonBevat('o.wijken', wijk));
      if (rol !== undefined) sub = sub.where(motor.jsonBevat('l.rollen', rol));
      return eb('p.id', 'in', sub);
    });
  }
  if (filter.getraind !== undefined) {
    const getraind = filter.getraind;
    q = q.where((eb) => {
      const getrainden = eb.selectFrom('trainingen as t').select('t.persoon_id');
      return getraind ? eb('p.id', 'in', getrainden) : eb('p.id', 'not in', getrainden);
    });
  }
  if (filter.nietGesprokenSinds !== undefined) {
    const sinds = validateDatum(filter.nietGesprokenSinds, 'nietGesprokenSinds');
    q = q.where((eb) =>
      eb.and([
        eb.not(
          eb.exists(
            eb
              .selectFrom('lidmaatschappen as l')
              .innerJoin('contactmomenten as c', 'c.organisatie_id', 'l.organisatie_id')
              .select('c.id')
              .whereRef('l.persoon_id', '=', 'p.id')
              .where('c.datum', '>=', sinds),
          ),
        ),
        eb.not(
          eb.exists(
            eb
              .selectFrom('contactmomenten as c')
              .select('c.id')
              .whereRef('c.persoon_id', '=', 'p.id')
              .where('c.datum', '>=', sinds),
          ),
        ),
      ]),
    );
  }
  return q;
}

export async function personenLijst(
  ctx: Ctx,
  filter: PersoonFilter,
  pagina: Pagina | undefined,
  extra?: Expression<SqlBool>,
): Promise<Lijst<PersoonKaart>> {
  const v = venster(pagina, SORTEERBAAR, 'naam', 'p.id');
  const q = gefilterd(ctx, filter, extra);
  const [rijen, totaal] = await Promise.all([
    paginate(q.select(['p.id', 'p.naam', 'p.email', 'p.telefoon']), v).execute(),
    count(q),
  ]);
  return lijst(await kaarten(ctx, rijen.map(persoonUit)), totaal, v);
}

export function listPersonen(ctx: Ctx, filter: PersoonFilter, pagina?: Pagina): Promise<Lijst<PersoonKaart>> {
  return personenLijst(ctx, filter, pagina);
}

/**
 * One person as a list shows them (memberships with their organisation, trained or not); undefined when
 * not there. Read through the caller's view, like every read.
 */
export async function persoonKaart(ctx: Ctx, id: string): Promise<PersoonKaart | undefined> {
  const persoon = await PERSOON.read(ctx, id);
  return persoon && (await kaarten(ctx, [persoon]))[0];
}

/** Adds memberships and training to a page of persons: two queries for the whole page. */
export async function kaarten(ctx: Ctx, personen: Persoon[]): Promise<PersoonKaart[]> {
  if (personen.length === 0) return [];
  const ids = personen.map((p) => p.id);
  const [leden, getraind] = await Promise.all([
    ctx.db
      .selectFrom('lidmaatschappen as l')
      .innerJoin('organisaties as o', 'o.id', 'l.organisatie_id')
      .selectAll('l')
      .select(['o.naam as organisatie_naam', 'o.domein as organisatie_domein', 'o.netwerk as organisatie_netwerk'])
      .where('l.persoon_id', 'in', ids)
      .orderBy('o.naam_sleutel')
      .orderBy('l.id')
      .execute(),
    ctx.db.selectFrom('trainingen').select('persoon_id').distinct().where('persoon_id', 'in', ids).execute(),
  ]);
  const perPersoon = new Map<string, KaartLidmaatschap[]>();
  for (const r of leden) {
    const l: KaartLidmaatschap = {
      ...lidmaatschapUit(r),
      organisatieNaam: r.organisatie_naam,
      domein: r.organisatie_domein as Domein,
      netwerk: r.organisatie_netwerk as Netwerk,
    };
    const lijstje = perPersoon.get(l.persoonId);
    if (lijstje) lijstje.push(l);
    else perPersoon.set(l.persoonId, [l]);
  }
  const getraindSet = new Set(getraind.map((t) => t.persoon_id));
  return personen.map((p) => ({ ...p, lidmaatschappen: perPersoon.get(p.id) ?? [], getraind: getraindSet.has(p.id) }));
}
