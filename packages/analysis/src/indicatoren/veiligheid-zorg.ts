import type { Momentopname } from '@netwerkregie/domain';
import { type Band, bandenTussen } from '../_banden.js';
import { naamVolgorde } from '../_naamvolgorde.js';
import { sleutel } from '../_register.js';
import { type AnalyseContext, toContext } from '../context.js';
import type { Indicator, IndicatorDetails } from '../types.js';
import { aandeel, createIndicator } from './_maak.js';

export interface Makelaar {
  persoon: string;
  naam: string;
  /** Safety-care organisation pairs this person carries a tie for. */
  banden: number;
}

export interface VeiligheidZorgDetails extends IndicatorDetails {
  veiligheid: { totaal: number; metBand: number };
  zorg: { totaal: number; metBand: number };
  /** Tied safety-care organisation pairs. */
  banden: number;
  /** Persons carrying safety-care ties, most ties first. */
  makelaars: Makelaar[];
}

/** The safety-care ties of a snapshot (see `bandenTussen`). */
export function veiligheidZorgBanden(ctx: AnalyseContext): Map<string, Band> {
  return bandenTussen(
    ctx.register,
    (o) => o.domein === 'veiligheid',
    (o) => o.domein === 'zorg',
  );
}

/**
 * Share of safety and care organisations with at least one tie to the other domain, and the
 * brokers who carry those ties. A tie: an organisation relation, a person relation between their
 * members, a person who is a member of both, or a shared meeting structure (see `bandenTussen`).
 */
export function veiligheidZorg(bron: Momentopname | AnalyseContext): Indicator<VeiligheidZorgDetails> {
  const ctx = toContext(bron);
  const r = ctx.register;
  const banden = veiligheidZorgBanden(ctx);
  const metBand = new Set<string>();
  const perDrager = new Map<string, number>();
  for (const band of banden.values()) {
    metBand.add(band.a);
    metBand.add(band.b);
    for (const p of band.dragers) perDrager.set(p, (perDrager.get(p) ?? 0) + 1);
  }
  const veiligheid = [...r.organisaties.values()].filter((o) => o.domein === 'veiligheid');
  const zorg = [...r.organisaties.values()].filter((o) => o.domein === 'zorg');
  const redenen: Record<string, string> = {};
  for (const o of veiligheid) {
    if (!metBand.has(o.id)) redenen[sleutel.organisatie(o.id)] = 'Veiligheidspartner zonder band met een zorgpartner.';
  }
  for (const o of zorg) {
    if (!metBand.has(o.id)) redenen[sleutel.organisatie(o.id)] = 'Zorgpartner zonder band met een veiligheidspartner.';
  }
  const makelaars = [...perDrager]
    .map(([p, aantal]) => ({ persoon: sleutel.persoon(p), naam: r.personen.get(p)!.naam, banden: aantal }))
    .sort((x, y) => y.banden - x.banden || naamVolgorde(x.naam, y.naam) || (x.persoon < y.persoon ? -1 : 1));
  const countMetBand = (lijst: typeof veiligheid) => lijst.filter((o) => metBand.has(o.id)).length;
  const gebonden = countMetBand(veiligheid) + countMetBand(zorg);

  return createIndicator(ctx, 'veiligheid-zorg', {
    titel: 'Veiligheid en zorg kennen elkaar',
    toelichting:
      'Vroege signalen komen van de veiligheidskant én van de zorgkant; partners uit het veiligheidsdomein moeten de zorgpartners kennen en weten te vinden, en omgekeerd, en de gemeente kan dat aanjagen (§2.4). ' +
      'Waarde: het aandeel veiligheids- en zorgorganisaties met minstens één band met het andere domein. ' +
      'Een band is een relatie tussen de organisaties, een werkrelatie tussen hun medewerkers, iemand die bij beide werkt, of een gezamenlijk overleg. ' +
      'De makelaars zijn de mensen die deze banden dragen.',
    waarde: aandeel(gebonden, veiligheid.length + zorg.length, 1),
    betreft: Object.keys(redenen),
    details: {
      redenen,
      veiligheid: { totaal: veiligheid.length, metBand: countMetBand(veiligheid) },
      zorg: { totaal: zorg.length, metBand: countMetBand(zorg) },
      banden: banden.size,
      makelaars,
    },
  });
}
