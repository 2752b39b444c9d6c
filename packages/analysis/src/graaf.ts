import type { Domein, Momentopname, Rol } from '@netwerkregie/domain';
import { UndirectedGraph } from 'graphology';
import { prepareAdjacency } from './_adjacentie.js';
import { createRegister, type Register, sleutel } from './_register.js';
import { dagenTussen } from './_tijd.js';
import type { KantAttributen, Kantsoort, KnoopAttributen, NetwerkGraaf } from './types.js';

/** Tie strength per kind: a known working relation counts double (§2.5: trust). */
export const GEWICHT: Readonly<Record<Kantsoort, number>> = { relatie: 2, lidmaatschap: 1, deelname: 1 };

/** Collects the ties first, one record per node pair, so parallel records merge without graph lookups. */
class Kanten {
  readonly #perPaar = new Map<string, { a: string; b: string; attributen: KantAttributen }>();

  add(a: string, b: string, soort: Kantsoort, lijst?: { rollen?: Rol[]; relatiesoorten?: string[] }): void {
    const paar = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    const bestaand = this.#perPaar.get(paar);
    if (!bestaand) {
      this.#perPaar.set(paar, { a, b, attributen: { soort, gewicht: GEWICHT[soort], aantal: 1, ...lijst } });
      return;
    }
    const k = bestaand.attributen;
    k.gewicht += GEWICHT[soort];
    k.aantal += 1;
    if (lijst?.rollen) k.rollen = [...new Set([...(k.rollen ?? []), ...lijst.rollen])].sort();
    if (lijst?.relatiesoorten)
      k.relatiesoorten = [...new Set([...(k.relatiesoorten ?? []), ...lijst.relatiesoorten])].sort();
  }

  writeTo(graaf: NetwerkGraaf): void {
    let nummer = 0;
    for (const { a, b, attributen } of this.#perPaar.values()) graaf.addEdgeWithKey(`k${nummer++}`, a, b, attributen);
  }
}

/** The graph of one snapshot, from its register (see `buildGraph`). */
export function grafVanRegister(r: Register): NetwerkGraaf {
  const graaf: NetwerkGraaf = new UndirectedGraph<KnoopAttributen, KantAttributen>();
  // One key string per node, reused for its edges: graphology hashes a key on every lookup, and a
  // string it has seen before is already hashed (about a third off building 100,000 persons).
  const sleutels = {
    persoon: new Map<string, string>(),
    organisatie: new Map<string, string>(),
    overleg: new Map<string, string>(),
  };
  const knoop = (soort: keyof typeof sleutels, id: string) => {
    const k = sleutel[soort](id);
    sleutels[soort].set(id, k);
    return k;
  };
  const van = (soort: keyof typeof sleutels, id: string) => sleutels[soort].get(id)!;

  for (const o of r.organisaties.values()) {
    const contacten = r.contactenMet.get(o.id) ?? [];
    const laatste = contacten.at(-1)?.datum ?? null;
    graaf.addNode(knoop('organisatie', o.id), {
      soort: 'organisatie',
      naam: o.naam,
      domein: o.domein,
      netwerk: o.netwerk,
      organisatiesoort: o.soort,
      wijken: [...o.wijken],
      laatsteContact: laatste,
      dagenSindsContact: laatste === null ? null : dagenTussen(laatste, r.peildatum),
      contactmomenten: contacten.length,
      alleenSignaal: contacten.length > 0 && contacten.every((c) => c.aanleiding === 'signaal'),
    });
  }
  for (const o of r.overleggen.values()) {
    graaf.addNode(knoop('overleg', o.id), {
      soort: 'overleg',
      naam: o.naam,
      domein: null,
      netwerk: null,
      overlegsoort: o.soort,
    });
  }
  for (const p of r.personen.values()) {
    const organisaties = [...(r.organisatiesVan.get(p.id) ?? [])].map((id) => r.organisaties.get(id)!);
    const domeinen = new Set<Domein>(organisaties.map((o) => o.domein));
    const rollen = new Set<Rol>();
    for (const o of organisaties) for (const rol of r.rollen.get(o.id)?.get(p.id) ?? []) rollen.add(rol);
    graaf.addNode(knoop('persoon', p.id), {
      soort: 'persoon',
      naam: p.naam,
      domein: domeinen.size === 0 ? null : domeinen.size === 1 ? [...domeinen][0]! : 'meerdere',
      netwerk: organisaties.some((o) => o.netwerk === 'formeel')
        ? 'formeel'
        : organisaties.length > 0
          ? 'informeel'
          : null,
      rollen: [...rollen].sort(),
      getraind: (r.trainingenVan.get(p.id)?.length ?? 0) > 0,
    });
  }

  prepareAdjacency(graaf);
  const kanten = new Kanten();
  for (const l of r.lidmaatschappen) {
    kanten.add(van('persoon', l.persoonId), van('organisatie', l.organisatieId), 'lidmaatschap', {
      rollen: [...l.rollen].sort(),
    });
  }
  for (const [organisatie, overleggen] of r.overleggenVanOrganisatie) {
    for (const overleg of overleggen)
      kanten.add(van('organisatie', organisatie), van('overleg', overleg), 'deelname');
  }
  for (const [persoon, overleggen] of r.overleggenVanPersoon) {
    for (const overleg of overleggen) kanten.add(van('persoon', persoon), van('overleg', overleg), 'deelname');
  }
  for (const relatie of r.m.relaties) {
    const bekend = relatie.entiteit === 'persoon' ? r.personen : r.organisaties;
    if (relatie.van === relatie.naar || !bekend.has(relatie.van) || !bekend.has(relatie.naar)) continue;
    kanten.add(van(relatie.entiteit, relatie.van), van(relatie.entiteit, relatie.naar), 'relatie', {
      relatiesoorten: [relatie.soort],
    });
  }
  kanten.writeTo(graaf);
  return graaf;
}

/**
 * The network of one snapshot as an undirected graphology graph. Nodes: `organisatie:<id>`,
 * `overleg:<id>`, `persoon:<id>` with their attributes; edges: active memberships (person to
 * organisation), participations (organisation or person to meeting) and relations (person to
 * person, organisation to organisation), one edge per pair with its kind, weight and count.
 *
 * Contact moments are not edges: they are the gemeente's own calls, which would make the network
 * director the hub of every shortest path and hide whether partners know each other (§2.4). They
 * are organisation attributes instead (`laatsteContact`, `dagenSindsContact`, `alleenSignaal`).
 * Pure: the snapshot is not changed.
 */
export function buildGraph(m: Momentopname): NetwerkGraaf {
  return grafVanRegister(createRegister(m));
}
