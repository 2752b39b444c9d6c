/** The list of persons as a screen shows it: filters, paging, and each person's memberships in one extra query. */
import type { Domein, Netwerk, Rol } from '@netwerkregie/domain';
import { type Expression, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import type { Ctx } from './_context.js';
import { validateDatum } from './_datum.js';
import { viaCache } from './_leescache.js';
import { leesJson } from './_motor.js';
import { persoonUit } from './_rijen.js';
import { sjabloon } from './_sjabloon.js';
import type { Rij } from './_tabellen.js';
import { count, lijst, paginate, type Sorteerbaar, type Venster, venster } from './pagina.js';
import type { Lijst, Pagina, PersoonFilter, PersoonKaart } from './types.js';

const SORTEERBAAR: Sorteerbaar = {
  naam: ['p.naam_sleutel'],
  email: ['p.email'],
  telefoon: ['p.telefoon'],
  id: ['p.id'],
};

/** A condition on `p` beside the filter (the full-text one); `test` as in `Motor.persoonMatcht`. */
export type Voorwaarde = (test: boolean) => Expression<SqlBool>;

/**
 * The filtered persons (aliased `p`), before paging; `extra` adds e.g. the full-text condition. `test`: the
 * conditions only test persons found in sort order (see `personenLijst`); SQLite's planner then walks the
 * sort index instead of fetching every match to sort it.
 */
function gefilterd(ctx: Ctx, filter: PersoonFilter, extra?: Voorwaarde, test = false) {
  let q = ctx.db.selectFrom('personen as p');
  if (extra) q = q.where(extra(test));
  // SQLite: `+p.id` keeps the membership list from being the way in: when walking in sort order, and
  // beside a search, whose list must drive (SQLite otherwise ran the search once per member: 7 to 12 s).
  const alsTest = (test || extra !== undefined) && ctx.gedeeld.motor.soort === 'sqlite';
  const persoonId = alsTest ? sql<string>`+${sql.ref('p.id')}` : sql.ref('p.id');
  const { domein, wijk, rol, netwerk, organisatieId } = filter;
  if (domein !== undefined || wijk !== undefined || rol !== undefined || netwerk !== undefined || organisatieId) {
    // All membership criteria on one and the same membership. An uncorrelated IN is evaluated once
    // into a temporary index; a correlated EXISTS ran once per person (100-300 ms at 50,000).
    q = q.where((eb) => {
      // Key lookups on the rows of migration 0009 instead of the JSON of every membership: the district
      // rows (district and domain in one key), the organisation (through the view), the role rows (role
      // and organisation in one key, carrying the membership's person). CROSS JOIN fixes SQLite's join
      // order (it has no statistics to choose by); PostgreSQL plans it as an inner join.
      const rolEerst =
        rol !== undefined && wijk === undefined && domein === undefined && netwerk === undefined && !organisatieId;
      // biome-ignore lint/suspicious/noExplicitAny: joins of either membership table, aliased `l`
      let sub: SelectQueryBuilder<any, any, any>;
      if (wijk !== undefined) {
        sub = eb
          .selectFrom('organisatie_wijken as ow')
          .crossJoin('organisaties as o')
          .whereRef('o.id', '=', 'ow.organisatie_id');
        sub = sub.where('ow.wijk', '=', wijk);
        if (domein !== undefined) sub = sub.where('ow.domein', '=', domein);
      } else if (rolEerst) {
        sub = eb.selectFrom('lidmaatschap_rollen as l').crossJoin('organisaties as o');
      } else {
        sub = eb.selectFrom('organisaties as o');
      }
      if (!rolEerst) sub = sub.crossJoin(rol === undefined ? 'lidmaatschappen as l' : 'lidmaatschap_rollen as l');
      sub = sub.whereRef('l.organisatie_id', '=', 'o.id').select('l.persoon_id');
      if (rol !== undefined) sub = sub.where('l.rol', '=', rol);
      if (domein !== undefined) sub = sub.where('o.domein', '=', domein);
      if (netwerk !== undefined) sub = sub.where('o.netwerk', '=', netwerk);
      if (organisatieId !== undefined) sub = sub.where('o.id', '=', organisatieId);
      return eb(persoonId, 'in', sub);
    });
  }
  if (filter.getraind !== undefined) {
    const getraind = filter.getraind;
    q = q.where((eb) => {
      const getrainden = eb.selectFrom('trainingen as t').select('t.persoon_id');
      return getraind ? eb(persoonId, 'in', getrainden) : eb(persoonId, 'not in', getrainden);
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

/**
 * Up to this many persons a filtered list or a search counts exactly (or to the end of the page asked
 * for, when that lies further); past it `totaal` is a lower bound (`totaalIsOndergrens`). Counting every
 * match of a common word or role was most of such a request's time.
 */
export const TELGRENS = 1000;

/** Whether the filter narrows the persons beyond the view (then counting costs more than a table count). */
const filtert = (f: PersoonFilter): boolean =>
  f.domein !== undefined ||
  f.wijk !== undefined ||
  f.rol !== undefined ||
  f.netwerk !== undefined ||
  !!f.organisatieId ||
  f.getraind !== undefined ||
  f.nietGesprokenSinds !== undefined;

export async function personenLijst(
  ctx: Ctx,
  filter: PersoonFilter,
  pagina: Pagina | undefined,
  extra?: Voorwaarde,
): Promise<Lijst<PersoonKaart>> {
  const v = venster(pagina, SORTEERBAAR, 'naam', 'p.id');
  const q = gefilterd(ctx, filter, extra);
  if (extra === undefined && !filtert(filter)) {
    // The whole list (of the view): counted exactly, as screens page through all of it by `totaal`. The
    // page's ids first: sorting on name and id, SQLite would build a card for every row up to the offset.
    const ids = paginate(q.select('p.id'), v);
    const [rijen, totaal] = await Promise.all([kaartenVan(ctx, ids, v), count(q)]);
    return lijst((rijen as KaartRij[]).map(kaartUit), totaal, v);
  }
  const grens = Math.max(TELGRENS, v.offset + v.limiet);
  // The matches' ids, up to one past the cap: their number is the total, and when they are few the page
  // is sorted from them, so the filter runs once.
  const gevonden = (
    await q
      .clearSelect()
      .select('p.id')
      .limit(grens + 1)
      .execute()
  ).map((r) => r.id);
  const veel = gevonden.length > grens;
  if (gevonden.length === 0) return lijst([], 0, v);
  // Many matches: walk the persons in sort order, testing each, until the page is full. Either way the
  // cards are built for the page's persons only.
  const bron = veel
    ? gefilterd(ctx, filter, extra, true)
    : ctx.db.selectFrom('personen as p').where('p.id', 'in', gevonden);
  const rijen = await kaartenVan(ctx, paginate(bron.clearSelect().select('p.id'), v), v);
  const uit = lijst((rijen as KaartRij[]).map(kaartUit), Math.min(gevonden.length, grens), v);
  return veel ? { ...uit, totaalIsOndergrens: true } : uit;
}

/** The cards of one page's persons (`ids`: a query of their ids), in the page's order. */
// biome-ignore lint/suspicious/noExplicitAny: a query of person ids
function kaartenVan(ctx: Ctx, ids: SelectQueryBuilder<any, any, { id: string }>, v: Venster) {
  const q = ctx.db.selectFrom('personen as p').where('p.id', 'in', ids);
  return paginate(metKaart(ctx, q), { ...v, offset: 0 }).execute();
}

/** Repeated pages come from the read cache until something changes (see _leescache.ts). */
export function listPersonen(ctx: Ctx, filter: PersoonFilter, pagina?: Pagina): Promise<Lijst<PersoonKaart>> {
  return viaCache(ctx, ['lijst', filter, pagina], () => personenLijst(ctx, filter, pagina));
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
