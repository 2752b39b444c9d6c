import type { Graaf } from '../types.js';
import { assignMapping, type NodeMapping, toMapping } from './_mapping.js';
import { type CentralityMethod, type CentralityOptions, computeCentralities } from './centrality.js';
import { type Csr, toCsr } from './csr.js';

export interface BetweennessOptions extends Omit<CentralityOptions, 'wassermanFaust'> {
  /** Adjacency already built for this graph with `toCsr` (reused instead of rebuilt). */
  csr?: Csr;
  /** Attribute written by `betweenness.assign` (default `betweenness`). */
  attribute?: string;
}

export interface BetweennessDetails {
  centrality: NodeMapping;
  method: CentralityMethod;
  pivots: number | null;
}

function detailed(graph: Graaf, options: BetweennessOptions = {}): BetweennessDetails {
  const csr = options.csr ?? toCsr(graph);
  const result = computeCentralities(csr, options);
  return { centrality: toMapping(csr.keys, result.betweenness), method: result.method, pivots: result.pivots };
}

/**
 * Betweenness centrality on the unweighted structure (hops), normalised as NetworkX and
 * graphology-metrics do. Exact up to `exactUpTo` nodes, a seeded Brandes-Pich estimate above.
 * Edge weights are ignored on purpose: they express tie strength, not distance.
 */
export function betweenness(graph: Graaf, options?: BetweennessOptions): NodeMapping {
  return detailed(graph, options).centrality;
}

betweenness.detailed = detailed;

betweenness.assign = (graph: Graaf, options: BetweennessOptions = {}): void => {
  const csr = options.csr ?? toCsr(graph);
  assignMapping(graph, options.attribute ?? 'betweenness', csr.keys, computeCentralities(csr, options).betweenness);
};
