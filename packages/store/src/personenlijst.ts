/** The list of persons as a screen shows it: filters, paging, and each person's memberships in one extra query. */
import type { Domein, Netwerk, Rol } from '@netwerkregie/domain';
import type { Expression, SelectQueryBuilder, SqlBool } from 'kysely';
import type { Ctx } from './_context.js';
import { validateDatum } from './_datum.js';
import { leesJson } from './_motor.js';
import { persoonUit } from './_rijen.js';
import { sjabloon } from './_sjabloon.js';
import type { Rij } from './_tabellen.js';
import { count, lijst, paginate, type Sorteerbaar, venster } from './pagina.js';
import type { Lijst, Pagina, PersoonFilter, PersoonKaart } from './types.js';

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
  const [rijen, totaal] = await Promise.all([paginate(metKaart(ctx, q), v).execute(), count(q)]);
  return lijst((rijen as KaartRij[]).map(kaartUit), totaal, v);
}

export function listPersonen(ctx: Ctx, filter: PersoonFilter, pagina?: Pagina): Promise<Lijst<PersoonKaart>> {
  return personenLijst(ctx, filter, pagina);
}

/** The membership fields of a card, in the order a card lists them. */
const LID = [
  'id',
  'persoonId',
  'organisatieId',
  'functie',
  'rollen',
  'begin',
  'einde',
  'organisatieNaam',
  'domein',
  'netwerk',
];

/**
 * The one builder of person cards, for one person and for a page alike: the person's columns, the
 * memberships with their organisation as one JSON array (ordered by organisation name, then id), and
 * whether trained. One statement per card or page: on PostgreSQL every statement is a round trip.
 */
// biome-ignore lint/suspicious/noExplicitAny: any query over `personen as p`
function metKaart(ctx: Ctx, q: SelectQueryBuilder<any, 'p', any>) {
  const { motor } = ctx.gedeeld;
  return q.select((eb) => [
    'p.id',
    'p.naam',
    'p.email',
    'p.telefoon',
    motor
      .jsonLijst(
        eb
          .selectFrom('lidmaatschappen as l')
          .innerJoin('organisaties as o', 'o.id', 'l.organisatie_id')
          .select([
            'l.id as id',
            'l.persoon_id as persoonId',
            'l.organisatie_id as organisatieId',
            'l.functie as functie',
            'l.rollen as rollen',
            'l.begin as begin',
            'l.einde as einde',
            'o.naam as organisatieNaam',
            'o.domein as domein',
            'o.netwerk as netwerk',
            'o.naam_sleutel as naamSleutel',
          ])
          .whereRef('l.persoon_id', '=', 'p.id'),
        LID,
        ['naamSleutel', 'id'],
      )
      .as('leden'),
    eb
      .exists(eb.selectFrom('trainingen as t').select('t.persoon_id').whereRef('t.persoon_id', '=', 'p.id'))
      .as('getraind'),
  ]);
}

type KaartRij = Pick<Rij<'personen'>, 'id' | 'naam' | 'email' | 'telefoon'> & { leden: unknown; getraind: unknown };

function kaartUit(r: KaartRij): PersoonKaart {
  const leden = leesJson<Array<Record<string, unknown>>>(r.leden);
  return {
    ...persoonUit(r),
    lidmaatschappen: leden.map((l) => ({
      id: l.id as string,
      persoonId: l.persoonId as string,
      organisatieId: l.organisatieId as string,
      functie: l.functie as string | null,
      rollen: JSON.parse(l.rollen as string) as Rol[],
      begin: l.begin as string | null,
      einde: l.einde as string | null,
      organisatieNaam: l.organisatieNaam as string,
      domein: l.domein as Domein,
      netwerk: l.netwerk as Netwerk,
    })),
    // SQLite answers 0 or 1, PostgreSQL a boolean.
    getraind: Boolean(r.getraind),
  };
}

const kaartOpId = sjabloon<{ id: string }>(['id'], (db, a, c) =>
  metKaart(c, db.selectFrom('personen as p').where('p.id', '=', a.id)),
);

/**
 * One person as a list shows them (memberships with their organisation, trained or not); undefined when
 * not there. Read through the caller's view, like every read.
 */
export async function persoonKaart(ctx: Ctx, id: string): Promise<PersoonKaart | undefined> {
  const rij = (await kaartOpId(ctx, { id })).rows[0] as KaartRij | undefined;
  return rij && kaartUit(rij);
}
