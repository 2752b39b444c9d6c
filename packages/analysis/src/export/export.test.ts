import { buildAnnotatedGraph, exportGexf, exportGraphml, layoutGraph, toNetwerk } from '@netwerkregie/analysis';
import { UndirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { voorbeeld } from '../_testbouwer.js';

describe('buildAnnotatedGraph', () => {
  it('writes the metrics onto the nodes', () => {
    const g = buildAnnotatedGraph(voorbeeld());
    expect(g.getNodeAttributes('persoon:piet')).toMatchObject({
      soort: 'persoon',
      domein: 'veiligheid',
      degree: 3,
      articulationPoint: true,
      kwetsbareSchakel: true,
    });
    expect(g.getNodeAttributes('organisatie:school')).toMatchObject({
      articulationPoint: true,
      kwetsbareSchakel: false,
    });
    // Removing Piet splits the 10-node tree into 5 + 2 + 2 nodes: 24 of the 91 pairs among 14 others.
    expect(g.getNodeAttribute('persoon:piet', 'betweenness')).toBeCloseTo(24 / 91, 15);
    expect(typeof g.getNodeAttribute('persoon:piet', 'community')).toBe('number');
    expect(g.getNodeAttribute('organisatie:gemeente', 'closeness')).toBe(0);
  });
});

describe('exportGexf', () => {
  it('opens again with label, domain, network and metrics as attributes', () => {
    const g = buildAnnotatedGraph(voorbeeld());
    const xml = exportGexf(g);
    expect(xml).toContain('<gexf version="1.2" xmlns="http://www.gexf.net/1.2draft"');
    const terug = parseGexf(UndirectedGraph, xml);
    expect(terug.order).toBe(g.order);
    expect(terug.size).toBe(g.size);
    expect(terug.getNodeAttributes('persoon:piet')).toMatchObject({
      label: 'Piet',
      soort: 'persoon',
      domein: 'veiligheid',
      netwerk: 'formeel',
      degree: 3,
      articulationPoint: true,
      community: g.getNodeAttribute('persoon:piet', 'community'),
    });
    expect(terug.getNodeAttribute('persoon:piet', 'betweenness')).toBeCloseTo(
      g.getNodeAttribute('persoon:piet', 'betweenness') as number,
      12,
    );
    expect(terug.getEdgeAttributes(terug.edge('persoon:bea', 'persoon:piet')!)).toMatchObject({
      weight: 2,
      soort: 'relatie',
    });
  });
});

describe('exportGraphml', () => {
  it('opens again with typed attributes, escaped text and the edge weight', () => {
    const g = buildAnnotatedGraph(voorbeeld());
    g.setNodeAttribute('organisatie:school', 'naam', 'School "De <Brug>" & co');
    const terug = parseGraphml(UndirectedGraph, exportGraphml(g));
    expect(terug.order).toBe(g.order);
    expect(terug.size).toBe(g.size);
    expect(terug.getNodeAttributes('organisatie:school')).toMatchObject({
      label: 'School "De <Brug>" & co',
      soort: 'organisatie',
      domein: 'onderwijs',
      netwerk: 'formeel',
      degree: 3,
      articulationPoint: true,
    });
    expect(terug.getNodeAttribute('persoon:anna', 'rollen')).toBe('contactpersoon-radicalisering, eerstelijnswerker');
    expect(terug.getEdgeAttributes(terug.edge('persoon:bea', 'persoon:piet')!)).toMatchObject({
      weight: 2,
      soort: 'relatie',
      aantal: 1,
    });
  });
});

describe('toNetwerk and layoutGraph', () => {
  it('gives nodes and edges for a map, leaving out what the caller may not see', () => {
    const g = buildAnnotatedGraph(voorbeeld());
    const informeel = (_id: string, a: Record<string, unknown>) =>
      !(a.soort === 'persoon' && a.netwerk === 'informeel');
    const net = toNetwerk(g, { toon: informeel });
    expect(net.knopen.map((k) => k.id)).not.toContain('persoon:imam');
    expect(net.knopen).toHaveLength(14);
    expect(net.kanten).toHaveLength(10);
    expect(net.kanten[0]).toMatchObject({
      id: 'k0',
      bron: 'persoon:anna',
      doel: 'organisatie:politie',
      soort: 'lidmaatschap',
    });
  });

  it('lays the graph out the same way for the same seed', () => {
    const a = buildAnnotatedGraph(voorbeeld());
    const b = buildAnnotatedGraph(voorbeeld());
    layoutGraph(a, { seed: 3, iterations: 50 });
    layoutGraph(b, { seed: 3, iterations: 50 });
    const xy = (g: typeof a) => g.mapNodes((_k, n) => [n.x, n.y]);
    expect(xy(a)).toEqual(xy(b));
    for (const [x, y] of xy(a)) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
  });
});
