import type { Domein, Momentopname } from '@netwerkregie/domain';
import type { z } from 'zod';
import { naamVolgorde } from './_naamvolgorde.js';
import { isFormelePartner, isPartner, rolhouders, sleutel } from './_register.js';
import { dagenTussen, nlDatum } from './_tijd.js';
import { type AnalyseContext, toContext } from './context.js';
import { heeftEigenBand, verbinders } from './indicatoren/kwetsbaarheid.js';
import { TE_TRAINEN } from './indicatoren/training.js';
import { veiligheidZorgBanden } from './indicatoren/veiligheid-zorg.js';
import { type Introductie, introductieLangs } from './introductie.js';
import { nearestPath } from './metrieken/_bfs.js';
import type { WerklijstPartnerSchema, WerklijstSchema } from './schemas.js';
import { determineStatus } from './status.js';
import { type TerugkomdagOrganisatie, termijnTekst, terugkomdagen } from './terugkomdagen.js';

export interface WerklijstOpties {
  /** Partners on the list (default 10). */
  aantal?: number;
  /** Introduction suggestions (default 20). */
  introducties?: number;
}

export type WerklijstPartner = z.infer<typeof WerklijstPartnerSchema>;
export type Werklijst = z.infer<typeof WerklijstSchema>;

/**
 * Score of one partner, with its Dutch reasons:
 * - out of touch: never contacted 3; otherwise days since last contact / termijn (at most 3), once over the termijn;
 * - contacted only on `signaal` occasions: 1;
 * - formal partner without radicalisation contact person: 1; with more than one: 0.5;
 * - depends on one person (every tie through one member, or a member is an articulation point): 1;
 * - training of its first-line workers and attention officers below the threshold: 1 - share trained;
 * - refresher days due (see `terugkomdagen`): 0.5 x the share of its trained members who need one.
 */
function beoordeel(
  ctx: AnalyseContext,
  organisatieId: string,
  terugkomdag: TerugkomdagOrganisatie | undefined,
): WerklijstPartner {
  const r = ctx.register;
  const o = r.organisaties.get(organisatieId)!;
  const termijn = r.m.gemeente.drempels.contactTermijnDagen;
  const redenen: string[] = [];
  let score = 0;

  const contacten = r.contactenMet.get(o.id) ?? [];
  const laatste = contacten.at(-1)?.datum ?? null;
  const dagen = laatste === null ? null : dagenTussen(laatste, r.peildatum);
  if (laatste === null) {
    score += 3;
    redenen.push('Nog nooit contact vastgelegd.');
  } else if (dagen! > termijn) {
    score += Math.min(dagen! / termijn, 3);
    redenen.push(`${dagen} dagen geen contact (laatste op ${nlDatum(laatste)}; termijn ${termijn} dagen).`);
  }
  if (contacten.length > 0 && contacten.every((c) => c.aanleiding === 'signaal')) {
    score += 1;
    redenen.push('Alleen contact bij signalen; zoek ook contact als er geen zorgen zijn (§2.5).');
  }

  const contactpersonen = rolhouders(r, o.id, 'contactpersoon-radicalisering');
  if (isFormelePartner(o) && contactpersonen.length === 0) {
    score += 1;
    redenen.push('Geen contactpersoon radicalisering (§4).');
  } else if (isFormelePartner(o) && contactpersonen.length > 1) {
    score += 0.5;
    redenen.push(
      `${contactpersonen.length} contactpersonen radicalisering: spreek één centraal aanspreekpunt af (§4).`,
    );
  }

  const via = verbinders(r, o.id);
  const knip = [...(r.ledenVan.get(o.id) ?? [])].filter((p) => ctx.knippersonen.has(sleutel.persoon(p))).sort();
  if (!heeftEigenBand(r, o.id) && via.length === 1) {
    score += 1;
    redenen.push(`Alle banden lopen via één persoon: ${r.personen.get(via[0]!)!.naam} (§3.2).`);
  } else if (knip.length > 0) {
    score += 1;
    const namen = knip.map((p) => r.personen.get(p)!.naam).join(', ');
    redenen.push(`Kwetsbare schakel in het netwerk: ${namen} (§3.2).`);
  }

  const houders = [...(r.rollen.get(o.id) ?? [])].filter(([, rollen]) => TE_TRAINEN.some((rol) => rollen.has(rol)));
  if (houders.length > 0) {
    const getraind = houders.filter(([p]) => (r.trainingenVan.get(p)?.length ?? 0) > 0).length;
    const deel = getraind / houders.length;
    if (determineStatus(deel, r.m.gemeente.drempels.indicatoren.training) !== 'goed') {
      score += 1 - deel;
      redenen.push(`${getraind} van ${houders.length} eerstelijnswerkers en aandachtfunctionarissen getraind.`);
    }
  }
  if (terugkomdag) {
    const aantal = terugkomdag.personen.length;
    score += (0.5 * aantal) / terugkomdag.getraind;
    const termijn = termijnTekst(r.m.gemeente.terugkomdagTermijnMaanden);
    redenen.push(
      `${aantal} van ${terugkomdag.getraind} getrainde medewerkers langer dan ${termijn} geleden getraind: terugkomdag nodig (§4).`,
    );
  }

  // Freshness (when the snapshot carries confirmations): a formal partner nobody confirmed, whose
  // round link bounced or expired, is called first: its list entry may be wrong and mail does not reach it.
  const a = r.actualiteit;
  if (a && isFormelePartner(o) && !a.isActueel(o.id)) {
    const op = a.bevestigdOp.get(o.id) ?? null;
    const sinds = op === null ? 'nooit bevestigd' : `laatst bevestigd op ${nlDatum(op)}`;
    if (a.dodeLink.has(o.id)) {
      score += 3;
      redenen.push(
        `Gegevens ${sinds} en de link van de bevestigingsronde kwam niet aan of verliep: bel om ze na te lopen.`,
      );
    } else {
      score += 0.5;
      redenen.push(`Gegevens ${sinds} (§4: de lijst is een levend document).`);
    }
  }

  return {
    organisatie: sleutel.organisatie(o.id),
    naam: o.naam,
    domein: o.domein,
    netwerk: o.netwerk,
    score: Math.round(score * 100) / 100,
    laatsteContact: laatste,
    dagenSindsContact: dagen,
    contactpersonen: contactpersonen.map(sleutel.persoon),
    redenen,
    ...(a ? { bevestigdOp: a.bevestigdOp.get(o.id) ?? null } : {}),
  };
}

