import type { Momentopname } from '@netwerkregie/domain';
import { isFormelePartner, rolhouders, sleutel } from '../_register.js';
import { type AnalyseContext, toContext } from '../context.js';
import type { Indicator, IndicatorDetails } from '../types.js';
import { aandeel, createIndicator } from './_maak.js';

export interface ContactpersoonDetails extends IndicatorDetails {
  /** Formal partners without a radicalisation contact person. */
  zonder: string[];
  /** Formal partners with more than one. */
  meerdere: string[];
  partners: number;
}

/**
 * Share of formal partners (formal network, not the gemeente) with no radicalisation contact
 * person, or with more than one (also unclear). Informal organisations are left out: the advice
 * warns against building the informal network around radicalisation (§2.3).
 */
export function contactpersoonRadicalisering(bron: Momentopname | AnalyseContext): Indicator<ContactpersoonDetails> {
  const ctx = toContext(bron);
  const r = ctx.register;
  const zonder: string[] = [];
  const meerdere: string[] = [];
  const redenen: Record<string, string> = {};
  let partners = 0;
  for (const o of r.organisaties.values()) {
    if (!isFormelePartner(o)) continue;
    partners++;
    const k = sleutel.organisatie(o.id);
    const houders = rolhouders(r, o.id, 'contactpersoon-radicalisering');
    if (houders.length === 0) {
      zonder.push(k);
      redenen[k] = 'Geen contactpersoon radicalisering.';
    } else if (houders.length > 1) {
      meerdere.push(k);
      const namen = houders.map((p) => r.personen.get(p)!.naam).join(', ');
      redenen[k] =
        `${houders.length} contactpersonen radicalisering (${namen}); niet duidelijk wie het aanspreekpunt is.`;
    }
  }
  return createIndicator(ctx, 'contactpersoon-radicalisering', {
    titel: 'Contactpersoon radicalisering per organisatie',
    toelichting:
      'Elke organisatie hoort één duidelijk aanspreekpunt voor radicalisering te hebben, bekend bij het netwerk en bij de eigen collega’s; ' +
      'grote organisaties kunnen intern meer mensen hebben, maar naar buiten werkt één centrale contactpersoon het best (§4). ' +
      'Waarde: het aandeel formele partners zonder contactpersoon of met meer dan één. ' +
      'Informele organisaties tellen niet mee, omdat het informele netwerk niet rond het thema radicalisering wordt opgebouwd (§2.3).',
    waarde: aandeel(zonder.length + meerdere.length, partners, 0),
    betreft: [...zonder, ...meerdere],
    details: { redenen, zonder: zonder.sort(), meerdere: meerdere.sort(), partners },
  });
}
