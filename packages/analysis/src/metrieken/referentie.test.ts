import { readFileSync } from 'node:fs';
import { articulationPoints, betweenness, communities } from '@netwerkregie/analysis';
import { UndirectedGraph } from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import closenessModule from 'graphology-metrics/centrality/closeness.js';
import { describe, expect, it } from 'vitest';
import { bridges } from './bridges.js';
import { closeness } from './closeness.js';

const gmBetweenness = ((betweennessModule as unknown as { default?: unknown }).default ??
  betweennessModule) as typeof betweennessModule.default;
const gmCloseness = ((closenessModule as unknown as { default?: unknown }).default ??
  closenessModule) as typeof closenessModule.default;

interface Beschrijving {
  knopen: string[];
  kanten: Array<[string, string]>;
  betweenness: Record<string, number>;
  closeness: Record<string, number>;
  articulatiepunten: string[];
  bruggen: Array<[string, string]>;
}
interface Referentie extends Beschrijving {
  louvain: Array<{ seed: number; aantal: number; modularity: number }>;
  onsamenhangend?: Beschrijving;
}

const read = (naam: string): Referentie =>
  JSON.parse(readFileSync(new URL(`../../referentie/${naam}.json`, import.meta.url), 'utf8'));

function graaf(b: Beschrijving) {
  const g = new UndirectedGraph();
  for (const k of b.knopen) g.addNode(k);
  for (const [u, v] of b.kanten) g.addEdge(u, v);
  return g;
}

function gelijk(uitkomst: Record<string, number>, verwacht: Record<string, number>) {
  expect(Object.keys(uitkomst).sort()).toEqual(Object.keys(verwacht).sort());
  for (const [k, v] of Object.entries(verwacht)) expect(Math.abs(uitkomst[k]! - v), k).toBeLessThanOrEqual(1e-9);
}

const karate = read('karate');
const lesmis = read('lesmis');
const diamanten = read('diamanten');
const gevallen: Array<[string, Beschrijving]> = [
  ['karate', karate],
  ['lesmis', lesmis],
  ['karate + losse delen', karate.onsamenhangend!],
  ['keten van 40 ruiten', diamanten],
];

describe.each(gevallen)('against NetworkX: %s', (_naam, ref) => {
  const g = graaf(ref);
  it('betweenness (exact Brandes) equals NetworkX to 1e-9', () => {
    gelijk(betweenness(g, { exactUpTo: Number.POSITIVE_INFINITY }), ref.betweenness);
  });
  it('closeness (Wasserman-Faust) equals NetworkX to 1e-9', () => {
    gelijk(closeness(g, { exactUpTo: Number.POSITIVE_INFINITY }), ref.closeness);
    gelijk(gmCloseness(g, { wassermanFaust: true }), ref.closeness);
  });
  it('articulation points and bridges equal NetworkX', () => {
    expect([...articulationPoints(g)].sort()).toEqual(ref.articulatiepunten);
    expect(bridges(g)).toEqual(ref.bruggen);
  });
});

/**
 * Louvain is random, in NetworkX as in graphology. Stated tolerance: with the same seeds, each of
 * our modularities is within 0.035 of NetworkX's for that seed (NetworkX's own results on karate
 * already spread 0.034 over these five seeds), and the means over the seeds are within 0.01.
 */
describe('Louvain modularity against NetworkX louvain_communities(seed=...)', () => {
  it.each([
    ['karate', karate],
    ['lesmis', lesmis],
  ])('%s', (_naam, ref) => {
    const g = graaf(ref);
    const ons = ref.louvain.map(({ seed }) => communities(g, { seed, weight: null }).modularity);
    ref.louvain.forEach(({ modularity }, i) => {
      expect(Math.abs(ons[i]! - modularity)).toBeLessThanOrEqual(0.035);
    });
    const gemiddeld = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(Math.abs(gemiddeld(ons) - gemiddeld(ref.louvain.map((l) => l.modularity)))).toBeLessThanOrEqual(0.01);
  });
});

describe.each(gevallen.slice(0, 3))('graphology-metrics on %s', (_naam, ref) => {
  it('normalises betweenness the same way as NetworkX (unweighted path)', () => {
    gelijk(gmBetweenness(graaf(ref), { getEdgeWeight: null }), ref.betweenness);
  });
});

describe('path counts beyond 32 bits', () => {
  it('graphology-metrics goes wrong on 2^40 shortest paths, Float64 sigma does not', () => {
    const g = graaf(diamanten);
    const fout = gmBetweenness(g, { getEdgeWeight: null });
    const mis = Object.entries(diamanten.betweenness).filter(([k, v]) => !(Math.abs(fout[k]! - v) <= 1e-9));
    expect(mis.length).toBeGreaterThan(0);
    gelijk(betweenness(g, { exactUpTo: Number.POSITIVE_INFINITY }), diamanten.betweenness);
  });
});

describe('sampled betweenness', () => {
  const g = graaf(lesmis);
  it('with every node as pivot, linear scaling gives the exact values back', () => {
    gelijk(betweenness(g, { exactUpTo: 0, pivots: g.order }), lesmis.betweenness);
    gelijk(betweenness(g, { exactUpTo: 0, pivots: g.order, scaling: 'uniform' }), lesmis.betweenness);
  });
  it('is reproducible for a seed and reports how it was computed', () => {
    const a = betweenness.detailed(g, { exactUpTo: 10, pivots: 20, seed: 7 });
    expect(a.method).toBe('sampled');
    expect(a.pivots).toBe(20);
    expect(betweenness(g, { exactUpTo: 10, pivots: 20, seed: 7 })).toEqual(a.centrality);
    expect(betweenness(g, { exactUpTo: 10, pivots: 20, seed: 8 })).not.toEqual(a.centrality);
    expect(betweenness.detailed(g).method).toBe('exact');
  });
  it('estimates closeness from the pivots (all pivots: exact)', () => {
    gelijk(closeness(g, { exactUpTo: 0, pivots: g.order }), lesmis.closeness);
  });
});
