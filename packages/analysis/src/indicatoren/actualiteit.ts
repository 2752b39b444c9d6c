import type { Momentopname } from '@netwerkregie/domain';
import { naamVolgorde } from '../_naamvolgorde.js';
import { isFormelePartner, sleutel } from '../_register.js';
import { nlDatum } from '../_tijd.js';
import { type AnalyseContext, toContext } from '../context.js';
import type { Indicator, IndicatorDetails } from '../types.js';
import { aandeel, createIndicator } from './_maak.js';
import { termijnTekst } from './_ouderdom.js';

export interface ActualiteitDetails extends IndicatorDetails {
  /** The day before which a confirmation is too old. */
  grens: string;
  termijnMaanden: number;
  partners: number;
  /** Formal partners whose data was not confirmed since `grens`, by name. */
  onbevestigd: string[];
  /** Of those, the ones whose confirmation link bounced or expired unanswered. */
  dodeLink: string[];
}

/**
 * Share of formal partners whose data no trusted source confirmed within the gemeente's period
 * (`bevestigingTermijnMaanden`, default a year): a partner confirming through a round, or an applied
 * import naming it. A snapshot without confirmations counts every partner as unconfirmed.
 */
export function actualiteit(bron: Momentopname | AnalyseContext): Indicator<ActualiteitDetails> {
  const ctx = toContext(bron);
  const r = ctx.register;
  const maanden = r.m.gemeente.drempels.bevestigingTermijnMaanden;
  const a = r.actualiteit;
  const grens = a?.grens ?? r.peildatum;
  const redenen: Record<string, string> = {};
  const onbevestigd: Array<{ k: string; naam: string }> = [];
  const dood: string[] = [];
  let partners = 0;
  for (const o of r.organisaties.values()) {
    if (!isFormelePartner(o)) continue;
    partners++;
    if (a?.isActueel(o.id)) continue;
    const k = sleutel.organisatie(o.id);
    const op = a?.bevestigdOp.get(o.id) ?? null;
    const link = a?.dodeLink.has(o.id) ? ' De link van de bevestigingsronde kwam niet aan of verliep.' : '';
    if (link) dood.push(k);
    redenen[k] = op === null ? `Nooit bevestigd.${link}` : `Laatst bevestigd op ${nlDatum(op)}.${link}`;
    onbevestigd.push({ k, naam: o.naam });
  }
  return createIndicator(ctx, 'actualiteit', {
    titel: 'Actualiteit van de contactlijst',
    toelichting:
      'De contactlijst is een levend document dat de netwerkregisseur actueel houdt (§4): een lijst klopt op de dag dat hij binnenkomt en veroudert daarna. ' +
      `Waarde: het aandeel formele partners van wie niemand de gegevens de afgelopen ${termijnTekst(maanden)} bevestigde, ` +
      'in een bevestigingsronde of met een geïmporteerde lijst.',
    waarde: aandeel(onbevestigd.length, partners, 0),
    betreft: Object.keys(redenen),
    details: {
      redenen,
      grens,
      termijnMaanden: maanden,
      partners,
      onbevestigd: onbevestigd.sort((x, y) => naamVolgorde(x.naam, y.naam)).map((x) => x.k),
      dodeLink: dood.sort(),
    },
  });
}
