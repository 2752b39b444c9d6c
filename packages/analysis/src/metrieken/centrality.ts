import { createRng, stratifiedPivots } from '../_rng.js';
import { runBrandes } from './_brandes.js';
import type { Csr } from './csr.js';

/**
 * Up to this many nodes betweenness and closeness are exact; above it they are estimated from
 * pivots. Chosen from bench/analyse.mjs (docs/BENCHMARKS.md, "## Analyse"): exact costs one
 * search per node, 1.2 s at 2,614 nodes and 4.6 s at 5,226 nodes on the bench machine, so a
 * gemeente's own network (hundreds to a few thousand) is exact within a second or two.
 */
export const EXACT_UP_TO = 3_000;
/**
 * Pivots for the estimate: on the 10,000-person bench graph 384 pivots give precision@100 of
 * 0.91-0.95 against exact (five seeds). They cost 15 to 17 s on the 100,000-person graph: see
 * docs/BENCHMARKS.md for the trade-off.
 */
export const DEFAULT_PIVOTS = 384;

export interface CentralityOptions {
  /** Exact up to this many nodes (default `EXACT_UP_TO`); set `Infinity` to force exact. */
  exactUpTo?: number;
  /** Number of pivots when sampling (default `DEFAULT_PIVOTS`). */
  pivots?: number;
  /** Seed of the pivot sample (default 1). */
  seed?: number;
  /** Scale betweenness by 1/((n-1)(n-2)) as NetworkX and graphology do (default true). */
  normalized?: boolean;
  /** Wasserman-Faust closeness for disconnected graphs, NetworkX's default (default true). */
  wassermanFaust?: boolean;
  /** Estimator when sampling: `linear` scaling (Geisberger et al., default) or `uniform` (Brandes-Pich). */
  scaling?: 'linear' | 'uniform';
}

export type CentralityMethod = 'exact' | 'sampled';

export interface Centralities {
  betweenness: Float64Array;
  closeness: Float64Array;
  method: CentralityMethod;
  /** Pivots used when sampled, null when exact. */
  pivots: number | null;
}

/**
 * Betweenness and closeness from one shortest-path pass. Exact: one search per node (Brandes).
 * Sampled: k pivots, one drawn at random from each of k equal slices of the breadth-first
 * numbering (stratified: every node still has probability k/n, but the sample covers every
 * region of the graph), dependencies with Geisberger-Sanders-Schultes linear scaling, scaled by
 * 2n/k (Brandes-Pich with uniform scaling: n/k). Closeness by Eppstein-Wang from the pivots'
 * distances to each node (an undirected graph is symmetric). On the bench graph, stratified
 * linear sampling reaches with 384 pivots the precision that uniform Brandes-Pich needs 1,024 for.
 */
export function computeCentralities(csr: Csr, options: CentralityOptions = {}, closenessOnly = false): Centralities {
  const n = csr.order;
  const exact = n <= (options.exactUpTo ?? EXACT_UP_TO);
  const normalized = options.normalized !== false;
  const wassermanFaust = options.wassermanFaust !== false;
  const sources = exact
    ? undefined
    : stratifiedPivots(n, options.pivots ?? DEFAULT_PIVOTS, createRng(options.seed ?? 1));
  const k = sources ? sources.length : n;
  const linear = !exact && options.scaling !== 'uniform';
  const pass = runBrandes(csr, { ...(sources ? { sources } : {}), countOnly: closenessOnly, linear });

  const betweenness = pass.dependency;
  let scale = normalized ? (n <= 2 ? 1 : 1 / ((n - 1) * (n - 2))) : 0.5;
  if (!exact && k > 0) scale *= (linear ? 2 : 1) * (n / k);
  for (let i = 0; i < n; i++) betweenness[i]! *= scale;

  const closeness = new Float64Array(n);
  if (exact) {
    for (let i = 0; i < n; i++) {
      const count = pass.reached[i]!;
      const total = pass.distanceSum[i]!;
      if (total > 0 && n > 1) closeness[i] = (count / total) * (wassermanFaust ? count / (n - 1) : 1);
    }
  } else {
    const isPivot = new Uint8Array(n);
    for (const s of sources!) isPivot[s] = 1;
    for (let i = 0; i < n; i++) {
      const count = pass.reachedBy[i]!;
      const total = pass.distanceSumFrom[i]!;
      const others = k - isPivot[i]!;
      if (total > 0 && others > 0) closeness[i] = (count / total) * (wassermanFaust ? count / others : 1);
    }
  }
  return { betweenness, closeness, method: exact ? 'exact' : 'sampled', pivots: exact ? null : k };
}
