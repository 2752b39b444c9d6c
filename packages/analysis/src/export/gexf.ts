import { write } from 'graphology-gexf';
import type { Graaf } from '../types.js';
import { scalairen } from './_waarden.js';

const VIZ = ['x', 'y', 'size', 'color'] as const;

/**
 * The graph as GEXF 1.2 (graphology-gexf) for Gephi: `naam` becomes the label, `gewicht` the
 * edge weight, every other attribute (domein, netwerk, soort, betweenness, degree, community, ...)
 * a typed attribute column; lists are joined with `, `. Run `buildAnnotatedGraph` first for metrics.
 */
export function exportGexf(graph: Graaf): string {
  return write(graph, {
    version: '1.2',
    formatNode: (_key, a) => {
      const viz: Record<string, number> = {};
      for (const v of VIZ) if (typeof a[v] === 'number') viz[v] = a[v];
      return {
        label: String(a.naam ?? a.label ?? _key),
        attributes: scalairen(a, ['naam', 'label', ...VIZ]),
        ...(Object.keys(viz).length > 0 ? { viz } : {}),
      };
    },
    formatEdge: (_key, a) => ({
      ...(typeof a.gewicht === 'number' ? { weight: a.gewicht } : {}),
      attributes: scalairen(a, ['gewicht']),
    }),
  });
}
