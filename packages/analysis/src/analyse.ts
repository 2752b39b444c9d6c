import type { Momentopname } from '@netwerkregie/domain';
import { type AnalyseContext, type AnalyseOpties, toContext } from './context.js';
import { computeIndicatoren } from './indicatoren/alle.js';
import { type MetriekenSamenvatting, summariseMetrieken } from './samenvatting.js';
import type { Entiteit, Indicator } from './types.js';
import { buildWerklijst, type Werklijst, type WerklijstOpties } from './werklijst.js';

export interface RapportOpties extends AnalyseOpties {
  werklijst?: WerklijstOpties;
  /** Length of the centrality leader lists (default 10). */
  top?: number;
}

/** The analysis of one snapshot; plain JSON. */
export interface Rapport {
  gemeente: { slug: string; naam: string };
  peildatum: string;
  indicatoren: Indicator[];
  metrieken: MetriekenSamenvatting;
  werklijst: Werklijst;
  /** Name, kind and domain of every node key the report mentions. */
  entiteiten: Record<string, Entiteit>;
}

const SLEUTEL = /^(persoon|organisatie|overleg|wijk):/;

function collectSleutels(waarde: unknown, uit: Set<string>): void {
  if (typeof waarde === 'string') {
    if (SLEUTEL.test(waarde)) uit.add(waarde);
  } else if (Array.isArray(waarde)) {
    for (const w of waarde) collectSleutels(w, uit);
  } else if (waarde !== null && typeof waarde === 'object') {
    for (const [k, w] of Object.entries(waarde)) {
      if (SLEUTEL.test(k)) uit.add(k);
      collectSleutels(w, uit);
    }
  }
}

/** Indicators, worklist and metrics summary of a snapshot. Pure; the same input and seed give the same report. */
export function analyse(bron: Momentopname | AnalyseContext, opties: RapportOpties = {}): Rapport {
  const ctx = toContext(bron, opties);
  const indicatoren = computeIndicatoren(ctx);
  const metrieken = summariseMetrieken(ctx, opties.top ?? 10);
  const werklijst = buildWerklijst(ctx, opties.werklijst);
  const sleutels = new Set<string>();
  collectSleutels([indicatoren, metrieken, werklijst], sleutels);
  const entiteiten: Record<string, Entiteit> = {};
  for (const k of [...sleutels].sort()) {
    if (k.startsWith('wijk:') || ctx.graaf.hasNode(k)) entiteiten[k] = ctx.entiteit(k);
  }
  return {
    gemeente: { slug: ctx.m.gemeente.slug, naam: ctx.m.gemeente.naam },
    peildatum: ctx.m.peildatum,
    indicatoren,
    metrieken,
    werklijst,
    entiteiten,
  };
}
