import {
  type Contactmoment,
  type Lidmaatschap,
  type Momentopname,
  type Organisatie,
  type Overleg,
  type Persoon,
  type Rol,
  type Training,
  woordSleutel,
} from '@netwerkregie/domain';

/** Node keys: the ids the graph, `betreft` lists and the report use. */
export const sleutel = {
  persoon: (id: string) => `persoon:${id}`,
  organisatie: (id: string) => `organisatie:${id}`,
  overleg: (id: string) => `overleg:${id}`,
  wijk: (naam: string) => `wijk:${naam}`,
};

/** An organisation the network director works with: every organisation but the gemeente's own. */
export const isPartner = (o: Organisatie) => o.domein !== 'gemeente';
/** A professional partner: formal network, not the gemeente. */
export const isFormelePartner = (o: Organisatie) => isPartner(o) && o.netwerk === 'formeel';

/**
 * Lookups over one snapshot, as of its peildatum: only memberships running on that day count,
 * only contact moments and trainings on or before it. References to unknown ids are dropped.
 */
export interface Register {
  m: Momentopname;
  peildatum: string;
  organisaties: Map<string, Organisatie>;
  personen: Map<string, Persoon>;
  overleggen: Map<string, Overleg>;
  /** Active memberships with a known person and organisation. */
  lidmaatschappen: Lidmaatschap[];
  ledenVan: Map<string, Set<string>>;
  organisatiesVan: Map<string, Set<string>>;
  /** Roles of a person at an organisation: `rollen.get(org)?.get(persoon)`. */
  rollen: Map<string, Map<string, Set<Rol>>>;
  /** Meetings an organisation takes part in itself (not through its people). */
  overleggenVanOrganisatie: Map<string, Set<string>>;
  overleggenVanPersoon: Map<string, Set<string>>;
  /** Person-to-person relations, both directions; a pair recorded twice appears twice. */
  relatiesVanPersoon: Map<string, string[]>;
  relatiesVanOrganisatie: Map<string, string[]>;
  /** Contact moments on or before the peildatum, oldest first. */
  contactenMet: Map<string, Contactmoment[]>;
  /** Trainings on or before the peildatum (or undated). */
  trainingenVan: Map<string, Training[]>;
  /** Whether an organisation works in a district; `heel de stad` covers every district. */
  werktIn: (organisatie: Organisatie, wijk: string) => boolean;
}

function add<K, V>(map: Map<K, Set<V>>, sleutel: K, waarde: V): void {
  let set = map.get(sleutel);
  if (!set) {
    set = new Set();
    map.set(sleutel, set);
  }
  set.add(waarde);
}

function pushTo<K, V>(map: Map<K, V[]>, sleutel: K, waarde: V): void {
  const lijst = map.get(sleutel);
  if (lijst) lijst.push(waarde);
  else map.set(sleutel, [waarde]);
}

const isActief = (l: Lidmaatschap, peildatum: string) =>
  (l.begin === null || l.begin <= peildatum) && (l.einde === null || l.einde >= peildatum);

const HEEL_DE_STAD = new Set(['heeldestad', 'citywide', 'helestad']);

export function createRegister(m: Momentopname): Register {
  const peildatum = m.peildatum;
  const organisaties = new Map(m.organisaties.map((o) => [o.id, o]));
  const personen = new Map(m.personen.map((p) => [p.id, p]));
  const overleggen = new Map(m.overleggen.map((o) => [o.id, o]));

  const lidmaatschappen: Lidmaatschap[] = [];
  const ledenVan = new Map<string, Set<string>>();
  const organisatiesVan = new Map<string, Set<string>>();
  const rollen = new Map<string, Map<string, Set<Rol>>>();
  for (const l of m.lidmaatschappen) {
    if (!isActief(l, peildatum) || !personen.has(l.persoonId) || !organisaties.has(l.organisatieId)) continue;
    lidmaatschappen.push(l);
    add(ledenVan, l.organisatieId, l.persoonId);
    add(organisatiesVan, l.persoonId, l.organisatieId);
    let perPersoon = rollen.get(l.organisatieId);
    if (!perPersoon) {
      perPersoon = new Map();
      rollen.set(l.organisatieId, perPersoon);
    }
    for (const rol of l.rollen) add(perPersoon, l.persoonId, rol);
  }

  const overleggenVanOrganisatie = new Map<string, Set<string>>();
  const overleggenVanPersoon = new Map<string, Set<string>>();
  for (const d of m.deelnames) {
    if (!overleggen.has(d.overlegId)) continue;
    if (d.organisatieId !== null && organisaties.has(d.organisatieId)) {
      add(overleggenVanOrganisatie, d.organisatieId, d.overlegId);
    } else if (d.persoonId !== null && personen.has(d.persoonId)) {
      add(overleggenVanPersoon, d.persoonId, d.overlegId);
    }
  }

  const relatiesVanPersoon = new Map<string, string[]>();
  const relatiesVanOrganisatie = new Map<string, string[]>();
  for (const r of m.relaties) {
    if (r.van === r.naar) continue;
    const [bekend, doel] =
      r.entiteit === 'persoon' ? [personen, relatiesVanPersoon] : [organisaties, relatiesVanOrganisatie];
    if (!bekend.has(r.van) || !bekend.has(r.naar)) continue;
    pushTo(doel, r.van, r.naar);
    pushTo(doel, r.naar, r.van);
  }

  const contactenMet = new Map<string, Contactmoment[]>();
  for (const c of [...m.contactmomenten].sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0))) {
    if (c.datum <= peildatum && organisaties.has(c.organisatieId)) pushTo(contactenMet, c.organisatieId, c);
  }

  const trainingenVan = new Map<string, Training[]>();
  for (const t of m.trainingen) {
    if ((t.datum === null || t.datum <= peildatum) && personen.has(t.persoonId)) {
      pushTo(trainingenVan, t.persoonId, t);
    }
  }

  const wijkSleutels = new Map(m.gemeente.wijken.map((w) => [woordSleutel(w), w]));
  const dekking = new Map<string, Set<string>>();
  for (const o of m.organisaties) {
    const set = new Set<string>();
    for (const w of o.wijken) {
      const s = woordSleutel(w);
      if (HEEL_DE_STAD.has(s)) for (const wijk of m.gemeente.wijken) set.add(wijk);
      else {
        const wijk = wijkSleutels.get(s);
        if (wijk) set.add(wijk);
      }
    }
    dekking.set(o.id, set);
  }

  return {
    m,
    peildatum,
    organisaties,
    personen,
    overleggen,
    lidmaatschappen,
    ledenVan,
    organisatiesVan,
    rollen,
    overleggenVanOrganisatie,
    overleggenVanPersoon,
    relatiesVanPersoon,
    relatiesVanOrganisatie,
    contactenMet,
    trainingenVan,
    werktIn: (organisatie, wijk) => dekking.get(organisatie.id)?.has(wijk) ?? false,
  };
}

/** Persons with this role in an active membership, at any organisation. */
export function personenMetRol(register: Register, rol: Rol): Set<string> {
  const uit = new Set<string>();
  for (const perPersoon of register.rollen.values()) {
    for (const [persoon, rollen] of perPersoon) if (rollen.has(rol)) uit.add(persoon);
  }
  return uit;
}

/** Persons with this role at one organisation. */
export function rolhouders(register: Register, organisatieId: string, rol: Rol): string[] {
  const uit: string[] = [];
  for (const [persoon, rollen] of register.rollen.get(organisatieId) ?? []) if (rollen.has(rol)) uit.push(persoon);
  return uit.sort();
}
