import { DOMEINEN, type Domein, type Momentopname, type Rol } from '@netwerkregie/domain';
import { naamVolgorde } from '../_naamvolgorde.js';
import { sleutel } from '../_register.js';
import { type AnalyseContext, toContext } from '../context.js';
import type { Indicator, IndicatorDetails } from '../types.js';
import { aandeel, createIndicator } from './_maak.js';

/** The roles whose training is measured. */
export const TE_TRAINEN: readonly Rol[] = ['eerstelijnswerker', 'aandachtfunctionaris'];

export interface Dekking {
  totaal: number;
  getraind: number;
}

export interface TrainingDetails extends IndicatorDetails {
  perOrganisatie: Array<Dekking & { organisatie: string; naam: string; domein: Domein }>;
  perDomein: Array<Dekking & { domein: Domein }>;
  perRol: Record<string, Dekking>;
}

const ROLNAAM: Record<string, string> = {
  eerstelijnswerker: 'eerstelijnswerker',
  aandachtfunctionaris: 'aandachtfunctionaris',
};

/**
 * Training coverage: the share of first-line workers and attention officers (by active role)
 * with at least one training (any kind) on or before the peildatum, per organisation and domain
 * in the details. A person counts once overall, once per organisation and once per domain.
 */
export function training(bron: Momentopname | AnalyseContext): Indicator<TrainingDetails> {
  const ctx = toContext(bron);
  const r = ctx.register;
  const getraind = (p: string) => (r.trainingenVan.get(p)?.length ?? 0) > 0;
  const personen = new Map<string, Array<{ organisatie: string; rol: Rol }>>();
  const perOrganisatie: TrainingDetails['perOrganisatie'] = [];
  const perDomein = new Map<Domein, Set<string>>();
  const perRol: Record<string, Set<string>> = {};

  for (const o of r.organisaties.values()) {
    const houders = new Set<string>();
    for (const [p, rollen] of r.rollen.get(o.id) ?? []) {
      for (const rol of TE_TRAINEN) {
        if (!rollen.has(rol)) continue;
        houders.add(p);
        const lijst = personen.get(p) ?? [];
        lijst.push({ organisatie: o.naam, rol });
        personen.set(p, lijst);
        perRol[rol] ??= new Set();
        perRol[rol].add(p);
      }
    }
    if (houders.size === 0) continue;
    perOrganisatie.push({
      organisatie: sleutel.organisatie(o.id),
      naam: o.naam,
      domein: o.domein,
      totaal: houders.size,
      getraind: [...houders].filter(getraind).length,
    });
    const domein = perDomein.get(o.domein) ?? new Set();
    for (const p of houders) domein.add(p);
    perDomein.set(o.domein, domein);
  }

  const redenen: Record<string, string> = {};
  let aantalGetraind = 0;
  for (const [p, functies] of personen) {
    if (getraind(p)) {
      aantalGetraind++;
      continue;
    }
    const wat = [...new Set(functies.map((f) => `${ROLNAAM[f.rol]} bij ${f.organisatie}`))].join(', ');
    redenen[sleutel.persoon(p)] = `Niet getraind (${wat}).`;
  }
  const dekking = (set: Set<string>): Dekking => ({ totaal: set.size, getraind: [...set].filter(getraind).length });

  return createIndicator(ctx, 'training', {
    titel: 'Getrainde eerstelijnswerkers en aandachtfunctionarissen',
    toelichting:
      'Het beleid zet in op kennis van radicalisering bij eerstelijnswerkers zoals jongerenwerkers, boa’s en docenten (§1.2); aandachtfunctionarissen zijn, naar Amsterdams voorbeeld, allemaal getraind in signalering en preventie (§3.2), ' +
      'en na de basistraining houden terugkomdagen de kennis op peil (§4). ' +
      'Waarde: het aandeel eerstelijnswerkers en aandachtfunctionarissen met ten minste één training tot en met de peildatum.',
    waarde: aandeel(aantalGetraind, personen.size, 1),
    betreft: Object.keys(redenen),
    details: {
      redenen,
      perOrganisatie: perOrganisatie.sort((a, b) => naamVolgorde(a.naam, b.naam)),
      perDomein: DOMEINEN.filter((d) => perDomein.has(d)).map((d) => ({ domein: d, ...dekking(perDomein.get(d)!) })),
      perRol: Object.fromEntries(TE_TRAINEN.filter((rol) => perRol[rol]).map((rol) => [rol, dekking(perRol[rol]!)])),
    },
  });
}
