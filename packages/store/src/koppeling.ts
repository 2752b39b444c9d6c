/**
 * Reads for matching an import against the store a batch of keys at a time (docs/IMPORT.md, "Identity
 * and changes"), so a re-import need not hold the whole store in memory. Each answers every stored row
 * that has one of the keys asked, through the caller's view. Rows that share a key come in the order
 * of their id as the database sorts it (`order by id`, as in `momentopname`): where two rows share a
 * key, the caller decides which one counts. The keys are split into statements of at most PER_KEER,
 * and rows of one key always come from one statement.
 */
import {
  type Contactmoment,
  type Deelname,
  type Gemeente,
  type Lidmaatschap,
  naamSleutel,
  type Organisatie,
  type Overleg,
  type Persoon,
  type Training,
} from '@netwerkregie/domain';
import type { Ctx } from './_context.js';
import {
  contactmomentUit,
  deelnameUit,
  lidmaatschapUit,
  organisatieUit,
  overlegUit,
  persoonUit,
  trainingUit,
} from './_rijen.js';

/** Keys per statement: far below SQLite's and PostgreSQL's limits on parameters. */
const PER_KEER = 1000;

/** The kinds an import matches against, and whether this view sees any row of each. */
export interface GevuldeSoorten {
  organisaties: boolean;
  personen: boolean;
  lidmaatschappen: boolean;
  overleggen: boolean;
  deelnames: boolean;
  contactmomenten: boolean;
  trainingen: boolean;
}

/**
 * Which of the kinds an import matches against hold any row this view sees: one statement, so that
 * a first import into an empty store looks nothing up. Throws, as `momentopname` does, when the
 * `Gemeente` is not the store's own.
 */
export async function gevuldeSoorten(ctx: Ctx, gemeente: Gemeente): Promise<GevuldeSoorten> {
  if (gemeente.slug !== ctx.gedeeld.gemeente) {
    throw new RangeError(`Deze store hoort bij gemeente "${ctx.gedeeld.gemeente}", niet bij "${gemeente.slug}".`);
  }
  const r = await ctx.db
    .selectNoFrom((eb) => [
      eb.exists(eb.selectFrom('organisaties').select('id')).as('organisaties'),
      eb.exists(eb.selectFrom('personen').select('id')).as('personen'),
      eb.exists(eb.selectFrom('lidmaatschappen').select('id')).as('lidmaatschappen'),
      eb.exists(eb.selectFrom('overleggen').select('id')).as('overleggen'),
      eb.exists(eb.selectFrom('deelnames').select('id')).as('deelnames'),
      eb.exists(eb.selectFrom('contactmomenten').select('id')).as('contactmomenten'),
      eb.exists(eb.selectFrom('trainingen').select('id')).as('trainingen'),
    ])
    .executeTakeFirstOrThrow();
  // SQLite answers 0/1, PostgreSQL a boolean.
  return {
    organisaties: Boolean(r.organisaties),
    personen: Boolean(r.personen),
    lidmaatschappen: Boolean(r.lidmaatschappen),
    overleggen: Boolean(r.overleggen),
    deelnames: Boolean(r.deelnames),
    contactmomenten: Boolean(r.contactmomenten),
    trainingen: Boolean(r.trainingen),
  };
}

/** The organisations whose folded name (`naamSleutel`) is one of `sleutels`, by id. */
export async function organisatiesOpSleutels(ctx: Ctx, sleutels: readonly string[]): Promise<Organisatie[]> {
  const rijen = await perKeer(uniek(sleutels), (deel) =>
    ctx.db.selectFrom('organisaties').selectAll().where('naam_sleutel', 'in', deel).orderBy('id').execute(),
  );
  return rijen.map(organisatieUit);
}

/** The meeting structures whose folded name is one of `sleutels`, by id. */
export async function overleggenOpSleutels(ctx: Ctx, sleutels: readonly string[]): Promise<Overleg[]> {
  const rijen = await perKeer(uniek(sleutels), (deel) =>
    ctx.db.selectFrom('overleggen').selectAll().where('naam_sleutel', 'in', deel).orderBy('id').execute(),
  );
  return rijen.map(overlegUit);
}

/** The persons whose e-mail is exactly one of `emails` (the stored value, as the import normalises it), by id. */
export async function personenOpEmails(ctx: Ctx, emails: readonly string[]): Promise<Persoon[]> {
  const gevraagd = new Set(emails);
  const rijen = await perKeer([...gevraagd], (deel) =>
    ctx.db
      .selectFrom('personen')
      .select(['id', 'naam', 'email', 'telefoon'])
      // The expression of the unique index, so the index serves the lookup; the exact value is checked below.
      .where((eb) => eb.fn('lower', ['email']), 'in', deel)
      .orderBy('id')
      .execute(),
  );
  return rijen.filter((r) => r.email !== null && gevraagd.has(r.email)).map(persoonUit);
}

/**
 * The persons with a membership (current or ended) at `organisatieId` whose folded name is
 * `naamSleutel`, for each pair asked; one answer per membership, in the membership's id order.
 */
