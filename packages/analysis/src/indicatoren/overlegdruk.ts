import type { Momentopname } from '@netwerkregie/domain';
import { isPartner, type Register, sleutel } from '../_register.js';
import { type AnalyseContext, toContext } from '../context.js';
import type { Indicator, IndicatorDetails } from '../types.js';
import { createIndicator } from './_maak.js';

export interface OverlegdrukDetails extends IndicatorDetails {
  maxOverleggen: number;
  /** Number of meeting structures per partner that takes part in any. */
  aantallen: Record<string, number>;
}

/** Meeting structures an organisation takes part in: its own seats plus those its active members attend. */
export function overleggenVan(r: Register, organisatieId: string): Set<string> {
  const uit = new Set(r.overleggenVanOrganisatie.get(organisatieId) ?? []);
  for (const p of r.ledenVan.get(organisatieId) ?? []) for (const o of r.overleggenVanPersoon.get(p) ?? []) uit.add(o);
  return uit;
}

/** Partners in more than `maxOverleggen` (K) meeting structures; the value is their number. */
export function overlegdruk(bron: Momentopname | AnalyseContext): Indicator<OverlegdrukDetails> {
  const ctx = toContext(bron);
  const r = ctx.register;
  const k = r.m.gemeente.drempels.maxOverleggen;
  const aantallen: Record<string, number> = {};
  const redenen: Record<string, string> = {};
  for (const o of r.organisaties.values()) {
    if (!isPartner(o)) continue;
    const aantal = overleggenVan(r, o.id).size;
    if (aantal === 0) continue;
    const key = sleutel.organisatie(o.id);
    aantallen[key] = aantal;
    if (aantal > k) redenen[key] = `Neemt deel aan ${aantal} overleggen (meer dan ${k}).`;
  }
  return createIndicator(ctx, 'overlegdruk', {
    titel: 'Overlegdruk',
    toelichting:
      'Sluit aan bij de bestaande netwerken en overleggen in plaats van een nieuw netwerk rond radicalisering op te bouwen (§2.2): er zijn al veel overleggen en niemand zit te wachten op een extra overleg (§4). ' +
      `Waarde: het aantal partners dat, zelf of via medewerkers, aan meer dan ${k} overlegstructuren deelneemt.`,
    waarde: Object.keys(redenen).length,
    betreft: Object.keys(redenen),
    details: { redenen, maxOverleggen: k, aantallen },
  });
}
