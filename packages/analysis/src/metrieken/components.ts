import type { Graaf } from '../types.js';
import { type Csr, toCsr } from './csr.js';

export interface ComponentSummary {
  /** Components, largest first (ties: first node first); each lists its nodes in graph order. */
  components: string[][];
  count: number;
  largest: number;
}

/** Components from typed-array adjacency: a breadth-first search per unlabelled node. */
export function componentsOfCsr(csr: Csr, graph: Graaf): ComponentSummary {
  const { order: n, offsets, targets } = csr;
  const label = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (label[root] !== -1) continue;
    label[root] = count;
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    while (head < tail) {
      const v = queue[head++]!;
      for (let a = offsets[v]!; a < offsets[v + 1]!; a++) {
        const w = targets[a]!;
        if (label[w] === -1) {
          label[w] = count;
          queue[tail++] = w;
        }
      }
    }
    count++;
  }
  const byLabel = new Map<number, string[]>();
  graph.forEachNode((node) => {
    const l = label[csr.index.get(node)!]!;
    const list = byLabel.get(l);
    if (list) list.push(node);
    else byLabel.set(l, [node]);
  });
  const list = [...byLabel.values()].sort((a, b) => b.length - a.length);
  return { components: list, count, largest: list[0]?.length ?? 0 };
}

/**
 * Connected components, largest first. The same partition as graphology-components'
 * `connectedComponents` (tested), but over typed arrays: graphology-components walks the
 * graph's adjacency objects: 1.6 s on the 100,000-person bench graph, against 0.1 s here on the
 * adjacency the analysis has already built (toCsr itself takes 1.4 s there).
 */
export function components(graph: Graaf): ComponentSummary {
  return componentsOfCsr(toCsr(graph), graph);
}
