import type { Organisatie } from '@netwerkregie/domain';
import type { Register } from './_register.js';

export type Bandsoort = 'organisatierelatie' | 'persoonsrelatie' | 'gedeelde-persoon' | 'gedeeld-overleg';

/** A tie between an organisation of one side and one of the other, and the persons who carry it. */
export interface Band {
  a: string;
  b: string;
  soorten: Set<Bandsoort>;
  dragers: Set<string>;
}

/**
 * Ties between organisations of side A and side B (organisation ids). Two organisations are tied
 * when (1) they have an organisation relation, (2) a member of one has a person relation with a
 * member of the other, (3) one person is a member of both, or (4) they take part in the same
 * meeting structure, themselves or through a member who attends it. Carriers (`dragers`) are the
 * persons behind (2), (3) and (4): both related persons, the shared person, the attending members.
 */
export function bandenTussen(
  r: Register,
  isA: (o: Organisatie) => boolean,
  isB: (o: Organisatie) => boolean,
): Map<string, Band> {
  const banden = new Map<string, Band>();
  const band = (a: string, b: string, soort: Bandsoort, dragers: Iterable<string>) => {
    const k = `${a}\u0000${b}`;
    let bestaand = banden.get(k);
    if (!bestaand) {
      bestaand = { a, b, soorten: new Set(), dragers: new Set() };
      banden.set(k, bestaand);
    }
    bestaand.soorten.add(soort);
    for (const d of dragers) bestaand.dragers.add(d);
  };
  const zijA = (id: string) => isA(r.organisaties.get(id)!);
  const zijB = (id: string) => isB(r.organisaties.get(id)!);
  const orgs = (p: string) => [...(r.organisatiesVan.get(p) ?? [])];

  for (const [a, gerelateerd] of r.relatiesVanOrganisatie) {
    if (!zijA(a)) continue;
    for (const b of gerelateerd) if (zijB(b)) band(a, b, 'organisatierelatie', []);
  }
  for (const p of r.organisatiesVan.keys()) {
    const eigen = orgs(p);
    for (const a of eigen)
      if (zijA(a)) for (const b of eigen) if (b !== a && zijB(b)) band(a, b, 'gedeelde-persoon', [p]);
  }
  for (const [p, gerelateerd] of r.relatiesVanPersoon) {
    const vanP = orgs(p).filter(zijA);
    if (vanP.length === 0) continue;
    for (const q of gerelateerd) {
      for (const b of orgs(q)) {
        if (!zijB(b)) continue;
        for (const a of vanP) if (a !== b) band(a, b, 'persoonsrelatie', [p, q]);
      }
    }
  }

  // Per meeting: participating organisations of each side, with the members through whom they take part.
  const deelnemers = new Map<string, Map<string, Set<string>>>();
  const addDeelname = (overleg: string, org: string, persoon: string | null) => {
    let perOrg = deelnemers.get(overleg);
    if (!perOrg) {
      perOrg = new Map();
      deelnemers.set(overleg, perOrg);
    }
    let via = perOrg.get(org);
    if (!via) {
      via = new Set();
      perOrg.set(org, via);
    }
    if (persoon !== null) via.add(persoon);
  };
  for (const [org, overleggen] of r.overleggenVanOrganisatie) {
    if (zijA(org) || zijB(org)) for (const o of overleggen) addDeelname(o, org, null);
  }
  for (const [p, overleggen] of r.overleggenVanPersoon) {
    for (const org of orgs(p)) if (zijA(org) || zijB(org)) for (const o of overleggen) addDeelname(o, org, p);
  }
  for (const perOrg of deelnemers.values()) {
    const aKant = [...perOrg].filter(([org]) => zijA(org));
    const bKant = [...perOrg].filter(([org]) => zijB(org));
    for (const [a, viaA] of aKant) {
      for (const [b, viaB] of bKant) if (a !== b) band(a, b, 'gedeeld-overleg', [...viaA, ...viaB]);
    }
  }
  return banden;
}
