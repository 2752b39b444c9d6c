import type { Momentopname } from '@netwerkregie/domain';
import { isFormelePartner, sleutel } from '../_register.js';
import { dagenTussen, nlDatum } from '../_tijd.js';
import { type AnalyseContext, toContext } from '../context.js';
import type { Indicator, IndicatorDetails } from '../types.js';
import { aandeel, createIndicator } from './_maak.js';

export interface WederkerigheidDetails extends IndicatorDetails {
  termijnDagen: number;
  /** Formal partners without contact in the last `termijnDagen` days (never contacted included). */
  buitenTermijn: string[];
  /** Formal partners contacted, but only on `signaal` occasions. */
  alleenSignaal: string[];
  /** Days since the last contact per formal partner; null when never contacted. */
  dagenSindsContact: Record<string, number | null>;
}

/**
 * Formal partners out of touch (no contact moment in the `contactTermijnDagen` days up to the
 * peildatum, or never) or contacted only on `signaal` occasions; the value is the share of
 * formal partners that are either.
 */
export function wederkerigheid(bron: Momentopname | AnalyseContext): Indicator<WederkerigheidDetails> {
  const ctx = toContext(bron);
  const r = ctx.register;
  const termijn = r.m.gemeente.drempels.contactTermijnDagen;
  const buitenTermijn: string[] = [];
  const alleenSignaal: string[] = [];
  const dagenSindsContact: Record<string, number | null> = {};
  const redenen: Record<string, string> = {};
  let partners = 0;
  for (const o of r.organisaties.values()) {
    if (!isFormelePartner(o)) continue;
    partners++;
    const k = sleutel.organisatie(o.id);
    const contacten = r.contactenMet.get(o.id) ?? [];
    const laatste = contacten.at(-1)?.datum;
    const dagen = laatste === undefined ? null : dagenTussen(laatste, r.peildatum);
    dagenSindsContact[k] = dagen;
    const zinnen: string[] = [];
    if (laatste === undefined || dagen! > termijn) {
      buitenTermijn.push(k);
      zinnen.push(
        laatste === undefined
          ? 'Geen contactmoment vastgelegd.'
          : `Laatste contact op ${nlDatum(laatste)}, ${dagen} dagen geleden (termijn ${termijn} dagen).`,
      );
    }
    if (contacten.length > 0 && contacten.every((c) => c.aanleiding === 'signaal')) {
      alleenSignaal.push(k);
      zinnen.push(`Alleen contact bij signalen (${contacten.length}×), nooit regulier.`);
    }
    if (zinnen.length > 0) redenen[k] = zinnen.join(' ');
  }
  return createIndicator(ctx, 'wederkerigheid', {
    titel: 'Wederkerigheid: contact ook zonder crisis',
    toelichting:
      'Een netwerk rust op gelijkwaardigheid, vertrouwen en wederkerigheid: de netwerkregisseur deelt zelf actief informatie en benadert partners niet alleen in tijden van crisis, maar ook als er geen zorgen zijn (§2.5); ' +
      'het contact met alle contactpersonen onderhouden is zijn of haar verantwoordelijkheid (§4). ' +
      `Waarde: het aandeel formele partners zonder contactmoment in de laatste ${termijn} dagen, of met alleen contact naar aanleiding van een signaal.`,
    waarde: aandeel(Object.keys(redenen).length, partners, 0),
    betreft: Object.keys(redenen),
    details: {
      redenen,
      termijnDagen: termijn,
      buitenTermijn: buitenTermijn.sort(),
      alleenSignaal: alleenSignaal.sort(),
      dagenSindsContact,
    },
  });
}
