/**
 * One descriptor per entity kind: its table, columns and row mappers, the domain's schema, what it refers
 * to (which blocks a removal and orders a revert), what erasing a person does with it, which of its fields
 * are personal data, and whether an import may add it in bulk. The kind union `Entiteit` is the keys of
 * BESCHRIJVINGEN, and every list of kinds derives from them or is a `Record<Entiteit, …>`: a new kind is
 * its descriptor here plus its migration, and the compiler names whatever must still handle it.
 */
import {
  ContactmomentSchema,
  DeelnameSchema,
  LidmaatschapSchema,
  OrganisatieSchema,
  OverlegSchema,
  PersoonSchema,
  RelatieSchema,
  TrainingSchema,
} from '@netwerkregie/domain';
import {
  contactmomentIn,
  contactmomentUit,
  deelnameIn,
  deelnameUit,
  KOLOMMEN,
  lidmaatschapIn,
  lidmaatschapUit,
  organisatieIn,
  organisatieUit,
  overlegIn,
  overlegUit,
  persoonIn,
  persoonUit,
  relatieIn,
  relatieUit,
  trainingIn,
  trainingUit,
} from './_rijen.js';
import { type EntiteitTabel, type Soort, tabelSoort } from './_upsert.js';

/** A reference from this kind's rows to a row of kind `doel`. */
export interface Verwijst<D extends string = string> {
  doel: D;
  /** Columns that hold the id of a `doel`; a row refers when any of them does. */
  kolommen: readonly string[];
  /** For columns that point at several kinds (a relation's ends): the column naming the kind. */
  soortKolom?: string;
}

type Rij = Record<string, unknown> & { id: string };

interface Gegevens<E, T extends EntiteitTabel, R extends Rij, D extends string> {
  tabel: T;
  naarRij: (e: E) => R;
  vanRij: (r: R) => E;
  /** The domain's schema: what every writer validates with. */
  schema: { parse(x: unknown): E };
  /** For messages: "Organisatie o-1 bestaat niet." */
  naam: string;
  /** For counts in messages: "2 lidmaatschap(pen)". */
  meervoud: string;
  /** What this kind refers to: those rows cannot be removed while this one exists. */
  verwijstNaar: readonly Verwijst<D>[];
  /**
   * What erasing a person (AVG art. 17) does with this kind's rows that refer to her: remove them, or
   * keep them with the reference (this domain field, its column the reference's only one) set to null.
   */
  bijWissen: 'persoon' extends D ? 'verwijder' | { ontkoppel: keyof E & string } : null;
  /** Fields that are a person's own data (blanked in history by an erasure). */
  persoonsvelden: readonly string[];
  /** Whether `voegToeInBulk` (the import's additions) takes this kind. */
  importeerbaar: boolean;
  /**
   * What the formal view (a lezer) sees of this kind: `view` reads go to the database view
   * `formeel_<tabel>`, which the kind's migration creates (see _zicht.ts); `alles` it sees every row.
   */
  formeel: 'view' | 'alles';
}

/** A descriptor: the generic Soort (read, insert, update) plus what the rest of the store derives. */
export type Beschrijving<E extends { id: string }, K extends string, D extends string> = Soort<E, K> &
  Omit<Gegevens<E, EntiteitTabel, Rij, D>, 'tabel' | 'naarRij' | 'vanRij'>;

function describe<
  const K extends string,
  E extends { id: string },
  T extends EntiteitTabel,
  R extends Rij,
  const D extends string = never,
>(entiteit: K, g: Gegevens<E, T, R, D>): Beschrijving<E, K, D> {
  const { tabel, naarRij, vanRij, ...rest } = g;
  const soort = tabelSoort(entiteit, tabel, KOLOMMEN[tabel] as ReadonlyArray<keyof R & string>, naarRij, vanRij);
  return { ...soort, ...rest };
}

const GEEN: readonly string[] = [];

