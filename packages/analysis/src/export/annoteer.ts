import type { Momentopname } from '@netwerkregie/domain';
import { type AnalyseContext, type AnalyseOpties, toContext } from '../context.js';
import { runTarjan } from '../metrieken/_tarjan.js';
import type { NetwerkGraaf } from '../types.js';

/**
 * The snapshot's graph with its metrics as node attributes, for Gephi and the map: `betweenness`,
 * `closeness`, `degree`, `community` (Louvain), `articulationPoint` (of the whole graph) and
 * `kwetsbareSchakel` (a person without whom the person network falls apart, see `kwetsbaarheid`).
 * Uses the context's computations (no second pass) and writes onto the context's graph.
 */
export function buildAnnotatedGraph(bron: Momentopname | AnalyseContext, opties?: AnalyseOpties): NetwerkGraaf {
  const ctx = toContext(bron, opties);
  const { keys } = ctx.csr;
  const { betweenness, closeness } = ctx.centraliteit;
  const { community } = ctx.gemeenschappen;
  const knip = ctx.knippersonen;
  const { cut } = runTarjan(ctx.csr);
  keys.forEach((k, i) => {
    ctx.graaf.mergeNodeAttributes(k, {
      betweenness: betweenness[i]!,
      closeness: closeness[i]!,
      degree: ctx.graaf.degreeWithoutSelfLoops(k),
      community: community[k]!,
      articulationPoint: cut[i] === 1,
      kwetsbareSchakel: knip.has(k),
    });
  });
  return ctx.graaf;
}
