import type { Domein, Lidmaatschap, Netwerk, Persoon, Rol, Trainingsoort } from '@netwerkregie/domain';
import type { Entiteit as EntiteitKind, WaardeVan } from './_soorten.js';
import type { Methoden } from './_store.js';
import type { SLEUTELROLLEN } from './sleutels.js';
import type { IMPORTSTATUSSEN, UITNODIGINGSTATUSSEN } from './statussen.js';

/**
 * What a reader sees. `alles`: the whole network (regisseur, beheerder). `formeel`: the formal network only
 * (lezer): formal organisations, their memberships, the persons with at least one of those, and only what
 * refers to those (participations, relations, contact moments, trainings); meeting structures stay visible.
 * Membership of an informal (religious, community) organisation can reveal AVG art. 9 data.
 */
export type Zicht = 'alles' | 'formeel';

export interface OpenOpties {
  /** The gemeente's slug; one file (or PostgreSQL schema) holds one gemeente. */
  gemeente: string;
  /** Database file; default `data/<gemeente>.db` relative to the working directory. `':memory:'` for tests. */
  pad?: string;
  /**
   * A PostgreSQL database instead of a file (`postgres://user:password@host:5432/db`): the gemeente gets its
   * own schema `gemeente_<slug>` there. Give `pad` or `url`, not both.
   */
  url?: string;
  /**
   * Open only a store that exists: a missing file or PostgreSQL schema is `OpslagFout` `onbekend`,
   * and nothing is created. Default false: the first open creates and migrates it.
   */
  bestaand?: boolean;
  /**
   * How long (ms) a found key is remembered, so a request does not look it up again; default 5,000.
   * A key revoked or changed through this store is forgotten at once; through another process (the
   * CLI, a second server) it is refused at most this long after. 0 turns the cache off.
   */
  sleutelCacheMs?: number;
}

/** Who or what caused a change; goes into history. */
export interface Bron {
  actor: string;
  importId?: string | null;
}

/** One changed field. For an addition `veld` is `'*'`, `voor` null and `na` the whole entity; for a removal the reverse. */
export interface Wijziging {
  veld: string;
  voor: unknown;
  na: unknown;
}

/** The entity kinds: the keys of the descriptors in _soorten.ts. */
export type Entiteit = EntiteitKind;

/** Any stored domain entity. */
export type EntiteitWaarde = WaardeVan<Entiteit>;

/** An entity that refers to another (a membership to its person, say). */
export interface Verwijzing {
  entiteit: Entiteit;
  id: string;
}

/** limiet default 50, max 1000; sortering a field name, `-` prefix for descending. */
export interface Pagina {
  offset?: number;
  limiet?: number;
  sortering?: string;
}

export interface Lijst<T> {
  items: T[];
  totaal: number;
  /** Only on a capped count (a filtered list or search of persons): there are more than `totaal`. */
  totaalIsOndergrens?: true;
  offset: number;
  limiet: number;
}

export interface OrganisatieFilter {
  domein?: Domein;
  wijk?: string;
  netwerk?: Netwerk;
  ids?: string[];
}

/**
 * Membership-level criteria (domein, wijk, netwerk, rol, organisatieId) must all hold for one and the
 * same membership of the person.
 */
export interface PersoonFilter {
  domein?: Domein;
  wijk?: string;
  rol?: Rol;
  netwerk?: Netwerk;
  organisatieId?: string;
  getraind?: boolean;
  /** ISO date: persons for whom no contact moment on or after it exists, with any of their organisations or with themselves. */
  nietGesprokenSinds?: string;
}

export type KaartLidmaatschap = Lidmaatschap & { organisatieNaam: string; domein: Domein; netwerk: Netwerk };

/** A person with their memberships and whether trained: what a list shows. */
export interface PersoonKaart extends Persoon {
  lidmaatschappen: KaartLidmaatschap[];
  getraind: boolean;
}

export interface HistorieFilter {
  entiteit?: Entiteit;
  entiteitId?: string;
  importId?: string;
  veld?: string;
  /** Only rows with id > naId. */
  naId?: number;
  /** At most this many rows (addition to the brief, for paging with naId); default all. */
  limiet?: number;
}

