/** A seeded pseudo-random generator (mulberry32): the same seed gives the same analysis. */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `k` pivots, one uniformly inside each of `k` equal slices of `0..n-1` (jittered systematic
 * sampling). Every node is still drawn with probability k/n, so estimates stay unbiased; when
 * numbers follow the graph (breadth-first numbering), the slices are regions of the graph and the
 * sample covers them evenly, which lowers the variance.
 */
export function stratifiedPivots(n: number, k: number, rng: () => number): Int32Array {
  const m = Math.min(n, Math.max(0, Math.floor(k)));
  const pivots = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    const lo = Math.floor((i * n) / m);
    const hi = Math.floor(((i + 1) * n) / m);
    pivots[i] = lo + Math.floor(rng() * (hi - lo));
  }
  return pivots;
}
