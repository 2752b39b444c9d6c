import type { Graaf } from '../types.js';
import { assignMapping, type NodeMapping, toMapping } from './_mapping.js';
import { type CentralityOptions, computeCentralities } from './centrality.js';
import { type Csr, toCsr } from './csr.js';

export interface ClosenessOptions extends Omit<CentralityOptions, 'normalized'> {
  /** Adjacency already built for this graph with `toCsr` (reused instead of rebuilt). */
  csr?: Csr;
  /** Attribute written by `closeness.assign` (default `closeness`). */
  attribute?: string;
}

function values(graph: Graaf, options: ClosenessOptions) {
  const csr = options.csr ?? toCsr(graph);
  return { keys: csr.keys, closeness: computeCentralities(csr, options, true).closeness };
}

/**
 * Closeness centrality on hops: reached / sum of distances, times reached / (n-1) in the
 * Wasserman-Faust variant (the default, as in NetworkX; graphology-metrics needs
 * `wassermanFaust: true` for it). Exact up to `exactUpTo` nodes, Eppstein-Wang pivots above.
 */
export function closeness(graph: Graaf, options: ClosenessOptions = {}): NodeMapping {
  const { keys, closeness: c } = values(graph, options);
  return toMapping(keys, c);
}

closeness.assign = (graph: Graaf, options: ClosenessOptions = {}): void => {
  const { keys, closeness: c } = values(graph, options);
  assignMapping(graph, options.attribute ?? 'closeness', keys, c);
};