export async function personenOpNaamBinnenOrganisatie(
  ctx: Ctx,
  paren: ReadonlyArray<{ organisatieId: string; naamSleutel: string }>,
): Promise<Array<{ organisatieId: string; persoon: Persoon }>> {
  if (paren.length === 0) return [];
  const gevraagd = new Set(paren.map((p) => `${p.organisatieId}|${p.naamSleutel}`));
  const organisaties = uniek(paren.map((p) => p.organisatieId));
  // The members of the organisations asked, then only the pairs asked in JS. From the organisations, not
  // the names: a common name has hundreds of holders in a large store, an organisation a few members,
  // and a batch of a sheet names its organisations' members together. (A name filter in SQL made
  // SQLite, which has no statistics here, probe every name asked for every member.)
  const rijen = await perKeer(organisaties, (deel) =>
    ctx.db
      .selectFrom('lidmaatschappen as l')
      .innerJoin('personen as p', 'p.id', 'l.persoon_id')
      .select(['l.id as lid', 'l.organisatie_id', 'p.id', 'p.naam', 'p.email', 'p.telefoon'])
      .where('l.organisatie_id', 'in', deel)
      .orderBy('l.id')
      .execute(),
  );
  const uit: Array<{ organisatieId: string; persoon: Persoon }> = [];
  for (const r of rijen) {
    // The key as the import computes it from the name, not the stored column (the same by construction).
    if (gevraagd.has(`${r.organisatie_id}|${naamSleutel(r.naam)}`)) {
      uit.push({ organisatieId: r.organisatie_id, persoon: persoonUit(r) });
    }
  }
  return uit;
}

/** The memberships of each (person, organisation) pair asked, by id. */
export async function lidmaatschappenOpParen(
  ctx: Ctx,
  paren: ReadonlyArray<{ persoonId: string; organisatieId: string }>,
): Promise<Lidmaatschap[]> {
  const gevraagd = new Set(paren.map((p) => `${p.persoonId}|${p.organisatieId}`));
  // A person has few memberships: all of theirs, then the pairs asked.
  const rijen = await perKeer(uniek(paren.map((p) => p.persoonId)), (deel) =>
    ctx.db.selectFrom('lidmaatschappen').selectAll().where('persoon_id', 'in', deel).orderBy('id').execute(),
  );
  return rijen.filter((r) => gevraagd.has(`${r.persoon_id}|${r.organisatie_id}`)).map(lidmaatschapUit);
}

/** Every training of these persons, by id. */
export async function trainingenVanPersonen(ctx: Ctx, persoonIds: readonly string[]): Promise<Training[]> {
  const rijen = await perKeer(uniek(persoonIds), (deel) =>
    ctx.db.selectFrom('trainingen').selectAll().where('persoon_id', 'in', deel).orderBy('id').execute(),
  );
  return rijen.map(trainingUit);
}

/**
 * The participations of these persons, and the participations of these organisations that name no
 * person (the organisation's own): the persons' first.
 */
export async function deelnamesVan(
  ctx: Ctx,
  ids: { persoonIds: readonly string[]; organisatieIds: readonly string[] },
): Promise<Deelname[]> {
  const vanPersonen = await perKeer(uniek(ids.persoonIds), (deel) =>
    ctx.db.selectFrom('deelnames').selectAll().where('persoon_id', 'in', deel).orderBy('id').execute(),
  );
  const vanOrganisaties = await perKeer(uniek(ids.organisatieIds), (deel) =>
    ctx.db
      .selectFrom('deelnames')
      .selectAll()
      .where('organisatie_id', 'in', deel)
      .where('persoon_id', 'is', null)
      .orderBy('id')
      .execute(),
  );
  return [...vanPersonen, ...vanOrganisaties].map(deelnameUit);
}

/** The contact moments of each (organisation, date) pair asked, with or without a person, by id. */
export async function contactmomentenOpDatum(
  ctx: Ctx,
  paren: ReadonlyArray<{ organisatieId: string; datum: string }>,
): Promise<Contactmoment[]> {
  if (paren.length === 0) return [];
  const gevraagd = new Set(paren.map((p) => `${p.organisatieId}|${p.datum}`));
  // By organisation alone, the dates checked below: with both lists SQLite probes every pair of them.
  const rijen = await perKeer(uniek(paren.map((p) => p.organisatieId)), (deel) =>
    ctx.db.selectFrom('contactmomenten').selectAll().where('organisatie_id', 'in', deel).orderBy('id').execute(),
  );
  return rijen.filter((r) => gevraagd.has(`${r.organisatie_id}|${r.datum}`)).map(contactmomentUit);
}

/**
 * One page of the persons with a current membership (one without `einde`), in id order, after the
 * person `naId` (null: from the start). A full-list import names those it did not find.
 */
export async function personenMetActiefLidmaatschap(ctx: Ctx, naId: string | null, limiet: number): Promise<Persoon[]> {
  let q = ctx.db
    .selectFrom('personen as p')
    .select(['p.id', 'p.naam', 'p.email', 'p.telefoon'])
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('lidmaatschappen as l')
          .select('l.id')
          .whereRef('l.persoon_id', '=', 'p.id')
          .where('l.einde', 'is', null),
      ),
    );
  if (naId !== null) q = q.where('p.id', '>', naId);
  const rijen = await q.orderBy('p.id').limit(limiet).execute();
  return rijen.map(persoonUit);
}

function uniek(waarden: readonly string[]): string[] {
  return [...new Set(waarden)];
}

/** Runs the query per part of at most PER_KEER keys and joins the answers; none for no keys. */
async function perKeer<T>(sleutels: string[], query: (deel: string[]) => Promise<T[]>): Promise<T[]> {
  const uit: T[] = [];
  for (let i = 0; i < sleutels.length; i += PER_KEER) {
    for (const r of await query(sleutels.slice(i, i + PER_KEER))) uit.push(r);
  }
  return uit;
}
