import type { Csr } from './csr.js';

/**
 * Breadth-first search from `source` until `isTarget` accepts a node; returns the path (node
 * numbers, source first) to the nearest such node, or null. Ties go to the earlier neighbour.
 */
export function nearestPath(csr: Csr, source: number, isTarget: (node: number) => boolean): number[] | null {
  const { order: n, offsets, targets } = csr;
  const previous = new Int32Array(n).fill(-2);
  const queue = new Int32Array(n);
  previous[source] = -1;
  queue[0] = source;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = queue[head++]!;
    if (v !== source && isTarget(v)) {
      const path: number[] = [];
      for (let u = v; u !== -1; u = previous[u]!) path.push(u);
      return path.reverse();
    }
    const end = offsets[v + 1]!;
    for (let a = offsets[v]!; a < end; a++) {
      const w = targets[a]!;
      if (previous[w] === -2) {
        previous[w] = v;
        queue[tail++] = w;
      }
    }
  }
  return null;
}

/** Shortest path (fewest hops) between two nodes, or null when they are not connected. */
export function shortestPathIndexed(csr: Csr, source: number, target: number): number[] | null {
  if (source === target) return [source];
  return nearestPath(csr, source, (node) => node === target);
}
