/**
 * What a role may see, decided once: a view's reads go to database views (`formeel_<tabel>`) instead of
 * the tables. A Kysely plugin renames every entity table a query names, so no read function can forget
 * the rule, and counts, filters and subqueries are computed over the visible rows only.
 */
import {
  type Kysely,
  type KyselyPlugin,
  OperationNodeTransformer,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  sql,
  TableNode,
  type UnknownRow,
} from 'kysely';
import { BESCHRIJVINGEN } from './_soorten.js';
import type { Zicht } from './types.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
type Db = Kysely<any>;

/**
 * Whether the organisation or person in `kolom` is in the formal network: a lookup on the primary key.
 * A person's `formeel` flag (migration 0006) is kept by triggers on memberships and organisations, so the
 * view no longer looks through every person's memberships (50,000 persons: a lezer's list 67 ms -> 1 ms).
 */
const formeleOrganisatie = (kolom: string) =>
  `exists (select 1 from organisaties o where o.id = ${kolom} and o.netwerk = 'formeel')`;
const formelePersoon = (kolom: string) =>
  `exists (select 1 from personen fp where fp.id = ${kolom} and fp.formeel = 1)`;

/** Migration 0004's test of a person, from before the flag: a migration must not change. */
const formelePersoon0004 = (kolom: string) =>
  `exists (select 1 from lidmaatschappen l join organisaties o on o.id = l.organisatie_id
    where l.persoon_id = ${kolom} and o.netwerk = 'formeel')`;

/**
 * The formal network: organisations with `netwerk = 'formeel'`, their memberships, and the persons with at
 * least one of those. What refers to an invisible organisation or person is invisible too. Meeting
 * structures (overleggen) belong to no network and stay visible; their participations do not.
 */
function formeel(persoon: (kolom: string) => string, personen: string): Readonly<Record<string, string>> {
  return {
    organisaties: `select * from organisaties where netwerk = 'formeel'`,
    lidmaatschappen: `select * from lidmaatschappen where ${formeleOrganisatie('lidmaatschappen.organisatie_id')}`,
    personen,
    deelnames: `select * from deelnames
    where (organisatie_id is null or ${formeleOrganisatie('deelnames.organisatie_id')})
      and (persoon_id is null or ${persoon('deelnames.persoon_id')})`,
    relaties: `select * from relaties
    where (entiteit = 'organisatie' and ${formeleOrganisatie('relaties.van')} and ${formeleOrganisatie('relaties.naar')})
       or (entiteit = 'persoon' and ${persoon('relaties.van')} and ${persoon('relaties.naar')})`,
    contactmomenten: `select * from contactmomenten
    where ${formeleOrganisatie('contactmomenten.organisatie_id')}
      and (persoon_id is null or ${persoon('contactmomenten.persoon_id')})`,
    trainingen: `select * from trainingen where ${persoon('trainingen.persoon_id')}`,
  };
}

/**
 * Migration 0004: the views of the formal network (same SQL on SQLite and PostgreSQL). A migration must not
 * change, so a later kind's view is created by that kind's own migration.
 */
export async function createZichtViews(db: Db): Promise<void> {
  const views = formeel(formelePersoon0004, `select * from personen where ${formelePersoon0004('personen.id')}`);
  for (const [tabel, select] of Object.entries(views)) {
    await sql`create view ${sql.id(`formeel_${tabel}`)} as ${sql.raw(select)}`.execute(db);
  }
}

/**
 * Migration 0006: the views that test a person, again, now reading the person's stored flag.
 */
export async function maakZichtViewsMetVlag(db: Db): Promise<void> {
  const views = formeel(formelePersoon, 'select * from personen where formeel = 1');
  for (const [tabel, select] of Object.entries(views)) {
    if (tabel === 'organisaties' || tabel === 'lidmaatschappen') continue;
    await sql`drop view ${sql.id(`formeel_${tabel}`)}`.execute(db);
    await sql`create view ${sql.id(`formeel_${tabel}`)} as ${sql.raw(select)}`.execute(db);
  }
}

/**
 * Migration 0009 (SQLite): the formal persons' view again, its test marked `likely` (most persons have a
 * formal membership). Without statistics SQLite otherwise took the flag's index for the way in and
 * read every formal person to find the few a filter or search had already named by id.
 */
export async function maakPersonenViewWaarschijnlijk(db: Db): Promise<void> {
  await sql`drop view formeel_personen`.execute(db);
  await sql`create view formeel_personen as select * from personen where likely(formeel = 1)`.execute(db);
}

let viewTabellen: ReadonlySet<string> | undefined;
/** The tables the formal view reads through `formeel_<tabel>`: as the descriptors say (computed late, for import cycles). */
export function formeleViews(): ReadonlySet<string> {
  viewTabellen ??= new Set(
    Object.values(BESCHRIJVINGEN)
      .filter((b) => b.formeel === 'view')
      .map((b) => b.tabel),
  );
  return viewTabellen;
}

class FormeelTransformer extends OperationNodeTransformer {
  protected override transformTable(node: TableNode): TableNode {
    const naam = node.table.identifier.name;
    if (node.table.schema || !formeleViews().has(naam)) return super.transformTable(node);
    return TableNode.create(`formeel_${naam}`);
  }
}

/** Renames the entity tables to the formal views, in the query's from, joins, subqueries and references alike. */
class FormeelPlugin implements KyselyPlugin {
  readonly #transformer = new FormeelTransformer();
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#transformer.transformNode(args.node, args.queryId);
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

const FORMEEL_PLUGIN = new FormeelPlugin();

/** The connection as the view sees it: unchanged for `alles`, through the views for `formeel`. */
export function zichtDb<T>(db: Kysely<T>, zicht: Zicht): Kysely<T> {
  return zicht === 'alles' ? db : db.withPlugin(FORMEEL_PLUGIN);
}

/** True when `nieuw` shows no more than `huidig`: a view may narrow, never widen. */
export const vernauwt = (nieuw: Zicht, huidig: Zicht): boolean => huidig === 'alles' || nieuw === huidig;
