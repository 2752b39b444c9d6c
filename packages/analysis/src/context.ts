import type { Momentopname } from '@netwerkregie/domain';
import { createRegister, type Register } from './_register.js';
import { grafVanRegister } from './graaf.js';
import { runTarjan } from './metrieken/_tarjan.js';
import { type Centralities, type CentralityOptions, computeCentralities } from './metrieken/centrality.js';
import { type CommunityResult, communities } from './metrieken/communities.js';
import { type ComponentSummary, componentsOfCsr } from './metrieken/components.js';
import { type Csr, filterArcs, toCsr } from './metrieken/csr.js';
import type { Entiteit, NetwerkGraaf } from './types.js';

export interface AnalyseOpties extends Omit<CentralityOptions, 'normalized' | 'wassermanFaust'> {
  /** Seed for Louvain and for pivot sampling (default 1). */
  seed?: number;
}

/**
 * One snapshot with everything the indicators share, each computed once on first use: the
 * register (lookups), the graph, centralities, communities, components and the person network's
 * cut points. Indicators, worklist and report take it, or a Momentopname and make one.
 */
export class AnalyseContext {
  readonly m: Momentopname;
  readonly opties: AnalyseOpties;
  readonly register: Register;
  readonly graaf: NetwerkGraaf;
  #csr?: Csr;
  #centraliteit?: Centralities;
  #gemeenschappen?: CommunityResult;
  #componenten?: ComponentSummary;
  #knippersonen?: Set<string>;

  constructor(m: Momentopname, opties: AnalyseOpties = {}) {
    this.m = m;
    this.opties = opties;
    this.register = createRegister(m);
    this.graaf = grafVanRegister(this.register);
  }

  /** The graph as typed-array adjacency, nodes numbered breadth-first (see `toCsr`). */
  get csr(): Csr {
    this.#csr ??= toCsr(this.graaf);
    return this.#csr;
  }

  /** Betweenness and closeness per node number (`csr.keys`), exact or sampled (see `computeCentralities`). */
  get centraliteit(): Centralities {
    this.#centraliteit ??= computeCentralities(this.csr, { ...this.opties, seed: this.opties.seed ?? 1 });
    return this.#centraliteit;
  }

  betweenness(knoop: string): number {
    return this.centraliteit.betweenness[this.csr.index.get(knoop)!] ?? 0;
  }

  /** Louvain on tie strength (`gewicht`), seeded. */
  get gemeenschappen(): CommunityResult {
    this.#gemeenschappen ??= communities(this.graaf, { seed: this.opties.seed ?? 1 });
    return this.#gemeenschappen;
  }

  get componenten(): ComponentSummary {
    this.#componenten ??= componentsOfCsr(this.csr, this.graaf);
    return this.#componenten;
  }

  /**
   * Person keys that are articulation points of the person network (persons adjacent when they
   * share an organisation or meeting, or have a relation): computed on memberships, person
   * participations and person relations with persons counted (see `runTarjan`).
   */
  get knippersonen(): Set<string> {
    if (!this.#knippersonen) {
      const { keys } = this.csr;
      const persoon = new Uint8Array(keys.length);
      keys.forEach((k, i) => {
        persoon[i] = k.startsWith('persoon:') ? 1 : 0;
      });
      // Every tie with a person at one end is a membership, a person's participation or a person relation.
      const persoonsnet = filterArcs(this.csr, (v, w) => persoon[v] === 1 || persoon[w] === 1);
      const { cut } = runTarjan(persoonsnet, persoon);
      this.#knippersonen = new Set(keys.filter((_, i) => cut[i] === 1 && persoon[i] === 1));
    }
    return this.#knippersonen;
  }

  /** Name and kind of a node key (`wijk:<naam>` included), for reports. */
  entiteit(knoop: string): Entiteit {
    if (knoop.startsWith('wijk:')) return { naam: knoop.slice(5), soort: 'wijk' };
    const a = this.graaf.getNodeAttributes(knoop);
    return { naam: a.naam, soort: a.soort, domein: a.domein, netwerk: a.netwerk };
  }

  naam(knoop: string): string {
    return this.entiteit(knoop).naam;
  }
}

export function createContext(m: Momentopname, opties: AnalyseOpties = {}): AnalyseContext {
  return new AnalyseContext(m, opties);
}

/** A context from either a snapshot or an existing context. */
export function toContext(bron: Momentopname | AnalyseContext, opties?: AnalyseOpties): AnalyseContext {
  return bron instanceof AnalyseContext ? bron : new AnalyseContext(bron, opties);
}
