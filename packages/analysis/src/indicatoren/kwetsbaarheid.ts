import type { Momentopname } from '@netwerkregie/domain';
import { isPartner, type Register, sleutel } from '../_register.js';
import { type AnalyseContext, toContext } from '../context.js';
import type { Indicator, IndicatorDetails } from '../types.js';
import { aandeel, createIndicator } from './_maak.js';

export interface KwetsbaarheidDetails extends IndicatorDetails {
  /** Partners whose every tie runs through one person, with that person. */
  enkeleVerbinder: Record<string, string>;
  /** Articulation points of the person network. */
  knippersonen: string[];
  partners: number;
}

/**
 * The members of an organisation who carry a tie outside it: a membership elsewhere, a meeting
 * they attend, or a relation with someone who is not a colleague at this organisation.
 */
export function verbinders(r: Register, organisatieId: string): string[] {
  const leden = r.ledenVan.get(organisatieId) ?? new Set<string>();
  const uit: string[] = [];
  for (const p of leden) {
    const elders = (r.organisatiesVan.get(p)?.size ?? 0) > 1;
    const overleg = (r.overleggenVanPersoon.get(p)?.size ?? 0) > 0;
    const relatie = (r.relatiesVanPersoon.get(p) ?? []).some((q) => !leden.has(q));
    if (elders || overleg || relatie) uit.push(p);
  }
  return uit.sort();
}

/** An organisation-level tie: an organisation relation or the organisation's own seat in a meeting. */
export function heeftEigenBand(r: Register, organisatieId: string): boolean {
  return (
    (r.relatiesVanOrganisatie.get(organisatieId)?.length ?? 0) > 0 ||
    (r.overleggenVanOrganisatie.get(organisatieId)?.size ?? 0) > 0
  );
}

/**
 * Partners whose every tie to the rest of the network runs through one person (no organisation
 * relation, no own seat in a meeting, exactly one member with ties outside); the value is their
 * share of all partners. Also listed: the articulation points of the person network, persons
 * without whom it falls apart. Partners with no tie at all are not counted here.
 */
export function kwetsbaarheid(bron: Momentopname | AnalyseContext): Indicator<KwetsbaarheidDetails> {
  const ctx = toContext(bron);
  const r = ctx.register;
  const enkeleVerbinder: Record<string, string> = {};
  const redenen: Record<string, string> = {};
  let partners = 0;
  for (const o of r.organisaties.values()) {
    if (!isPartner(o)) continue;
    partners++;
    if (heeftEigenBand(r, o.id)) continue;
    const via = verbinders(r, o.id);
    if (via.length !== 1) continue;
    const k = sleutel.organisatie(o.id);
    enkeleVerbinder[k] = sleutel.persoon(via[0]!);
    redenen[k] = `Alle banden met het netwerk lopen via één persoon: ${r.personen.get(via[0]!)!.naam}.`;
  }
  const knippersonen = [...ctx.knippersonen].sort();
  for (const p of knippersonen) {
    redenen[p] = 'Zonder deze persoon valt het netwerk van personen in losse delen uiteen.';
  }
  return createIndicator(ctx, 'kwetsbaarheid', {
    titel: 'Afhankelijk van één persoon',
    toelichting:
      'Partners geven informatie omdat ze de persoon vertrouwen; dat maakt het netwerk afhankelijk van personen, wat kwetsbaar is (§3.2), en informele netwerken zijn bovendien vluchtig (§2.3). ' +
      'Waarde: het aandeel partners waarvan alle banden met het netwerk via één medewerker lopen. ' +
      'Daarnaast genoemd: de mensen zonder wie het netwerk van personen uiteenvalt (articulatiepunten).',
    waarde: aandeel(Object.keys(enkeleVerbinder).length, partners, 0),
    betreft: Object.keys(redenen),
    details: { redenen, enkeleVerbinder, knippersonen, partners },
  });
}
