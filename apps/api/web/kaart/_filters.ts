/**
 * The map's filters. Domein and netwerk select on the node's own field. Wijk selects organisations
 * working in the district, their persons and the meeting structures they take part in. Rol selects
 * persons with the role and their organisations. Overleg selects the meeting structure and who takes
 * part. Active filters combine: a node must pass each.
 */
import type Graph from 'graphology';

export interface Filters {
  domein: string;
  wijk: string;
  netwerk: string;
  rol: string;
  overleg: string;
}

export const GEEN_FILTERS: Filters = { domein: '', wijk: '', netwerk: '', rol: '', overleg: '' };

type Attr = Record<string, unknown>;

function buren(graaf: Graph, ids: Iterable<string>, soort?: string): Set<string> {
  const uit = new Set<string>();
  for (const id of ids) {
    graaf.forEachNeighbor(id, (n, a) => {
      if (!soort || (a as Attr).soort === soort) uit.add(n);
    });
  }
  return uit;
}

function waar(graaf: Graph, test: (a: Attr) => boolean): Set<string> {
  return new Set(graaf.filterNodes((_, a) => test(a as Attr)));
}

function perFilter(graaf: Graph, f: Filters): Array<Set<string>> {
  const sets: Array<Set<string>> = [];
  if (f.domein) sets.push(waar(graaf, (a) => a.domein === f.domein));
  if (f.netwerk) sets.push(waar(graaf, (a) => a.netwerk === f.netwerk));
  if (f.wijk) {
    const org = waar(graaf, (a) => a.soort === 'organisatie' && ((a.wijken as string[]) ?? []).includes(f.wijk));
    const personen = buren(graaf, org, 'persoon');
    const overleggen = buren(graaf, [...org, ...personen], 'overleg');
    sets.push(new Set([...org, ...personen, ...overleggen]));
  }
  if (f.rol) {
    const personen = waar(graaf, (a) => a.soort === 'persoon' && ((a.rollen as string[]) ?? []).includes(f.rol));
    sets.push(new Set([...personen, ...buren(graaf, personen, 'organisatie')]));
  }
  if (f.overleg && graaf.hasNode(f.overleg)) sets.push(new Set([f.overleg, ...graaf.neighbors(f.overleg)]));
  return sets;
}

/** The ids of the nodes that pass every active filter. */
export function zichtbareKnopen(graaf: Graph, f: Filters): Set<string> {
  const sets = perFilter(graaf, f);
  return new Set(graaf.filterNodes((id) => sets.every((s) => s.has(id))));
}

/** The choices each filter offers, from the network itself. */
export function keuzes(graaf: Graph) {
  const domeinen = new Set<string>();
  const wijken = new Set<string>();
  const rollen = new Set<string>();
  const overleggen: Array<[string, string]> = [];
  graaf.forEachNode((id, a) => {
    const x = a as Attr;
    if (typeof x.domein === 'string') domeinen.add(x.domein);
    for (const w of (x.wijken as string[]) ?? []) wijken.add(w);
    for (const r of (x.rollen as string[]) ?? []) rollen.add(r);
    if (x.soort === 'overleg') overleggen.push([id, String(x.naam)]);
  });
  const sort = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b, 'nl'));
  return {
    domeinen: sort(domeinen),
    wijken: sort(wijken),
    rollen: sort(rollen),
    overleggen: overleggen.sort((a, b) => a[1].localeCompare(b[1], 'nl')),
  };
}
