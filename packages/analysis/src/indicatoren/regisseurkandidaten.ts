import { DOMEINEN, type Domein, type Momentopname } from '@netwerkregie/domain';
import { naamVolgorde } from '../_naamvolgorde.js';
import { sleutel } from '../_register.js';
import { type AnalyseContext, toContext } from '../context.js';
import type { Indicator, IndicatorDetails } from '../types.js';

/** A candidate's own ties reach at least this many domains. */
export const MIN_DOMEINEN = 3;
/** Candidates listed in the details. */
export const TOP_KANDIDATEN = 10;

export interface Kandidaat {
  persoon: string;
  naam: string;
  domeinen: Domein[];
  betweenness: number;
  organisaties: string[];
  alNetwerkregisseur: boolean;
}

export interface RegisseurkandidatenDetails extends IndicatorDetails {
  kandidaten: Kandidaat[];
  minDomeinen: number;
}

const bit = (d: Domein) => 1 << DOMEINEN.indexOf(d);
const uitMasker = (masker: number) => DOMEINEN.filter((d) => masker & bit(d));
const countBits = (masker: number) => {
  let aantal = 0;
  for (let m = masker; m !== 0; m &= m - 1) aantal++;
  return aantal;
};

/**
 * Informative: persons already in the formal network whose own ties span the most domains. A
 * person's domains are those of their organisations, of the organisations of the people they
 * have a relation with, and of the organisations in the meetings they attend (seated or through
 * an attending member). Ranked by number of domains, then betweenness, then name; the value is
 * the number of persons reaching at least `MIN_DOMEINEN`. No thresholds: status `goed` when there
 * is at least one candidate, `aandacht` when there is none.
 */
export function regisseurkandidaten(bron: Momentopname | AnalyseContext): Indicator<RegisseurkandidatenDetails> {
  const ctx = toContext(bron);
  const r = ctx.register;
  const eigen = new Map<string, number>();
  for (const [p, orgs] of r.organisatiesVan) {
    let masker = 0;
    for (const o of orgs) masker |= bit(r.organisaties.get(o)!.domein);
    eigen.set(p, masker);
  }
  const overlegMasker = new Map<string, number>();
  for (const [o, overleggen] of r.overleggenVanOrganisatie) {
    for (const ov of overleggen)
      overlegMasker.set(ov, (overlegMasker.get(ov) ?? 0) | bit(r.organisaties.get(o)!.domein));
  }
  for (const [p, overleggen] of r.overleggenVanPersoon) {
    for (const ov of overleggen) overlegMasker.set(ov, (overlegMasker.get(ov) ?? 0) | (eigen.get(p) ?? 0));
  }

  // Rank on light records first; only the top few become full candidates.
  const gerangschikt: Array<{
    p: string;
    k: string;
    masker: number;
    aantal: number;
    betweenness: number;
    naam: string;
  }> = [];
  for (const [p, orgs] of r.organisatiesVan) {
    let formeel = false;
    for (const o of orgs) if (r.organisaties.get(o)!.netwerk === 'formeel') formeel = true;
    if (!formeel) continue;
    let masker = eigen.get(p)!;
    for (const q of r.relatiesVanPersoon.get(p) ?? []) masker |= eigen.get(q) ?? 0;
    for (const ov of r.overleggenVanPersoon.get(p) ?? []) masker |= overlegMasker.get(ov) ?? 0;
    const aantal = countBits(masker);
    if (aantal < MIN_DOMEINEN) continue;
    const k = sleutel.persoon(p);
    gerangschikt.push({ p, k, masker, aantal, betweenness: ctx.betweenness(k), naam: r.personen.get(p)!.naam });
  }
  gerangschikt.sort(
    (a, b) =>
      b.aantal - a.aantal || b.betweenness - a.betweenness || naamVolgorde(a.naam, b.naam) || (a.k < b.k ? -1 : 1),
  );
  const top: Kandidaat[] = gerangschikt.slice(0, TOP_KANDIDATEN).map(({ p, k, masker, betweenness, naam }) => {
    const orgs = [...r.organisatiesVan.get(p)!];
    return {
      persoon: k,
      naam,
      domeinen: uitMasker(masker),
      betweenness,
      organisaties: orgs.map((o) => r.organisaties.get(o)!.naam).sort(naamVolgorde),
      alNetwerkregisseur: orgs.some((o) => r.rollen.get(o)?.get(p)?.has('netwerkregisseur') ?? false),
    };
  });
  const redenen: Record<string, string> = {};
  for (const k of top) {
    redenen[k.persoon] =
      `Eigen banden met ${k.domeinen.length} domeinen (${k.domeinen.join(', ')}); werkt bij ${k.organisaties.join(', ')}.` +
      (k.alNetwerkregisseur ? ' Is al netwerkregisseur.' : '');
  }
  return {
    id: 'regisseurkandidaten',
    titel: 'Kandidaten voor netwerkregisseur',
    toelichting:
      'Stel de netwerkregisseur aan van binnen het bestaande netwerk: iemand die al in de stad werkt, door zijn of haar functie veel mensen kent en toch onafhankelijk kan werken, en die de taken naast de huidige functie uitvoert (§3.1). ' +
      `Genoemd: mensen met een formele functie van wie de eigen banden (organisaties, werkrelaties, overleggen) minstens ${MIN_DOMEINEN} domeinen raken, met de meeste domeinen en daarna de hoogste betweenness eerst. ` +
      'Deze indicator informeert en kent geen drempels.',
    waarde: gerangschikt.length,
    drempel: null,
    status: gerangschikt.length > 0 ? 'goed' : 'aandacht',
    betreft: top.map((k) => k.persoon).sort(),
    details: { redenen, kandidaten: top, minDomeinen: MIN_DOMEINEN },
  };
}
