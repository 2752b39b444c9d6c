import type { Graaf } from '../types.js';
import { shortestPathIndexed } from './_bfs.js';
import { type EdgeFilter, toCsr } from './csr.js';

/** Fewest-hops path between two nodes as node keys (source first), or null when unconnected. */
export function shortestPath(graph: Graaf, source: string, target: string, edgeFilter?: EdgeFilter): string[] | null {
  if (!graph.hasNode(source)) throw new Error(`analysis/shortestPath: knoop "${source}" bestaat niet.`);
  if (!graph.hasNode(target)) throw new Error(`analysis/shortestPath: knoop "${target}" bestaat niet.`);
  const csr = toCsr(graph, edgeFilter);
  const path = shortestPathIndexed(csr, csr.index.get(source)!, csr.index.get(target)!);
  return path ? path.map((i) => csr.keys[i]!) : null;
}
