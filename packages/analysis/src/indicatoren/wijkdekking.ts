import type { Domein, Momentopname } from '@netwerkregie/domain';
import { isPartner, sleutel } from '../_register.js';
import { type AnalyseContext, toContext } from '../context.js';
import type { Indicator, IndicatorDetails } from '../types.js';
import { createIndicator } from './_maak.js';

/** The domains every district should have a partner of. */
export const DEKKINGSDOMEINEN: readonly Domein[] = ['veiligheid', 'zorg', 'onderwijs', 'jeugd-en-welzijn'];

export interface WijkdekkingDetails extends IndicatorDetails {
  /** District-domain pairs without a partner. */
  ontbrekend: Array<{ wijk: string; domein: Domein }>;
  /** Partners per district and domain. */
  partners: Record<string, Record<string, number>>;
}

/**
 * For every district of the gemeente and each of veiligheid, zorg, onderwijs and
 * jeugd-en-welzijn: is there a partner of that domain working in the district (its `wijken`
 * name it, or say `heel de stad`)? The value is the number of missing district-domain pairs;
 * `betreft` holds `wijk:<naam>` for each district with a gap.
 */
export function wijkdekking(bron: Momentopname | AnalyseContext): Indicator<WijkdekkingDetails> {
  const ctx = toContext(bron);
  const r = ctx.register;
  const partners = [...r.organisaties.values()].filter(isPartner);
  const ontbrekend: WijkdekkingDetails['ontbrekend'] = [];
  const telling: WijkdekkingDetails['partners'] = {};
  const redenen: Record<string, string> = {};
  for (const wijk of r.m.gemeente.wijken) {
    telling[wijk] = {};
    const gaten: Domein[] = [];
    for (const domein of DEKKINGSDOMEINEN) {
      const aantal = partners.filter((o) => o.domein === domein && r.werktIn(o, wijk)).length;
      telling[wijk][domein] = aantal;
      if (aantal === 0) {
        gaten.push(domein);
        ontbrekend.push({ wijk, domein });
      }
    }
    if (gaten.length > 0) redenen[sleutel.wijk(wijk)] = `Geen partner voor ${gaten.join(', ')}.`;
  }
  return createIndicator(ctx, 'wijkdekking', {
    titel: 'Dekking van de wijken',
    toelichting:
      'Het doel is een duurzaam netwerk door de hele stad (§1.2), en voor een volledig beeld van een jongere is informatie van zoveel mogelijk partijen nodig: politie, docenten, jongerenwerkers, zorg (§2.2). ' +
      'Waarde: het aantal combinaties van wijk en domein (veiligheid, zorg, onderwijs, jeugd en welzijn) zonder één partner die in die wijk werkt.',
    waarde: ontbrekend.length,
    betreft: Object.keys(redenen),
    details: { redenen, ontbrekend, partners: telling },
  });
}
