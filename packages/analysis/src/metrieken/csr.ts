import type { Attributes } from 'graphology-types';
import type { Graaf } from '../types.js';

/**
 * A graph as compressed sparse rows over integer ids: the neighbours of node `i` are
 * `targets[offsets[i] .. offsets[i+1])`, and `edges` holds each arc's undirected edge number.
 * Self-loops are dropped, the direction of a directed graph is ignored. Nodes are numbered in
 * breadth-first order (from the best-connected node of each component), not in graph order:
 * colleagues then get neighbouring numbers, which keeps the arrays of a search in cache
 * (about 20% faster betweenness on 100,000 persons). `keys[i]` is node `i`'s key.
 */
export interface Csr {
  order: number;
  size: number;
  keys: string[];
  index: Map<string, number>;
  offsets: Int32Array;
  targets: Int32Array;
  edges: Int32Array;
  edgeKeys: string[];
}

export type EdgeFilter = (edge: string, attributes: Attributes, source: string, target: string) => boolean;

export function toCsr(graph: Graaf, filter?: EdgeFilter): Csr {
  const keys = graph.nodes();
  const order = keys.length;
  const index = new Map<string, number>();
  for (let i = 0; i < order; i++) index.set(keys[i]!, i);

  const sources: number[] = [];
  const targetsList: number[] = [];
  const edgeKeys: string[] = [];
  const degree = new Int32Array(order);
  graph.forEachEdge((edge, attributes, source, target) => {
    if (source === target) return;
    if (filter && !filter(edge, attributes, source, target)) return;
    const s = index.get(source)!;
    const t = index.get(target)!;
    sources.push(s);
    targetsList.push(t);
    edgeKeys.push(edge);
    degree[s]!++;
    degree[t]!++;
  });

  const size = edgeKeys.length;
  const offsets = new Int32Array(order + 1);
  for (let i = 0; i < order; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const cursor = offsets.slice(0, order);
  const targets = new Int32Array(2 * size);
  const edges = new Int32Array(2 * size);
  for (let e = 0; e < size; e++) {
    const s = sources[e]!;
    const t = targetsList[e]!;
    let a = cursor[s]!++;
    targets[a] = t;
    edges[a] = e;
    a = cursor[t]!++;
    targets[a] = s;
    edges[a] = e;
  }
  return renumber({ order, size, keys, index, offsets, targets, edges, edgeKeys });
}

/** Breadth-first numbering: roots by descending degree, neighbours in adjacency order. */
function breadthFirstOrder(csr: Csr): Int32Array {
  const { order: n, offsets, targets } = csr;
  const roots = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => offsets[b + 1]! - offsets[b]! - (offsets[a + 1]! - offsets[a]!) || a - b,
  );
  const seen = new Uint8Array(n);
  const sequence = new Int32Array(n);
  let tail = 0;
  for (const root of roots) {
    if (seen[root]) continue;
    seen[root] = 1;
    let head = tail;
    sequence[tail++] = root;
    while (head < tail) {
      const v = sequence[head++]!;
      for (let a = offsets[v]!; a < offsets[v + 1]!; a++) {
        const w = targets[a]!;
        if (!seen[w]) {
          seen[w] = 1;
          sequence[tail++] = w;
        }
      }
    }
  }
  return sequence;
}

function renumber(csr: Csr): Csr {
  const n = csr.order;
  const sequence = breadthFirstOrder(csr);
  const number = new Int32Array(n);
  for (let i = 0; i < n; i++) number[sequence[i]!] = i;
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(csr.targets.length);
  const edges = new Int32Array(csr.edges.length);
  const keys: string[] = new Array(n);
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const old = sequence[i]!;
    keys[i] = csr.keys[old]!;
    index.set(keys[i]!, i);
    let k = offsets[i]!;
    for (let a = csr.offsets[old]!; a < csr.offsets[old + 1]!; a++) {
      targets[k] = number[csr.targets[a]!]!;
      edges[k++] = csr.edges[a]!;
    }
    offsets[i + 1] = k;
  }
  return { order: n, size: csr.size, keys, index, offsets, targets, edges, edgeKeys: csr.edgeKeys };
}

/** The same nodes (and numbers) with only the arcs `keep` accepts; `keep` must be symmetric. */
export function filterArcs(csr: Csr, keep: (v: number, w: number) => boolean): Csr {
  const { order: n, offsets, targets, edges } = csr;
  const mask = new Uint8Array(targets.length);
  const newOffsets = new Int32Array(n + 1);
  let count = 0;
  for (let v = 0; v < n; v++) {
    for (let a = offsets[v]!; a < offsets[v + 1]!; a++) {
      if (keep(v, targets[a]!)) {
        mask[a] = 1;
        count++;
      }
    }
    newOffsets[v + 1] = count;
  }
  const newTargets = new Int32Array(count);
  const newEdges = new Int32Array(count);
  let k = 0;
  for (let a = 0; a < targets.length; a++) {
    if (mask[a] === 1) {
      newTargets[k] = targets[a]!;
      newEdges[k++] = edges[a]!;
    }
  }
  return { ...csr, size: count / 2, offsets: newOffsets, targets: newTargets, edges: newEdges };
}
