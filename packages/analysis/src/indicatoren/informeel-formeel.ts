import type { Momentopname } from '@netwerkregie/domain';
import { personenMetRol, sleutel } from '../_register.js';
import { type AnalyseContext, toContext } from '../context.js';
import type { Indicator, IndicatorDetails } from '../types.js';
import { aandeel, createIndicator } from './_maak.js';

export interface InformeelFormeelDetails extends IndicatorDetails {
  informeleOrganisaties: number;
  sleutelfiguren: number;
  /** Distance to the formal network (0, 1 or 2) of those that reach it. */
  afstand: Record<string, number>;
}

/**
 * Informal organisations and key figures (`sleutelfiguur`) with no path of at most two steps to
 * the formal network: formal organisations (the gemeente's included) and persons with a
 * membership at one. Steps run over memberships, meeting participations and relations; contact
 * moments of the gemeente are not edges, so a phone call alone does not connect (see buildGraph).
 */
export function informeelFormeel(bron: Momentopname | AnalyseContext): Indicator<InformeelFormeelDetails> {
  const ctx = toContext(bron);
  const { graaf, csr, register: r } = ctx;
  const formeel = new Uint8Array(csr.order);
  for (let i = 0; i < csr.order; i++) {
    const a = graaf.getNodeAttributes(csr.keys[i]!);
    formeel[i] = a.netwerk === 'formeel' ? 1 : 0;
  }
  const afstandTotFormeel = (start: number): number | null => {
    if (formeel[start]) return 0;
    const { offsets, targets } = csr;
    let twee = false;
    for (let a = offsets[start]!; a < offsets[start + 1]!; a++) {
      const v = targets[a]!;
      if (formeel[v]) return 1;
      if (!twee) {
        for (let b = offsets[v]!; b < offsets[v + 1]!; b++) {
          if (formeel[targets[b]!]) {
            twee = true;
            break;
          }
        }
      }
    }
    return twee ? 2 : null;
  };

  const informeel = [...r.organisaties.values()].filter((o) => o.netwerk === 'informeel').map((o) => o.id);
  const sleutelfiguren = [...personenMetRol(r, 'sleutelfiguur')];
  const redenen: Record<string, string> = {};
  const afstand: Record<string, number> = {};
  const bekijk = (k: string, reden: string) => {
    const d = afstandTotFormeel(csr.index.get(k)!);
    if (d === null) redenen[k] = reden;
    else afstand[k] = d;
  };
  for (const o of informeel) {
    bekijk(
      sleutel.organisatie(o),
      'Informele organisatie zonder pad van hooguit twee stappen naar het formele netwerk.',
    );
  }
  for (const p of sleutelfiguren) {
    bekijk(sleutel.persoon(p), 'Sleutelfiguur zonder pad van hooguit twee stappen naar het formele netwerk.');
  }
  const populatie = informeel.length + sleutelfiguren.length;
  return createIndicator(ctx, 'informeel-formeel', {
    titel: 'Informeel netwerk verbonden met het formele',
    toelichting:
      'Vrijwilligers, bewoners en sleutelfiguren zien jongeren die buiten het zicht van de overheid blijven en kunnen hen soms nog bereiken als professionals dat niet meer kunnen (§2.3); ' +
      'het informele en het formele netwerk verbinden is een taak van de netwerkregisseur (§3.2). ' +
      'Waarde: het aandeel informele organisaties en sleutelfiguren zonder pad van hooguit twee stappen (via lidmaatschappen, overleggen of relaties) naar een formele organisatie of haar medewerkers.',
    waarde: aandeel(Object.keys(redenen).length, populatie, 0),
    betreft: Object.keys(redenen),
    details: { redenen, informeleOrganisaties: informeel.length, sleutelfiguren: sleutelfiguren.length, afstand },
  });
}
