import type { Csr } from './csr.js';

/** What one pass of shortest-path counting gathers; see `runBrandes`. */
export interface BrandesResult {
  /** Dependency sums over the given sources, unscaled (an undirected pair counts twice over all sources). */
  dependency: Float64Array;
  /** Per source node: number of nodes it reaches and the sum of the distances (exact closeness). */
  reached: Int32Array;
  distanceSum: Float64Array;
  /** Per node: number of sources that reach it and the sum of their distances to it (sampled closeness). */
  reachedBy: Int32Array;
  distanceSumFrom: Float64Array;
}

export interface BrandesOptions {
  /** Sources to start from; every node when omitted. */
  sources?: Int32Array;
  /** Skip the dependency accumulation (closeness only). */
  countOnly?: boolean;
  /**
   * Geisberger-Sanders-Schultes linear scaling: a pair (s, t) counts for v in proportion
   * d(s,v)/d(s,t), so a source no longer inflates the nodes right next to it. Unbiased for
   * sampled sources once doubled (the shares of s and t add up to one).
   */
  linear?: boolean;
}

/**
 * Brandes' algorithm for unweighted graphs over typed arrays. A breadth-first search from each
 * source counts shortest paths (sigma in Float64, which does not overflow as 32-bit counts do on
 * dense graphs) and records, per dequeued node, its successors on shortest paths; dependencies
 * are then accumulated in reverse BFS order over those successors only:
 * delta[v] = sigma[v] * sum over successors w of (1 + delta[w]) / sigma[w].
 * O(s·m) time, O(n + m) extra memory, no allocation per source.
 */
export function runBrandes(csr: Csr, options: BrandesOptions = {}): BrandesResult {
  const { order: n, offsets, targets } = csr;
  const countOnly = options.countOnly === true;
  const linear = options.linear === true;
  const dependency = new Float64Array(n);
  const reached = new Int32Array(n);
  const distanceSum = new Float64Array(n);
  const reachedBy = new Int32Array(n);
  const distanceSumFrom = new Float64Array(n);

  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const queue = new Int32Array(n);
  /** Successors on shortest paths, grouped by queue position: `successors[first[i] .. first[i+1])`. */
  const successors = new Int32Array(countOnly ? 0 : targets.length);
  const first = new Int32Array(countOnly ? 0 : n + 1);
  const sources = options.sources;
  const count = sources ? sources.length : n;

  for (let k = 0; k < count; k++) {
    const s = sources ? sources[k]! : k;
    dist[s] = 0;
    sigma[s] = 1;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    let total = 0;
    let recorded = 0;
    while (head < tail) {
      if (!countOnly) first[head] = recorded;
      const v = queue[head++]!;
      const next = dist[v]! + 1;
      const sv = sigma[v]!;
      total += next - 1;
      const end = offsets[v + 1]!;
      for (let a = offsets[v]!; a < end; a++) {
        const w = targets[a]!;
        let dw = dist[w]!;
        if (dw < 0) {
          dw = next;
          dist[w] = next;
          queue[tail++] = w;
        }
        if (dw === next) {
          sigma[w]! += sv;
          if (!countOnly) successors[recorded++] = w;
        }
      }
    }
    reached[s] = tail - 1;
    distanceSum[s] = total;

    if (!countOnly) {
      first[tail] = recorded;
      for (let i = tail - 1; i > 0; i--) {
        let sum = 0;
        for (let j = first[i]!; j < first[i + 1]!; j++) {
          const w = successors[j]!;
          sum += (1 + delta[w]!) / sigma[w]!;
        }
        const v = queue[i]!;
        let d = sigma[v]! * sum;
        if (linear) d *= dist[v]! / (dist[v]! + 1);
        delta[v] = d;
        dependency[v]! += d;
      }
    }

    for (let i = 0; i < tail; i++) {
      const w = queue[i]!;
      if (i > 0) {
        reachedBy[w]!++;
        distanceSumFrom[w]! += dist[w]!;
      }
      dist[w] = -1;
      sigma[w] = 0;
      delta[w] = 0;
    }
  }
  return { dependency, reached, distanceSum, reachedBy, distanceSumFrom };
}
