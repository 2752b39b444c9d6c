import { buildGraph } from '@netwerkregie/analysis';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { Bouwer } from './_testbouwer.js';
import { GEWICHT } from './graaf.js';

describe('buildGraph', () => {
  const m = new Bouwer()
    .organisatie('politie', 'veiligheid', { wijken: ['Noord'] })
    .organisatie('ggz', 'zorg')
    .organisatie('moskee', 'gemeenschap')
    .persoon('anna', ['politie', 'ggz'], ['contactpersoon-radicalisering'])
    .lid('anna', 'politie', ['eerstelijnswerker'])
    .persoon('bob', 'moskee', ['sleutelfiguur'])
    .persoon('oud', 'ggz', [], { begin: '2010-01-01', einde: '2020-01-01' })
    .training('anna', '2025-01-01')
    .overleg('vh', { organisaties: ['politie', 'ggz'], personen: ['anna'] })
    .relatie('persoon', 'anna', 'bob')
    .relatie('persoon', 'bob', 'anna')
    .relatie('organisatie', 'politie', 'ggz')
    .relatie('persoon', 'anna', 'onbekend')
    .contact('politie', '2026-02-01', 'signaal')
    .contact('politie', '2026-02-15', 'signaal').m;
  const g = buildGraph(m);

  it('has a node per person, organisation and meeting, keyed by kind', () => {
    expect(g.nodes()).toEqual([
      'organisatie:politie',
      'organisatie:ggz',
      'organisatie:moskee',
      'overleg:vh',
      'persoon:anna',
      'persoon:bob',
      'persoon:oud',
    ]);
    expect(g.type).toBe('undirected');
  });

  it('gives nodes their attributes, contact moments included', () => {
    expect(g.getNodeAttributes('organisatie:politie')).toEqual({
      soort: 'organisatie',
      naam: 'Politie',
      domein: 'veiligheid',
      netwerk: 'formeel',
      organisatiesoort: null,
      wijken: ['Noord'],
      laatsteContact: '2026-02-15',
      dagenSindsContact: 14,
      contactmomenten: 2,
      alleenSignaal: true,
    });
    expect(g.getNodeAttributes('persoon:anna')).toEqual({
      soort: 'persoon',
      naam: 'Anna',
      domein: 'meerdere',
      netwerk: 'formeel',
      rollen: ['contactpersoon-radicalisering', 'eerstelijnswerker'],
      getraind: true,
    });
    expect(g.getNodeAttributes('persoon:bob')).toMatchObject({ domein: 'gemeenschap', netwerk: 'informeel' });
    expect(g.getNodeAttributes('persoon:oud')).toMatchObject({ domein: null, netwerk: null, rollen: [] });
    expect(g.getNodeAttributes('overleg:vh')).toEqual({
      soort: 'overleg',
      naam: 'Overleg vh',
      domein: null,
      netwerk: null,
      overlegsoort: null,
    });
  });

  it('has one edge per pair with its kind, weight and count; ended memberships and unknown ids left out', () => {
    const kanten = g.mapEdges((_k, a, bron, doel) => [bron, doel, a.soort, a.gewicht, a.aantal]);
    expect(kanten).toEqual([
      ['persoon:anna', 'organisatie:politie', 'lidmaatschap', 2, 2],
      ['persoon:anna', 'organisatie:ggz', 'lidmaatschap', 1, 1],
      ['persoon:bob', 'organisatie:moskee', 'lidmaatschap', 1, 1],
      ['organisatie:politie', 'overleg:vh', 'deelname', 1, 1],
      ['organisatie:ggz', 'overleg:vh', 'deelname', 1, 1],
      ['persoon:anna', 'overleg:vh', 'deelname', 1, 1],
      ['persoon:anna', 'persoon:bob', 'relatie', 4, 2],
      ['organisatie:politie', 'organisatie:ggz', 'relatie', 2, 1],
    ]);
    expect(g.getEdgeAttribute('persoon:anna', 'organisatie:politie', 'rollen')).toEqual([
      'contactpersoon-radicalisering',
      'eerstelijnswerker',
    ]);
    expect(g.getEdgeAttribute('persoon:anna', 'persoon:bob', 'relatiesoorten')).toEqual(['samenwerking']);
    expect(GEWICHT).toEqual({ relatie: 2, lidmaatschap: 1, deelname: 1 });
  });

  it('equals the same graph built the plain graphology way (the adjacency speed-up changes nothing)', () => {
    const gewoon = new UndirectedGraph();
    gewoon.import(g.export());
    expect(g.export()).toEqual(gewoon.export());
    g.forEachNode((k) => {
      expect(g.neighbors(k)).toEqual(gewoon.neighbors(k));
      expect(g.edges(k)).toEqual(gewoon.edges(k));
    });
  });

  it('leaves the snapshot untouched', () => {
    const kopie = structuredClone(m);
    buildGraph(m);
    expect(m).toEqual(kopie);
  });
});