export interface HistorieRegel {
  id: number;
  entiteit: Entiteit;
  entiteitId: string;
  veld: string;
  voor: unknown;
  na: unknown;
  importId: string | null;
  actor: string;
  /** ISO date-time with Z. */
  tijd: string;
}

export interface AuditInvoer {
  actor: string;
  actie: string;
  entiteit: string;
  entiteitId?: string | null;
  doel: string;
  route?: string | null;
  /** W3C trace id (32 hex digits) of the request, for the processing log. */
  traceId?: string | null;
  /** Id of the processing activity (verwerkingsactiviteit) in the gemeente's register. */
  verwerking?: string | null;
  /** Ids of the persons the call returned or changed; stored only as pseudonyms. */
  betrokkenen?: readonly string[];
  /**
   * Data subjects shared by many calls (every person of an analysis' snapshot): stored once as a set of
   * pseudonyms that the row refers to, found again by this list's identity (pass the same array).
   */
  betrokkenenset?: readonly string[];
}

export interface AuditRegel {
  id: number;
  actor: string;
  actie: string;
  entiteit: string;
  entiteitId: string | null;
  doel: string;
  route: string | null;
  tijd: string;
  /** Only on rows that have them (rows from before the processing log have neither). */
  traceId?: string;
  verwerking?: string;
}

export interface AuditFilter {
  entiteit?: string;
  entiteitId?: string;
  actor?: string;
  /** A person's id: rows about them and rows whose processing touched them (for inzage). */
  betrokkene?: string;
}

export interface BeveiligingsInvoer {
  /** `authenticatie.mislukt` (401), `toegang.geweigerd` (403), `authenticatie.afgeremd` (429). */
  soort: string;
  status: number;
  /** Source address of the request. */
  adres: string;
  /** The key's id when the key itself was valid (a 403); never key material. */
  actor?: string | null;
  /** Method and path, never the query. */
  route: string;
  traceId?: string | null;
}

export interface BeveiligingsGebeurtenis {
  id: number;
  soort: string;
  status: number;
  adres: string;
  actor: string | null;
  route: string;
  traceId: string | null;
  tijd: string;
}

/** The outcome of `audit verify`: intact, or the first row that does not fit and why (Dutch). */
export type KetenUitkomst =
  | { intact: true; regels: number }
  | { intact: false; regels: number; tabel: 'audit' | 'beveiligingsgebeurtenissen'; id: number; melding: string };

export interface ImportRecord {
  id: string;
  bestand: string;
  sha256: string;
  actor: string;
  modus: 'aanvullend' | 'volledig';
  status: ImportStatus;
  /** The JSON summary of IMPORT.md. */
  samenvatting: unknown;
  tijd: string;
  toegepastOp: string | null;
  teruggedraaidOp: string | null;
  /** ISO time a planned import was rejected (status `afgewezen`); absent or null otherwise. */
  afgewezenOp?: string | null;
  /** The beheerder's short reason for the rejection, if given. */
  afwijzingsreden?: string | null;
}

/** Where an import stands: one of IMPORTSTATUSSEN. */
export type ImportStatus = (typeof IMPORTSTATUSSEN)[number];

export interface IndicatorStand {
  tijd: string;
  indicatorId: string;
  waarde: number;
  status: 'goed' | 'aandacht' | 'zorgelijk';
  aanleiding: string;
}

/** A key's role: one of SLEUTELROLLEN. */
export type SleutelRol = (typeof SLEUTELROLLEN)[number];

export interface SleutelInvoer {
  id: string;
  /** SHA-256 of the secret as 64 lower-case hex digits (see `sleutelHash`). */
  hash: string;
  rol: SleutelRol;
  omschrijving: string;
  /** ISO date from which the key no longer works; default one year after today. */
  verloopt?: string;
}

export interface SleutelRecord {
  id: string;
  hash: string;
  rol: SleutelRol;
  omschrijving: string;
  aangemaakt: string;
  ingetrokken: string | null;
  /** ISO date from which the key no longer works (null only for keys the migration could not date). */
  verloopt: string | null;
}

