import { readFileSync } from 'node:fs';
import { articulationPoints, betweenness, communities, toCsr } from '@netwerkregie/analysis';
import fc from 'fast-check';
import { UndirectedGraph } from 'graphology';
import { connectedComponents } from 'graphology-components';
import { describe, expect, it } from 'vitest';
import { bridges } from './bridges.js';
import { closeness } from './closeness.js';
import { components } from './components.js';
import { degree } from './degree.js';
import { shortestPath } from './shortest-path.js';

function karate() {
  const ref = JSON.parse(readFileSync(new URL('../../referentie/karate.json', import.meta.url), 'utf8'));
  const g = new UndirectedGraph();
  for (const k of ref.knopen) g.addNode(k);
  for (const [u, v] of ref.kanten) g.addEdge(u, v);
  return g;
}

function pad(n: number) {
  const g = new UndirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(`n${i}`);
  for (let i = 1; i < n; i++) g.addEdge(`n${i - 1}`, `n${i}`);
  return g;
}

describe('degree', () => {
  it('counts ties, optionally normalised, and assigns them', () => {
    const g = pad(4);
    expect(degree(g)).toEqual({ n0: 1, n1: 2, n2: 2, n3: 1 });
    expect(degree(g, { normalized: true })).toEqual({ n0: 1 / 3, n1: 2 / 3, n2: 2 / 3, n3: 1 / 3 });
    degree.assign(g);
    expect(g.getNodeAttribute('n1', 'degree')).toBe(2);
  });
});

describe('assign variants', () => {
  it('write betweenness, closeness, articulation points and bridges onto the graph', () => {
    const g = pad(3);
    betweenness.assign(g);
    closeness.assign(g, { attribute: 'nabijheid' });
    articulationPoints.assign(g);
    bridges.assign(g);
    expect(g.mapNodes((_k, a) => [a.betweenness, a.nabijheid, a.articulationPoint])).toEqual([
      [0, 2 / 3, false],
      [1, 1, true],
      [0, 2 / 3, false],
    ]);
    expect(g.mapEdges((_k, a) => a.bridge)).toEqual([true, true]);
  });

  it('reuse adjacency built once with toCsr', () => {
    const g = karate();
    const csr = toCsr(g);
    expect(articulationPoints(g, { csr })).toEqual(['0']);
    expect(bridges(g, { csr })).toEqual([['0', '11']]);
    expect(betweenness(g, { csr })).toEqual(betweenness(g));
    expect(closeness(g, { csr })).toEqual(closeness(g));
  });
});

describe('articulation points of a class of nodes', () => {
  it('reports a node only when it separates counted nodes', () => {
    // a - hub - b - c, and a leaf on the hub: the hub separates a from b, nothing separates b from c.
    const g = new UndirectedGraph();
    for (const k of ['a', 'hub', 'b', 'leaf', 'c']) g.addNode(k);
    g.addEdge('a', 'hub');
    g.addEdge('hub', 'b');
    g.addEdge('b', 'c');
    g.addEdge('hub', 'leaf');
    expect(articulationPoints(g)).toEqual(['hub', 'b']);
    expect(articulationPoints(g, { counts: (k) => k === 'a' || k === 'b' })).toEqual(['hub']);
    expect(articulationPoints(g, { counts: (k) => k === 'b' || k === 'c' })).toEqual([]);
  });
});

describe('components', () => {
  it('partitions like graphology-components, largest first', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.tuple(fc.nat(29), fc.nat(29)), { maxLength: 40 }),
        (n, paren) => {
          const g = new UndirectedGraph();
          for (let i = 0; i < n; i++) g.addNode(String(i));
          for (const [u, v] of paren)
            if (u < n && v < n && u !== v && !g.hasEdge(String(u), String(v))) g.addEdge(String(u), String(v));
          const ons = components(g);
          const norm = (cs: string[][]) => cs.map((c) => [...c].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
          expect(norm(ons.components)).toEqual(norm(connectedComponents(g)));
          expect(ons.count).toBe(connectedComponents(g).length);
          expect(ons.components.map((c) => c.length)).toEqual(
            [...ons.components.map((c) => c.length)].sort((a, b) => b - a),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('communities', () => {
  it('finds two cliques joined by one edge, seeded, and assigns them', () => {
    const g = new UndirectedGraph();
    const a = ['a1', 'a2', 'a3', 'a4'];
    const b = ['b1', 'b2', 'b3', 'b4'];
    for (const k of [...a, ...b]) g.addNode(k);
    for (const groep of [a, b])
      for (const x of groep) for (const y of groep) if (x < y) g.addEdge(x, y, { gewicht: 1 });
    g.addEdge('a1', 'b1', { gewicht: 1 });
    const r = communities.assign(g, { seed: 3 });
    expect(r.count).toBe(2);
    // Two K4s and a bridge: m = 13, each side has 6 internal edges and degree sum 13.
    expect(r.modularity).toBeCloseTo(2 * (6 / 13 - (13 / 26) ** 2), 12);
    expect(new Set(a.map((k) => g.getNodeAttribute(k, 'community'))).size).toBe(1);
    expect(g.getNodeAttribute('a1', 'community')).not.toBe(g.getNodeAttribute('b1', 'community'));
    expect(communities(g, { seed: 3 })).toEqual(r);
  });
});

describe('shortestPath', () => {
  it('returns the fewest-hops path or null, and names a missing node', () => {
    const g = pad(5);
    g.addNode('los');
    expect(shortestPath(g, 'n0', 'n4')).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
    expect(shortestPath(g, 'n2', 'n2')).toEqual(['n2']);
    expect(shortestPath(g, 'n0', 'los')).toBeNull();
    expect(() => shortestPath(g, 'n0', 'weg')).toThrow('analysis/shortestPath: knoop "weg" bestaat niet.');
  });
});