// The order of the keys is the order verwijzingenNaar reports and erasure works in.
export const BESCHRIJVINGEN = {
  organisatie: describe('organisatie', {
    tabel: 'organisaties',
    naarRij: organisatieIn,
    vanRij: organisatieUit,
    schema: OrganisatieSchema,
    naam: 'Organisatie',
    meervoud: 'organisatie(s)',
    verwijstNaar: [],
    bijWissen: null,
    persoonsvelden: GEEN,
    importeerbaar: true,
    formeel: 'view',
  }),
  persoon: describe('persoon', {
    tabel: 'personen',
    naarRij: persoonIn,
    vanRij: persoonUit,
    schema: PersoonSchema,
    naam: 'Persoon',
    meervoud: 'perso(o)n(en)',
    verwijstNaar: [],
    bijWissen: null,
    persoonsvelden: ['naam', 'email', 'telefoon'],
    importeerbaar: true,
    formeel: 'view',
  }),
  lidmaatschap: describe('lidmaatschap', {
    tabel: 'lidmaatschappen',
    naarRij: lidmaatschapIn,
    vanRij: lidmaatschapUit,
    schema: LidmaatschapSchema,
    naam: 'Lidmaatschap',
    meervoud: 'lidmaatschap(pen)',
    verwijstNaar: [
      { doel: 'organisatie', kolommen: ['organisatie_id'] },
      { doel: 'persoon', kolommen: ['persoon_id'] },
    ],
    bijWissen: 'verwijder',
    persoonsvelden: GEEN,
    importeerbaar: true,
    formeel: 'view',
  }),
  overleg: describe('overleg', {
    tabel: 'overleggen',
    naarRij: overlegIn,
    vanRij: overlegUit,
    schema: OverlegSchema,
    naam: 'Overleg',
    meervoud: 'overleg(gen)',
    verwijstNaar: [],
    bijWissen: null,
    persoonsvelden: GEEN,
    importeerbaar: true,
    // A meeting structure belongs to no network; its participations do.
    formeel: 'alles',
  }),
  deelname: describe('deelname', {
    tabel: 'deelnames',
    naarRij: deelnameIn,
    vanRij: deelnameUit,
    schema: DeelnameSchema,
    naam: 'Deelname',
    meervoud: 'deelname(s)',
    verwijstNaar: [
      { doel: 'overleg', kolommen: ['overleg_id'] },
      { doel: 'organisatie', kolommen: ['organisatie_id'] },
      { doel: 'persoon', kolommen: ['persoon_id'] },
    ],
    bijWissen: 'verwijder',
    persoonsvelden: GEEN,
    importeerbaar: true,
    formeel: 'view',
  }),
  contactmoment: describe('contactmoment', {
    tabel: 'contactmomenten',
    naarRij: contactmomentIn,
    vanRij: contactmomentUit,
    schema: ContactmomentSchema,
    naam: 'Contactmoment',
    meervoud: 'contactmoment(en)',
    verwijstNaar: [
      { doel: 'organisatie', kolommen: ['organisatie_id'] },
      { doel: 'persoon', kolommen: ['persoon_id'] },
    ],
    // A contact moment belongs to the organisation: it stays, without the person.
    bijWissen: { ontkoppel: 'persoonId' },
    persoonsvelden: GEEN,
    importeerbaar: true,
    formeel: 'view',
  }),
  training: describe('training', {
    tabel: 'trainingen',
    naarRij: trainingIn,
    vanRij: trainingUit,
    schema: TrainingSchema,
    naam: 'Training',
    meervoud: 'training(en)',
    verwijstNaar: [{ doel: 'persoon', kolommen: ['persoon_id'] }],
    bijWissen: 'verwijder',
    persoonsvelden: GEEN,
    importeerbaar: true,
    formeel: 'view',
  }),
  relatie: describe('relatie', {
    tabel: 'relaties',
    naarRij: relatieIn,
    vanRij: relatieUit,
    schema: RelatieSchema,
    naam: 'Relatie',
    meervoud: 'relatie(s)',
    verwijstNaar: [
      { doel: 'organisatie', kolommen: ['van', 'naar'], soortKolom: 'entiteit' },
      { doel: 'persoon', kolommen: ['van', 'naar'], soortKolom: 'entiteit' },
    ],
    bijWissen: 'verwijder',
    persoonsvelden: GEEN,
    // Its ends are checked one by one (see upsertRelatie).
    importeerbaar: false,
    formeel: 'view',
  }),
};

type Beschrijvingen = typeof BESCHRIJVINGEN;

/** The entity kinds. */
export type Entiteit = keyof Beschrijvingen;

/** The domain type of one kind (`WaardeVan<'persoon'>` is `Persoon`). */
export type WaardeVan<K extends Entiteit> = Beschrijvingen[K] extends Soort<infer E, K> ? E : never;

// A reference to a kind that has no descriptor does not compile.
type Doelen = Beschrijvingen[Entiteit]['verwijstNaar'][number]['doel'];
const _doelenBestaan: [Doelen] extends [Entiteit] ? true : never = true;
void _doelenBestaan;

export const ORGANISATIE = BESCHRIJVINGEN.organisatie;
export const PERSOON = BESCHRIJVINGEN.persoon;
export const LIDMAATSCHAP = BESCHRIJVINGEN.lidmaatschap;
export const OVERLEG = BESCHRIJVINGEN.overleg;
export const DEELNAME = BESCHRIJVINGEN.deelname;
export const RELATIE = BESCHRIJVINGEN.relatie;
export const CONTACTMOMENT = BESCHRIJVINGEN.contactmoment;
export const TRAINING = BESCHRIJVINGEN.training;

/** Every kind, in descriptor order. */
export const ENTITEITEN = Object.keys(BESCHRIJVINGEN) as Entiteit[];

/** Any kind's descriptor, seen generically; throws on a name that is no kind (input from outside). */
export function soortVan(entiteit: Entiteit): Beschrijving<WaardeVan<Entiteit>, Entiteit, Entiteit> {
  if (!Object.hasOwn(BESCHRIJVINGEN, entiteit)) throw new RangeError(`Onbekende entiteit "${entiteit}".`);
  return BESCHRIJVINGEN[entiteit] as unknown as Beschrijving<WaardeVan<Entiteit>, Entiteit, Entiteit>;
}

/** The references to kind `doel` from every other kind, in descriptor order. */
export function verwijzersNaar(doel: Entiteit): Array<{ entiteit: Entiteit; verwijst: Verwijst }> {
  return ENTITEITEN.flatMap((entiteit) =>
    (soortVan(entiteit).verwijstNaar as readonly Verwijst[])
      .filter((v) => v.doel === doel)
      .map((verwijst) => ({ entiteit, verwijst })),
  );
}

/**
 * Children before parents: every kind comes before the kinds it refers to, so removing in this order
 * leaves no reference dangling (a revert's removals).
 */
export const VERWIJDERVOLGORDE: readonly Entiteit[] = (() => {
  const uit: Entiteit[] = [];
  let over = [...ENTITEITEN];
  while (over.length > 0) {
    const vrij = over.filter((doel) => !verwijzersNaar(doel).some((v) => over.includes(v.entiteit)));
    if (vrij.length === 0) throw new Error(`Kringverwijzing tussen ${over.join(', ')}.`);
    uit.push(...vrij);
    over = over.filter((e) => !vrij.includes(e));
  }
  return uit;
})();