export interface ContactmomentFilter {
  organisatieId?: string;
  persoonId?: string;
  /** Inclusive ISO date. */
  vanaf?: string;
  /** Exclusive ISO date. */
  tot?: string;
}

export interface TrainingFilter {
  persoonId?: string;
  soort?: Trainingsoort;
}

/**
 * The repository of one gemeente: its lifecycle here, and as methods the module functions of this package
 * bound to one context (the table `METHODEN` in _store.ts): "go to definition" on a method reaches its
 * code, and its documentation is that function's JSDoc.
 */
export type Store = Levensloop & Methoden;

/** What a Store is besides its methods. */
export interface Levensloop {
  readonly gemeente: string;
  /** Absolute path of the database file, `':memory:'`, or for PostgreSQL the URL (without password) and `#schema`. */
  readonly pad: string;
  /** The view every read of this store goes through; `alles` for a store from openStore. */
  readonly zicht: Zicht;
  /**
   * The same store seen through a narrower view: every read (lists, counts, filters, search, single reads,
   * the snapshot) answers as if what the view hides did not exist. Writes are not narrowed. A view can
   * narrow, never widen: `withZicht('alles')` on a `formeel` store throws. Closing it closes the store.
   */
  withZicht(zicht: Zicht): Store;
  close(): Promise<void>;
  /**
   * Runs fn in one transaction (BEGIN IMMEDIATE, so two writers serialise); the Store handed to fn has all
   * the same methods bound to the transaction. Rolls back on throw. Nested calls on the tx store use a
   * savepoint. Inside fn use only the tx store: calling the outer store there throws.
   */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;
}

/**
 * Which organisations a confirmation round invites: the formal partners, narrowed by domain, district or
 * both. `segment` is the hook for a saved segment (not yet applied by the store; the caller resolves it).
 */
export interface RondeSelectie {
  domein?: Domein;
  wijk?: string;
  segment?: string;
}

/** A confirmation round (bevestigingsronde). */
export interface RondeRecord {
  id: string;
  /** ISO time the round started. */
  gestart: string;
  /** Who started it (an API key id, `cli`). */
  actor: string;
  /** ISO date from which the round's links no longer work. */
  geldigTot: string;
  selectie: RondeSelectie;
}

/** Where an organisation's invitation stands (derived from its dates, see `uitnodigingStatus`): one of UITNODIGINGSTATUSSEN. */
export type UitnodigingStatus = (typeof UITNODIGINGSTATUSSEN)[number];

/** The moments of an invitation that can be recorded after it was made. */
export interface UitnodigingMoment {
  verzonden?: string | null;
  geopend?: string | null;
  beantwoord?: string | null;
  antwoord?: 'bevestigd' | 'gecorrigeerd' | null;
  /** The import plan a correction became. */
  importId?: string | null;
  onbestelbaar?: string | null;
  herinnerd?: string | null;
  ingetrokken?: string | null;
  /** The beheerder rejected the correction plan this answer became. */
  afgewezen?: string | null;
  /** A new link (a reminder): the old one stops working. SHA-256 hex of the token. */
  tokenHash?: string;
  verloopt?: string;
}

/** One organisation's personal link in a round. The token itself is never stored, only its hash. */
export interface UitnodigingRecord {
  id: string;
  rondeId: string;
  organisatieId: string;
  tokenHash: string;
  /** ISO date from which the link no longer works. */
  verloopt: string;
  verzonden: string | null;
  geopend: string | null;
  beantwoord: string | null;
  antwoord: 'bevestigd' | 'gecorrigeerd' | null;
  importId: string | null;
  onbestelbaar: string | null;
  herinnerd: string | null;
  ingetrokken: string | null;
  /** ISO time the beheerder rejected the correction plan (`importId`). */
  afgewezen: string | null;
}

/** When an organisation's data was last confirmed or changed by a trusted source, and whether its last link is dead. */
export interface OrganisatieBevestiging {
  organisatieId: string;
  /** ISO date, or null when never confirmed. */
  bevestigdOp: string | null;
  /** Its latest invitation bounced or expired unanswered. */
  dodeLink: boolean;
}
