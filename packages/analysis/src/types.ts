import type { Domein, Drempel, Netwerk, Rol } from '@netwerkregie/domain';
import type { AbstractGraph, Attributes } from 'graphology-types';

/** Any graphology graph; the metrics accept every graph, `buildGraph` makes a `NetwerkGraaf`. */
export type Graaf = AbstractGraph<Attributes, Attributes, Attributes>;

/** `{ node: value }` as graphology's metrics return it. */
export type NodeMapping<T = number> = Record<string, T>;

export type Knoopsoort = 'persoon' | 'organisatie' | 'overleg';
export type Kantsoort = 'lidmaatschap' | 'deelname' | 'relatie';

/** Node attributes written by `buildGraph`. Node keys are `persoon:<id>`, `organisatie:<id>`, `overleg:<id>`. */
export type KnoopAttributen = {
  soort: Knoopsoort;
  naam: string;
  /** Organisation: its domain. Person: the domain of their organisations, `meerdere` when they differ. Meeting: null. */
  domein: Domein | 'meerdere' | null;
  /** Organisation: its network. Person: `formeel` when any organisation is formal. Meeting: null. */
  netwerk: Netwerk | null;
  /** Organisation: its own `soort` (free text, e.g. "wijkteam"). */
  organisatiesoort?: string | null;
  /** Meeting: its `soort`. */
  overlegsoort?: string | null;
  wijken?: string[];
  /** Person: roles over all active memberships. */
  rollen?: Rol[];
  /** Person: has a training on or before the peildatum. */
  getraind?: boolean;
  /** Organisation: date of the last contact moment on or before the peildatum. */
  laatsteContact?: string | null;
  dagenSindsContact?: number | null;
  contactmomenten?: number;
  /** Organisation: contacted, but only on `signaal` occasions. */
  alleenSignaal?: boolean;
  [metric: string]: unknown;
};

export type KantAttributen = {
  soort: Kantsoort;
  /** Tie strength for Louvain: relatie 2, lidmaatschap 1, deelname 1; parallel ties add up. */
  gewicht: number;
  /** Number of records behind the tie (two memberships, a relation recorded twice, ...). */
  aantal: number;
  /** Membership: roles at the organisation. */
  rollen?: Rol[];
  /** Relation: its kinds (`samenwerking`, ...). */
  relatiesoorten?: string[];
  [metric: string]: unknown;
};

export type NetwerkGraaf = AbstractGraph<KnoopAttributen, KantAttributen, Attributes>;

export type Status = 'goed' | 'aandacht' | 'zorgelijk';

export const INDICATOR_IDS = [
  'contactpersoon-radicalisering',
  'veiligheid-zorg',
  'informeel-formeel',
  'wederkerigheid',
  'kwetsbaarheid',
  'training',
  'wijkdekking',
  'overlegdruk',
  'silos',
  'regisseurkandidaten',
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/** A health indicator. `betreft` lists the node keys concerned (`organisatie:<id>`, `persoon:<id>`, `wijk:<naam>`). */
export interface Indicator<D extends IndicatorDetails = IndicatorDetails> {
  id: IndicatorId;
  titel: string;
  /** Dutch; paraphrases the advice and names its section. */
  toelichting: string;
  waarde: number;
  /** Null for an informative indicator without thresholds. */
  drempel: Drempel | null;
  status: Status;
  betreft: string[];
  details?: D;
}

/** Every indicator's details hold a Dutch reason per `betreft` entry, plus its own fields. */
export interface IndicatorDetails {
  redenen: Record<string, string>;
  [veld: string]: unknown;
}

export interface Entiteit {
  naam: string;
  soort: Knoopsoort | 'wijk';
  domein?: Domein | 'meerdere' | null;
  netwerk?: Netwerk | null;
}
