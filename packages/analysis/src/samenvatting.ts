import type { z } from 'zod';
import type { AnalyseContext } from './context.js';
import { runTarjan } from './metrieken/_tarjan.js';
import type { MetriekenSamenvattingSchema, TopKnoopSchema } from './schemas.js';

export type TopKnoop = z.infer<typeof TopKnoopSchema>;

/** The network in figures, for the report. */
export type MetriekenSamenvatting = z.infer<typeof MetriekenSamenvattingSchema>;

function top(ctx: AnalyseContext, waarden: Float64Array, n: number): TopKnoop[] {
  const { keys } = ctx.csr;
  const volgorde = Array.from(waarden.keys())
    .sort((a, b) => waarden[b]! - waarden[a]! || (keys[a]! < keys[b]! ? -1 : 1))
    .slice(0, n);
  return volgorde.map((i) => {
    const a = ctx.graaf.getNodeAttributes(keys[i]!);
    return { id: keys[i]!, naam: a.naam, soort: a.soort, waarde: waarden[i]! };
  });
}

/** Counts, components, centrality leaders, communities and cut points of the snapshot's graph. */
export function summariseMetrieken(ctx: AnalyseContext, topN = 10): MetriekenSamenvatting {
  const g = ctx.graaf;
  const knopen = { totaal: g.order, persoon: 0, organisatie: 0, overleg: 0 };
  g.forEachNode((_k, a) => {
    knopen[a.soort]++;
  });
  const kanten = { totaal: g.size, lidmaatschap: 0, deelname: 0, relatie: 0 };
  g.forEachEdge((_k, a) => {
    kanten[a.soort]++;
  });
  const c = ctx.centraliteit;
  const tarjan = runTarjan(ctx.csr);
  return {
    knopen,
    kanten,
    dichtheid: g.order > 1 ? (2 * g.size) / (g.order * (g.order - 1)) : 0,
    componenten: { aantal: ctx.componenten.count, grootste: ctx.componenten.largest },
    centraliteit: {
      methode: c.method === 'exact' ? 'exact' : 'steekproef',
      pivots: c.pivots,
      betweenness: top(ctx, c.betweenness, topN),
      closeness: top(ctx, c.closeness, topN),
    },
    communities: { aantal: ctx.gemeenschappen.count, modularity: ctx.gemeenschappen.modularity },
    articulatiepunten: tarjan.cut.reduce((s, x) => s + x, 0),
    bruggen: tarjan.bridges.length,
    knippersonen: ctx.knippersonen.size,
  };
}
