import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { z } from 'zod';
import { commonjs } from '../_interop.js';
import { createRng } from '../_rng.js';
import type { NetwerkKaartSchema, NetwerkKantSchema, NetwerkKnoopSchema } from '../schemas.js';
import type { Graaf, KnoopAttributen, NetwerkGraaf } from '../types.js';

const forceAtlas2 = commonjs(forceAtlas2Module);

export type NetwerkKnoop = z.infer<typeof NetwerkKnoopSchema>;
export type NetwerkKant = z.infer<typeof NetwerkKantSchema>;

/** Nodes and edges as plain JSON for a map. */
export type Netwerk = z.infer<typeof NetwerkKaartSchema>;

export interface NetwerkOpties {
  /**
   * Keep only the nodes this accepts (edges need both ends). Use it to leave out persons of the
   * informal network for roles that may not see them (AVG art. 9, see DESIGN.md).
   */
  toon?: (id: string, attributen: KnoopAttributen) => boolean;
}

/** The graph's nodes and edges with their attributes, for the API's map (`netwerk`). */
export function toNetwerk(graph: NetwerkGraaf, opties: NetwerkOpties = {}): Netwerk {
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
