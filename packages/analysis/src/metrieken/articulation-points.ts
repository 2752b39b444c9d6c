import type { Attributes } from 'graphology-types';
import type { Graaf } from '../types.js';
import { runTarjan } from './_tarjan.js';
import { type Csr, type EdgeFilter, toCsr } from './csr.js';

export interface ArticulationOptions {
  /** Adjacency already built for this graph with `toCsr` (reused instead of rebuilt; `edgeFilter` is then ignored). */
  csr?: Csr;
  /** Only these edges make up the graph (default: all). */
  edgeFilter?: EdgeFilter;
  /**
   * Count only these nodes: a node is then reported when removing it separates two counted nodes.
   * Default: every node, which gives the classic articulation points.
   */
  counts?: (node: string, attributes: Attributes) => boolean;
  /** Attribute written by `articulationPoints.assign` (default `articulationPoint`). */
  attribute?: string;
}

function cutFlags(graph: Graaf, options: ArticulationOptions) {
  const csr = options.csr ?? toCsr(graph, options.edgeFilter);
  let counted: Uint8Array | undefined;
  if (options.counts) {
    const counts = options.counts;
    counted = new Uint8Array(csr.order);
    for (let i = 0; i < csr.order; i++) {
      const key = csr.keys[i]!;
      counted[i] = counts(key, graph.getNodeAttributes(key)) ? 1 : 0;
    }
  }
  return { keys: csr.keys, cut: runTarjan(csr, counted).cut };
}

/** Articulation points (cut vertices), in the graph's node order. Iterative Tarjan, linear time. */
export function articulationPoints(graph: Graaf, options: ArticulationOptions = {}): string[] {
  const { keys, cut } = cutFlags(graph, options);
  const punten = new Set(keys.filter((_, i) => cut[i] === 1));
  return graph.filterNodes((node) => punten.has(node));
}

articulationPoints.assign = (graph: Graaf, options: ArticulationOptions = {}): void => {
  const { keys, cut } = cutFlags(graph, options);
  const attribute = options.attribute ?? 'articulationPoint';
  for (let i = 0; i < keys.length; i++) graph.setNodeAttribute(keys[i]!, attribute, cut[i] === 1);
};