/**
 * Introductions for safety and care organisations that have no tie with the other domain at all
 * (see the `veiligheid-zorg` indicator): the nearest organisation of the other domain over
 * memberships, shared meetings and relations, and the person on that path who can introduce them.
 * Shortest paths first.
 */
export function introductieSuggesties(ctx: AnalyseContext, maximum: number): Introductie[] {
  const r = ctx.register;
  const gebonden = new Set<string>();
  for (const band of veiligheidZorgBanden(ctx).values()) {
    gebonden.add(band.a);
    gebonden.add(band.b);
  }
  const csr = ctx.csr;
  const domeinVan = (i: number) => {
    const a = ctx.graaf.getNodeAttributes(csr.keys[i]!);
    return a.soort === 'organisatie' ? a.domein : null;
  };
  const gezien = new Set<string>();
  const uit: Introductie[] = [];
  const ongebonden = [...r.organisaties.values()]
    .filter((o) => (o.domein === 'veiligheid' || o.domein === 'zorg') && !gebonden.has(o.id))
    .sort((a, b) => naamVolgorde(a.naam, b.naam));
  for (const o of ongebonden) {
    const ander: Domein = o.domein === 'veiligheid' ? 'zorg' : 'veiligheid';
    const pad = nearestPath(csr, csr.index.get(sleutel.organisatie(o.id))!, (i) => domeinVan(i) === ander);
    if (pad === null) continue;
    const sleutels = pad.map((i) => csr.keys[i]!);
    if (o.domein === 'zorg') sleutels.reverse();
    const paar = `${sleutels[0]}|${sleutels.at(-1)}`;
    if (gezien.has(paar)) continue;
    gezien.add(paar);
    uit.push(introductieLangs(ctx, sleutels));
  }
  return uit.sort((a, b) => a.pad.length - b.pad.length).slice(0, maximum);
}

/**
 * The network director's list for this week: partners ranked by score (see `beoordeel`), only
 * those with at least one reason, and introduction suggestions between safety and care.
 */
export function buildWerklijst(bron: Momentopname | AnalyseContext, opties: WerklijstOpties = {}): Werklijst {
  const ctx = toContext(bron);
  const terug = new Map(terugkomdagen(ctx).organisaties.map((o) => [o.organisatie, o]));
  const partners = [...ctx.register.organisaties.values()]
    .filter(isPartner)
    .map((o) => beoordeel(ctx, o.id, terug.get(sleutel.organisatie(o.id))))
    .filter((p) => p.redenen.length > 0)
    .sort((a, b) => b.score - a.score || naamVolgorde(a.naam, b.naam) || (a.organisatie < b.organisatie ? -1 : 1))
    .slice(0, opties.aantal ?? 10);
  return { peildatum: ctx.m.peildatum, partners, introducties: introductieSuggesties(ctx, opties.introducties ?? 20) };
}
