import type { Graaf } from '../types.js';
import { runTarjan } from './_tarjan.js';
import { type Csr, type EdgeFilter, toCsr } from './csr.js';

export interface BridgeOptions {
  /** Adjacency already built for this graph with `toCsr` (reused instead of rebuilt; `edgeFilter` is then ignored). */
  csr?: Csr;
  edgeFilter?: EdgeFilter;
  /** Attribute written by `bridges.assign` on every edge (default `bridge`). */
  attribute?: string;
}

/** Bridges (cut edges) as `[source, target]` pairs of node keys, sorted. Iterative Tarjan, linear time. */
export function bridges(graph: Graaf, options: BridgeOptions = {}): Array<[string, string]> {
  const csr = options.csr ?? toCsr(graph, options.edgeFilter);
  return runTarjan(csr)
    .bridges.map((e) => {
      const key = csr.edgeKeys[e]!;
      const pair = [graph.source(key), graph.target(key)].sort() as [string, string];
      return pair;
    })
    .sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1));
}

bridges.assign = (graph: Graaf, options: BridgeOptions = {}): void => {
  const csr = options.csr ?? toCsr(graph, options.edgeFilter);
  const attribute = options.attribute ?? 'bridge';
  const isBridge = new Set(runTarjan(csr).bridges.map((e) => csr.edgeKeys[e]!));
  graph.forEachEdge((edge) => {
    graph.setEdgeAttribute(edge, attribute, isBridge.has(edge));
  });
};
