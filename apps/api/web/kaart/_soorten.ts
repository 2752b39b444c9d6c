/**
 * What the map gets from the API, and the words and colours it shows for them. The shapes are the
 * analysis package's schemas (types only: nothing of the package enters the bundle).
 */
import type {
  IndicatorSchema,
  NetwerkKaartSchema,
  NetwerkKantSchema,
  NetwerkKnoopSchema,
} from '@netwerkregie/analysis/schemas';
import type { z } from 'zod';

/** A node on the map: the analysis's node with its attributes (the annotated graph adds `betweenness`). */
export type Knoop = z.infer<typeof NetwerkKnoopSchema> & { betweenness?: number };
export type Kant = z.infer<typeof NetwerkKantSchema>;
export type Netwerk = z.infer<typeof NetwerkKaartSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;

/** Okabe-Ito colours: distinguishable with the common colour-vision deficiencies. */
export const DOMEIN_KLEUR: Record<string, string> = {
  veiligheid: '#0072B2',
  zorg: '#D55E00',
  onderwijs: '#009E73',
  'jeugd-en-welzijn': '#E69F00',
  gemeenschap: '#CC79A7',
  gemeente: '#56B4E9',
  overig: '#8c8c8c',
  meerdere: '#000000',
};
export const OVERLEG_KLEUR = '#5b4636';
export const GEDIMD = '#dcdcdc';

export const DOMEIN_NAAM: Record<string, string> = {
  veiligheid: 'Veiligheid',
  zorg: 'Zorg',
  onderwijs: 'Onderwijs',
  'jeugd-en-welzijn': 'Jeugd en welzijn',
  gemeenschap: 'Gemeenschap',
  gemeente: 'Gemeente',
  overig: 'Overig',
  meerdere: 'Meerdere domeinen',
};

export const STATUS_NAAM: Record<Indicator['status'], string> = {
  goed: 'goed',
  aandacht: 'aandacht',
  zorgelijk: 'zorgelijk',
};

export const kleurVan = (k: Knoop) =>
  k.soort === 'overleg' ? OVERLEG_KLEUR : (DOMEIN_KLEUR[k.domein ?? 'overig'] ?? DOMEIN_KLEUR.overig);
