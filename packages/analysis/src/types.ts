import type { AbstractGraph, Attributes } from 'graphology-types';
import type { z } from 'zod';
import {
  type EntiteitSchema,
  INDICATOR_IDS,
  type IndicatorDetailsSchema,
  type IndicatorSchema,
  type KantAttributenSchema,
  type KantsoortSchema,
  type KnoopAttributenSchema,
  type KnoopsoortSchema,
  type StatusSchema,
} from './schemas.js';

/** Any graphology graph; the metrics accept every graph, `buildGraph` makes a `NetwerkGraaf`. */
export type Graaf = AbstractGraph<Attributes, Attributes, Attributes>;

/** `{ node: value }` as graphology's metrics return it. */
export type NodeMapping<T = number> = Record<string, T>;

export type Knoopsoort = z.infer<typeof KnoopsoortSchema>;
export type Kantsoort = z.infer<typeof KantsoortSchema>;

/** Node attributes written by `buildGraph`. Node keys are `persoon:<id>`, `organisatie:<id>`, `overleg:<id>`. */
export type KnoopAttributen = z.infer<typeof KnoopAttributenSchema>;
export type KantAttributen = z.infer<typeof KantAttributenSchema>;

export type NetwerkGraaf = AbstractGraph<KnoopAttributen, KantAttributen, Attributes>;

export type Status = z.infer<typeof StatusSchema>;
export { INDICATOR_IDS };
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/** A health indicator. `betreft` lists the node keys concerned (`organisatie:<id>`, `persoon:<id>`, `wijk:<naam>`). */
export type Indicator<D extends IndicatorDetails = IndicatorDetails> = Omit<
  z.infer<typeof IndicatorSchema>,
  'details'
> & {
  details?: D;
};

/** Every indicator's details hold a Dutch reason per `betreft` entry, plus its own fields. */
export type IndicatorDetails = z.infer<typeof IndicatorDetailsSchema>;

export type Entiteit = z.infer<typeof EntiteitSchema>;

/** The share of an indicator's inputs older than the gemeente's confirmation period, and the sentence saying so. */
export type Verouderd = NonNullable<z.infer<typeof IndicatorSchema>['verouderd']>;
