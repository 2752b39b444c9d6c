import type { Graaf } from '../types.js';
import { scalairen } from './_waarden.js';

type Soort = 'boolean' | 'int' | 'double' | 'string';

// XML 1.0 allows tab, newline, carriage return and printable characters; drop the rest.
const ONGELDIG = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const BIJZONDER = /[&<>"']/;

export function xml(tekst: string): string {
  const schoon = tekst.replace(ONGELDIG, '');
  if (!BIJZONDER.test(schoon)) return schoon;
  return schoon
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function soortVan(waarde: string | number | boolean): Soort {
  if (typeof waarde === 'boolean') return 'boolean';
  if (typeof waarde === 'number') return Number.isInteger(waarde) && Math.abs(waarde) < 2 ** 31 ? 'int' : 'double';
  return 'string';
}

function verenig(a: Soort | undefined, b: Soort): Soort {
  if (a === undefined || a === b) return b;
  if ((a === 'int' && b === 'double') || (a === 'double' && b === 'int')) return 'double';
  return 'string';
}

interface Rij {
  key: string;
  waarden: Record<string, string | number | boolean>;
}

function model(rijen: Rij[]): Map<string, Soort> {
  const soorten = new Map<string, Soort>();
  for (const { waarden } of rijen)
    for (const [n, w] of Object.entries(waarden)) soorten.set(n, verenig(soorten.get(n), soortVan(w)));
  return soorten;
}

function data(waarden: Record<string, string | number | boolean>, ids: Map<string, string>): string {
  let uit = '';
  for (const [naam, id] of ids) {
    const w = waarden[naam];
    if (w !== undefined) uit += `<data key="${id}">${xml(String(w))}</data>`;
  }
  return uit;
}

/**
 * The graph as GraphML for Gephi, yEd and NetworkX (graphology-graphml only parses, so this one
 * writes). `naam` becomes the `label` key and `gewicht` the edge `weight`, which Gephi picks up;
 * other attributes are typed keys (boolean, int, double, string); lists are joined with `, `.
 */
export function exportGraphml(graph: Graaf): string {
  const knopen: Rij[] = [];
  graph.forEachNode((key, a) => {
    knopen.push({
      key,
      waarden: { ...(a.naam !== undefined ? { label: String(a.naam) } : {}), ...scalairen(a, ['naam', 'label']) },
    });
  });
  const kanten: Array<Rij & { bron: string; doel: string }> = [];
  graph.forEachEdge((key, a, bron, doel) => {
    const waarden = scalairen(a, ['gewicht', 'weight']);
    if (typeof a.gewicht === 'number') waarden.weight = a.gewicht;
    kanten.push({ key, bron, doel, waarden });
  });
  const knoopModel = model(knopen);
  const kantModel = model(kanten);
  const knoopIds = new Map([...knoopModel.keys()].map((n, i) => [n, `n${i}`]));
  const kantIds = new Map([...kantModel.keys()].map((n, i) => [n, `e${i}`]));

  const regels = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [naam, id] of knoopIds) {
    regels.push(`  <key id="${id}" for="node" attr.name="${xml(naam)}" attr.type="${knoopModel.get(naam)}"/>`);
  }
  for (const [naam, id] of kantIds) {
    regels.push(`  <key id="${id}" for="edge" attr.name="${xml(naam)}" attr.type="${kantModel.get(naam)}"/>`);
  }
  regels.push(`  <graph id="G" edgedefault="${graph.type === 'directed' ? 'directed' : 'undirected'}">`);
  for (const k of knopen) regels.push(`    <node id="${xml(k.key)}">${data(k.waarden, knoopIds)}</node>`);
  for (const k of kanten) {
    regels.push(
      `    <edge id="${xml(k.key)}" source="${xml(k.bron)}" target="${xml(k.doel)}">${data(k.waarden, kantIds)}</edge>`,
    );
  }
  regels.push('  </graph>', '</graphml>', '');
  return regels.join('\n');
}
