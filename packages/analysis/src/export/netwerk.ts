import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { commonjs } from '../_interop.js';
import { createRng } from '../_rng.js';
import type { Graaf } from '../types.js';

const forceAtlas2 = commonjs(forceAtlas2Module);

export interface NetwerkKnoop {
  id: string;
  [attribuut: string]: unknown;
}

export interface NetwerkKant {
  id: string;
  bron: string;
  doel: string;
  [attribuut: string]: unknown;
}

/** Nodes and edges as plain JSON for a map. */
export interface Netwerk {
  knopen: NetwerkKnoop[];
  kanten: NetwerkKant[];
}

export interface NetwerkOpties {
  /**
   * Keep only the nodes this accepts (edges need both ends). Use it to leave out persons of the
   * informal network for roles that may not see them (AVG art. 9, see DESIGN.md).
   */
  toon?: (id: string, attributen: Record<string, unknown>) => boolean;
}

/** The graph's nodes and edges with their attributes, for the API's map (`netwerk`). */
export function toNetwerk(graph: Graaf, opties: NetwerkOpties = {}): Netwerk {
  const zichtbaar = new Set<string>();
  const knopen: NetwerkKnoop[] = [];
  graph.forEachNode((id, a) => {
    if (opties.toon && !opties.toon(id, a)) return;
    zichtbaar.add(id);
    knopen.push({ id, ...a });
  });
  const kanten: NetwerkKant[] = [];
  graph.forEachEdge((id, a, bron, doel) => {
    if (zichtbaar.has(bron) && zichtbaar.has(doel)) kanten.push({ id, bron, doel, ...a });
  });
  return { knopen, kanten };
}

export interface LayoutOpties {
  /** ForceAtlas2 iterations (default 100). */
  iterations?: number;
  /** Seed of the starting positions (default 1). */
  seed?: number;
}

/**
 * Positions (`x`, `y`) for a map: seeded random start, then ForceAtlas2 with its inferred
 * settings (Barnes-Hut above 2,000 nodes). Deterministic for a seed. Costly on large graphs:
 * lay out a filtered or community-level graph there.
 */
export function layoutGraph(graph: Graaf, opties: LayoutOpties = {}): void {
  const rng = createRng(opties.seed ?? 1);
  graph.forEachNode((knoop) => {
    graph.mergeNodeAttributes(knoop, { x: rng() * 1000, y: rng() * 1000 });
  });
  forceAtlas2.assign(graph, {
    iterations: opties.iterations ?? 100,
    getEdgeWeight: null,
    settings: forceAtlas2.inferSettings(graph),
  });
}
