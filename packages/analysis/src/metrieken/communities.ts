import louvainModule from 'graphology-communities-louvain';
import { commonjs } from '../_interop.js';
import { createRng } from '../_rng.js';
import type { Graaf } from '../types.js';
import type { NodeMapping } from './_mapping.js';

const louvain = commonjs(louvainModule);

export interface CommunityOptions {
  /** Seed of Louvain's random node order (default 1): the same seed gives the same communities. */
  seed?: number;
  /** Edge attribute holding the tie strength, or null for unweighted (default `gewicht`). */
  weight?: string | null;
  resolution?: number;
  /** Attribute written by `communities.assign` (default `community`). */
  attribute?: string;
}

export interface CommunityResult {
  /** Community number per node. */
  community: NodeMapping;
  count: number;
  modularity: number;
}

function run(graph: Graaf, options: CommunityOptions): CommunityResult {
  const weight = options.weight === undefined ? 'gewicht' : options.weight;
  const detailed = louvain.detailed(graph, {
    rng: createRng(options.seed ?? 1),
    getEdgeWeight: weight,
    ...(options.resolution !== undefined ? { resolution: options.resolution } : {}),
  });
  return { community: detailed.communities, count: detailed.count, modularity: detailed.modularity };
}

/** Louvain communities (graphology-communities-louvain) with their modularity, seeded. */
export function communities(graph: Graaf, options: CommunityOptions = {}): CommunityResult {
  return run(graph, options);
}

communities.assign = (graph: Graaf, options: CommunityOptions = {}): CommunityResult => {
  const result = run(graph, options);
  const attribute = options.attribute ?? 'community';
  graph.forEachNode((node) => {
    graph.setNodeAttribute(node, attribute, result.community[node]);
  });
  return result;
};
