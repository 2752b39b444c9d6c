import { DOMEINEN, type Domein, type Momentopname } from '@netwerkregie/domain';
import { type AnalyseContext, toContext } from '../context.js';
import type { Indicator, IndicatorDetails } from '../types.js';
import { createIndicator } from './_maak.js';

export interface Silo {
  community: number;
  domein: Domein;
  /** Organisations in the community, and the share of the dominant domain among them. */
  organisaties: number;
  aandeel: number;
  leden: string[];
}

export interface SilosDetails extends IndicatorDetails {
  silos: Silo[];
  communities: number;
  modularity: number;
}

/**
 * Louvain communities (on tie strength, seeded) of which at least `siloMinimum` organisations are
 * members and at least `siloAandeel` of those share one domain. Organisations are the members
 * that count: persons and meetings have no domain of their own, and an organisation with its own
 * staff is one domain by nature. The value is the number of silos.
 */
export function silos(bron: Momentopname | AnalyseContext): Indicator<SilosDetails> {
  const ctx = toContext(bron);
  const { siloAandeel, siloMinimum } = ctx.m.gemeente.drempels;
  const { community, count, modularity } = ctx.gemeenschappen;
  const perCommunity = new Map<number, string[]>();
  ctx.graaf.forEachNode((knoop, a) => {
    if (a.soort !== 'organisatie') return;
    const c = community[knoop]!;
    const lijst = perCommunity.get(c) ?? [];
    lijst.push(knoop);
    perCommunity.set(c, lijst);
  });

  const gevonden: Silo[] = [];
  const redenen: Record<string, string> = {};
  for (const [c, leden] of [...perCommunity].sort((a, b) => a[0] - b[0])) {
    if (leden.length < siloMinimum) continue;
    const telling = new Map<Domein, number>();
    for (const k of leden) {
      const d = ctx.graaf.getNodeAttribute(k, 'domein') as Domein;
      telling.set(d, (telling.get(d) ?? 0) + 1);
    }
    const [domein, aantal] = DOMEINEN.filter((d) => telling.has(d))
      .map((d) => [d, telling.get(d)!] as const)
      .reduce((x, y) => (y[1] > x[1] ? y : x));
    const deel = aantal / leden.length;
    if (deel < siloAandeel) continue;
    gevonden.push({ community: c, domein, organisaties: leden.length, aandeel: deel, leden: [...leden].sort() });
    for (const k of leden) {
      redenen[k] = `In een gemeenschap van ${leden.length} organisaties waarvan ${aantal} uit ${domein}.`;
    }
  }
  return createIndicator(ctx, 'silos', {
    titel: 'Silo’s',
    toelichting:
      'Organisaties acteren soms te veel binnen hun eigen kring; de netwerkregisseur denkt buiten die kaders (§3.3), en signalering en preventie zijn een gezamenlijke taak van partners uit verschillende domeinen (§2.4). ' +
      `Waarde: het aantal gemeenschappen (Louvain) van minstens ${siloMinimum} organisaties waarvan minstens ${Math.round(siloAandeel * 100)}% uit één domein komt.`,
    waarde: gevonden.length,
    betreft: Object.keys(redenen),
    details: { redenen, silos: gevonden, communities: count, modularity },
  });
}
