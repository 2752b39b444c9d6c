import type { NetwerkGraaf } from './types.js';

/**
 * Puts the adjacency objects of a fresh graphology graph in V8's dictionary mode before edges are
 * added. graphology keeps a node's neighbours as properties of a plain object keyed by neighbour;
 * V8 gives every such object its own chain of hidden classes, one per added neighbour: adding
 * 800,000 edges among 100,000 nodes took 17 s of CPU, in dictionary mode 9 s (measured while
 * writing bench/analyse.mjs). Behaviour is unchanged: dictionary objects keep insertion order.
 *
 * This touches graphology's internal `_nodes` map (graphology 0.26); when that is not there, it
 * does nothing and only speed is lost. `graaf.test.ts` checks the graph equals one built without it.
 */
export function prepareAdjacency(graaf: NetwerkGraaf): void {
  const intern = (graaf as unknown as { _nodes?: unknown })._nodes;
  if (!(intern instanceof Map)) return;
  for (const data of intern.values()) {
    const buren = (data as { undirected?: unknown }).undirected;
    if (buren === null || typeof buren !== 'object' || Object.keys(buren).length > 0) continue;
    const object = buren as Record<string, unknown>;
    // Adding two properties and deleting the first moves the object to dictionary mode
    // (deleting only the last one added would just roll its hidden class back).
    object.__a = 0;
    object.__b = 0;
    delete object.__a;
    delete object.__b;
  }
}
