import { articulationPoints } from '@netwerkregie/analysis';
import fc from 'fast-check';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { bridges } from './bridges.js';

function graaf(n: number, kanten: Array<[number, number]>) {
  const g = new UndirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(String(i));
  for (const [u, v] of kanten) if (u !== v && !g.hasEdge(String(u), String(v))) g.addEdge(String(u), String(v));
  return g;
}

/** Components among the nodes `toegestaan` accepts, counting only edges `kantToegestaan` accepts. */
function componenten(
  g: UndirectedGraph,
  toegestaan: (k: string) => boolean,
  kantToegestaan: (e: string) => boolean = () => true,
) {
  const gezien = new Set<string>();
  let aantal = 0;
  g.forEachNode((start) => {
    if (!toegestaan(start) || gezien.has(start)) return;
    aantal++;
    const stapel = [start];
    gezien.add(start);
    while (stapel.length > 0) {
      const v = stapel.pop()!;
      g.forEachEdge(v, (e, _a, s, t) => {
        const w = s === v ? t : s;
        if (kantToegestaan(e) && toegestaan(w) && !gezien.has(w)) {
          gezien.add(w);
          stapel.push(w);
        }
      });
    }
  });
  return aantal;
}

const willekeurigeGraaf = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    kanten: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 2 * n }),
    geteld: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
  }),
);

describe('iterative Tarjan', () => {
  it('finds exactly the nodes whose removal adds a component (brute force)', () => {
    fc.assert(
      fc.property(willekeurigeGraaf, ({ n, kanten }) => {
        const g = graaf(n, kanten);
        const voor = componenten(g, () => true);
        const verwacht = g.nodes().filter((x) => componenten(g, (k) => k !== x) > voor - (g.degree(x) === 0 ? 1 : 0));
        expect(articulationPoints(g).sort()).toEqual(verwacht.sort());
      }),
      { numRuns: 500 },
    );
  });

  it('finds exactly the edges whose removal adds a component (brute force)', () => {
    fc.assert(
      fc.property(willekeurigeGraaf, ({ n, kanten }) => {
        const g = graaf(n, kanten);
        const voor = componenten(g, () => true);
        const verwacht = g
          .edges()
          .filter(
            (e) =>
              componenten(
                g,
                () => true,
                (f) => f !== e,
              ) > voor,
          )
          .map((e) => [g.source(e), g.target(e)].sort())
          .sort((a, b) => (a[0] === b[0] ? (a[1]! < b[1]! ? -1 : 1) : a[0]! < b[0]! ? -1 : 1));
        expect(bridges(g)).toEqual(verwacht);
      }),
      { numRuns: 500 },
    );
  });

  it('with counted nodes: reports a node whose removal splits the counted nodes', () => {
    fc.assert(
      fc.property(willekeurigeGraaf, ({ n, kanten, geteld }) => {
        const g = graaf(n, kanten);
        const counted = (k: string) => geteld[Number(k)] === true;
        const verwacht = g.nodes().filter((x) => splits(g, x, counted));
        expect(articulationPoints(g, { counts: (k) => counted(k) }).sort()).toEqual(verwacht.sort());
      }),
      { numRuns: 500 },
    );
  });

  it('survives a path of 20,000 nodes without overflowing the stack', () => {
    const n = 20_000;
    const g = graaf(
      n,
      Array.from({ length: n - 1 }, (_, i) => [i, i + 1] as [number, number]),
    );
    const punten = articulationPoints(g);
    expect(punten.length).toBe(n - 2);
    expect(punten.includes('0')).toBe(false);
    expect(bridges(g).length).toBe(n - 1);
  });
});

/** Brute force: removing x separates two counted nodes that were connected before. */
function splits(g: UndirectedGraph, x: string, telt: (k: string) => boolean): boolean {
  const component = (zonder: string | null) => {
    const label = new Map<string, number>();
    let id = 0;
    for (const start of g.nodes()) {
      if (start === zonder || label.has(start)) continue;
      id++;
      const stapel = [start];
      label.set(start, id);
      while (stapel.length > 0) {
        const v = stapel.pop()!;
        for (const w of g.neighbors(v)) {
          if (w !== zonder && !label.has(w)) {
            label.set(w, id);
            stapel.push(w);
          }
        }
      }
    }
    return label;
  };
  const voor = component(null);
  const na = component(x);
  const geteld = g.nodes().filter((k) => k !== x && telt(k));
  return geteld.some((a) => geteld.some((b) => voor.get(a) === voor.get(b) && na.get(a) !== na.get(b)));
}
