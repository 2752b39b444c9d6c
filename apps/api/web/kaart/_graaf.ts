/** The graphology graph the map draws: the API's nodes with colour, size, shape and a seeded start position. */
import Graph from 'graphology';
import { type Knoop, kleurVan, type Netwerk } from './_soorten.js';

/** Seeded random numbers (mulberry32): the same network starts from the same picture. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function buildGraph(netwerk: Netwerk): Graph {
  const graaf = new Graph({ multi: false, type: 'undirected', allowSelfLoops: false });
  const willekeurig = rng(1);
  const domeinen = [...new Set(netwerk.knopen.map((k) => k.domein ?? k.soort))].sort();
  for (const k of netwerk.knopen) {
    // Start each domain in its own sector, so ForceAtlas2 has less to untangle.
    const sector = (domeinen.indexOf(k.domein ?? k.soort) / domeinen.length) * 2 * Math.PI;
    const hoek = sector + willekeurig() * 0.8;
    const straal = 200 + willekeurig() * 300;
    graaf.addNode(k.id, {
      ...k,
      label: k.naam,
      color: kleurVan(k),
      // Informal network: squares; formal network and meeting structures: circles.
      type: k.netwerk === 'informeel' ? 'vierkant' : 'circle',
      x: Math.cos(hoek) * straal,
      y: Math.sin(hoek) * straal,
    });
  }
  for (const e of netwerk.kanten) {
    if (graaf.hasNode(e.bron) && graaf.hasNode(e.doel) && !graaf.hasEdge(e.bron, e.doel)) {
      graaf.addEdgeWithKey(e.id, e.bron, e.doel, {
        soort: e.soort,
        rollen: e.rollen ?? [],
        color: '#c8c8c8',
        size: 0.6,
      });
    }
  }
  const heeftBetweenness = netwerk.knopen.some((k) => typeof k.betweenness === 'number');
  graaf.forEachNode((id, a) => {
    const maat = heeftBetweenness ? Math.sqrt((a as Knoop).betweenness ?? 0) * 30 : Math.sqrt(graaf.degree(id)) * 1.5;
    graaf.setNodeAttribute(id, 'size', 3 + Math.min(maat, 20));
  });
  return graaf;
}
