import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { type Gemeente, naamSleutel, type Persoon, standaardNetwerk } from '@netwerkregie/domain';
import type { Store } from '@netwerkregie/store';
import { Bestandsstaat, type PersoonInBestand, SCHEIDING, vereniging } from './_bestandsstaat.js';
import { nieuwId } from './_id.js';
import { contactSleutel, StoreIndex } from './_index.js';
import { readSheet } from './lezen/index.js';
import { normaliseerRij } from './normaliseren/index.js';
import {
  type ImportPlan,
  type ImportSamenvatting,
  MAX_DETAILS,
  type Modus,
  type Operaties,
  type OvergeslagenBlad,
  type PlanRegel,
  type VeldWijziging,
} from './plan.js';
import type { BladInfo, Melding } from './types.js';

export interface PlanOpties {
  pad: string;
  /** The name the steward knows the file by (an upload's original name); default the path's base name. */
  bestandsnaam?: string;
  gemeente: Gemeente;
  modus?: Modus;
  blad?: string;
  bijVoortgang?: (gelezenBytes: number, totaalBytes: number) => void;
  /** Called for each sheet whose header row was found, as soon as it is (the plan lists them too, in `bladen`). */
  bijBlad?: (blad: BladInfo) => void;
}

/**
 * Reads a sheet and works out what importing it would change, without writing anything:
 * read -> map -> normalise -> validate (per row), then match against the store and diff.
 * Throws `BestandsFout` when the file cannot be used at all.
 */
export async function planImport(store: Store, opties: PlanOpties): Promise<ImportPlan> {
  const { gemeente } = opties;
  const index = new StoreIndex(await store.momentopname(gemeente));
  const staat = new Bestandsstaat();
  const meldingen: Melding[] = [];
  const onbekendeKolommen: string[] = [];
  const overgeslagenBladen: OvergeslagenBlad[] = [];
  let rijen = 0;
  let afgewezen = 0;
  const bladen: BladInfo[] = [];
  const isBekend = (sleutel: string) => index.organisatieOpSleutel.has(sleutel);

  const hash = bestandsHash(opties.pad);
  for await (const gebeurtenis of readSheet(
    { pad: opties.pad, ...(opties.bestandsnaam ? { naam: opties.bestandsnaam } : {}) },
    { gemeente, ...(opties.blad ? { blad: opties.blad } : {}) },
  )) {
    switch (gebeurtenis.soort) {
      case 'blad':
        bladen.push(gebeurtenis.blad);
        opties.bijBlad?.(gebeurtenis.blad);
        for (const kop of gebeurtenis.blad.onbekendeKolommen) {
          if (!onbekendeKolommen.includes(kop)) onbekendeKolommen.push(kop);
        }
        break;
      case 'overgeslagen':
        overgeslagenBladen.push({ blad: gebeurtenis.blad, reden: gebeurtenis.reden });
        break;
      case 'voortgang':
        opties.bijVoortgang?.(gebeurtenis.gelezenBytes, gebeurtenis.totaalBytes);
        break;
      case 'rij': {
        rijen++;
        const rij = normaliseerRij(gebeurtenis.rij, gemeente);
        // Every problem of the row at once; the row counts once, however many it has.
        let rijMeldingen = rij.meldingen;
        const vanBestand = staat.controleer(rij, isBekend);
        if (vanBestand.length > 0) rijMeldingen = [...rijMeldingen, ...vanBestand];
        if (!rijMeldingen.some((m) => m.ernst === 'fout')) {
          const erbij = staat.voegToe(rij);
          if (erbij.length > 0) rijMeldingen = [...rijMeldingen, ...erbij];
        }
        if (rijMeldingen.length > 0) {
          if (rijMeldingen.some((m) => m.ernst === 'fout')) afgewezen++;
          for (const m of rijMeldingen) meldingen.push(m);
        }
        break;
      }
    }
  }

  const details = { toegevoegd: [] as PlanRegel[], gewijzigd: [] as PlanRegel[], ontbrekend: [] as PlanRegel[] };
  let afgekapt = false;
  const noteer = (lijst: PlanRegel[], regel: PlanRegel) => {
    if (lijst.length < MAX_DETAILS) lijst.push(regel);
    else afgekapt = true;
  };

  const { operaties, organisaties, personen } = vergelijk(staat, index, noteer, details, opties.modus ?? 'aanvullend');
  if (opties.modus === 'volledig') {
    for (const p of index.personen) {
      if (personen.gezien.has(p.id) || !index.actievePersoonIds.has(p.id)) continue;
      personen.ontbrekend++;
      noteer(details.ontbrekend, { entiteit: 'persoon', id: p.id, naam: p.naam });
    }
  }

  const samenvatting: ImportSamenvatting = {
    id: nieuwId(),
    bestand: opties.bestandsnaam ?? basename(opties.pad),
    sha256: await hash,
    modus: opties.modus ?? 'aanvullend',
    proefrun: true,
    toegepast: false,
    rijen,
    afgewezen,
    dubbel: staat.dubbel,
    organisaties: organisaties.aantallen,
    personen: { ...personen.aantallen, ontbrekend: personen.ontbrekend },
    onbekendeKolommen,
    overgeslagenBladen,
    meldingen,
    details: { ...details, afgekapt },
  };
  return { samenvatting, operaties, bladen };
}

function bestandsHash(pad: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(pad)
      .on('data', (stuk) => hash.update(stuk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

type Status = 'toegevoegd' | 'gewijzigd' | 'ongewijzigd';

/** Matches the file's merged entities to the store's and lists the writes and the plan's lines. */
function vergelijk(
  staat: Bestandsstaat,
  index: StoreIndex,
  noteer: (lijst: PlanRegel[], regel: PlanRegel) => void,
  details: { toegevoegd: PlanRegel[]; gewijzigd: PlanRegel[] },
  modus: Modus,
) {
  const operaties: Operaties = {
    organisaties: [],
    overleggen: [],
    personen: [],
    lidmaatschappen: [],
    deelnames: [],
    trainingen: [],
    contactmomenten: [],
  };
  const nieuweSet = new Set<object>();
  operaties.nieuw = nieuweSet;
  const orgId = new Map<string, string>();
  const orgStatus = new Map<string, Status>();
  const orgWijzigingen = new Map<string, VeldWijziging[]>();

  for (const o of staat.organisaties.values()) {
    const bestaand = index.organisatieOpSleutel.get(o.sleutel);
    if (!bestaand) {
      const domein = o.domein!;
      const nieuw = {
        id: nieuwId(),
        naam: o.naam,
        domein,
        netwerk: o.netwerk ?? standaardNetwerk(domein),
        soort: o.soort ?? null,
        wijken: o.wijken ?? [],
      };
      operaties.organisaties.push(nieuw);
      nieuweSet.add(nieuw);
      orgId.set(o.sleutel, nieuw.id);
      orgStatus.set(o.sleutel, 'toegevoegd');
      continue;
    }
    orgId.set(o.sleutel, bestaand.id);
    const na = {
      ...bestaand,
      naam: o.naam,
      ...(o.domein !== undefined ? { domein: o.domein } : {}),
      ...(o.netwerk !== undefined ? { netwerk: o.netwerk } : {}),
      ...(o.soort !== undefined ? { soort: o.soort } : {}),
      ...wijkenNa(o.wijken, bestaand.wijken, modus),
    };
    const velden = verschillen(bestaand, na);
    if (velden.length > 0) {
      operaties.organisaties.push(na);
      orgWijzigingen.set(o.sleutel, velden);
    }
    orgStatus.set(o.sleutel, velden.length > 0 ? 'gewijzigd' : 'ongewijzigd');
  }

  const overlegId = new Map<string, string>();
  for (const [sleutel, naam] of staat.overleggen) {
    const bestaand = index.overlegOpSleutel.get(sleutel);
    if (bestaand) {
      overlegId.set(sleutel, bestaand.id);
    } else {
      const nieuw = { id: nieuwId(), naam, soort: null };
      operaties.overleggen.push(nieuw);
      nieuweSet.add(nieuw);
      overlegId.set(sleutel, nieuw.id);
    }
  }

  // Persons: match by e-mail, else by name within the organisation (IMPORT.md).
  const persoonId = new Map<string, string>();
  const persoonStatus = new Map<string, Status>();
  const persoonWijzigingen = new Map<string, VeldWijziging[]>();
  const gezien = new Set<string>();
  for (const p of staat.personen.values()) {
    const bestaand = zoekPersoon(p, index, orgId);
    if (!bestaand) {
      const nieuw = { id: nieuwId(), naam: p.naam, email: p.email ?? null, telefoon: p.telefoon ?? null };
      operaties.personen.push(nieuw);
      nieuweSet.add(nieuw);
      persoonId.set(p.sleutel, nieuw.id);
      persoonStatus.set(p.sleutel, 'toegevoegd');
      continue;
    }
    gezien.add(bestaand.id);
    persoonId.set(p.sleutel, bestaand.id);
    const na: Persoon = {
      ...bestaand,
      naam: p.naam,
      ...(p.email !== undefined ? { email: p.email } : {}),
      ...(p.telefoon !== undefined ? { telefoon: p.telefoon } : {}),
    };
    const velden = verschillen(bestaand, na);
    if (velden.length > 0) {
      operaties.personen.push(na);
      persoonWijzigingen.set(p.sleutel, velden);
    }
    persoonStatus.set(p.sleutel, velden.length > 0 ? 'gewijzigd' : 'ongewijzigd');
  }

  const markeer = (
    statussen: Map<string, Status>,
    sleutel: string,
    wijzigingen: Map<string, VeldWijziging[]>,
    w: VeldWijziging[],
  ) => {
    if (statussen.get(sleutel) === 'ongewijzigd') statussen.set(sleutel, 'gewijzigd');
    if (statussen.get(sleutel) === 'gewijzigd') wijzigingen.set(sleutel, [...(wijzigingen.get(sleutel) ?? []), ...w]);
  };

  for (const l of staat.lidmaatschappen.values()) {
    const pId = persoonId.get(l.persoonSleutel)!;
    const oId = orgId.get(l.organisatieSleutel)!;
    // An empty store (a first import) has nothing to look up: skip building the keys.
    const bestaand = index.lidmaatschap.size > 0 ? index.lidmaatschap.get(`${pId}|${oId}`) : undefined;
    const organisatieNaam = staat.organisaties.get(l.organisatieSleutel)!.naam;
    if (!bestaand) {
      const nieuwLid = {
        id: nieuwId(),
        persoonId: pId,
        organisatieId: oId,
        functie: l.functie ?? null,
        rollen: l.rollen ?? [],
        begin: null,
        einde: null,
      };
      operaties.lidmaatschappen.push(nieuwLid);
      nieuweSet.add(nieuwLid);
      markeer(persoonStatus, l.persoonSleutel, persoonWijzigingen, [
        { veld: `lidmaatschap ${organisatieNaam}`, voor: null, na: l.functie ?? '' },
      ]);
      continue;
    }
    const na = {
      ...bestaand,
      ...(l.functie !== undefined ? { functie: l.functie } : {}),
      ...(l.rollen !== undefined && !zelfdeVerzameling(l.rollen, bestaand.rollen) ? { rollen: l.rollen } : {}),
    };
    const velden = verschillen(bestaand, na);
    if (velden.length > 0) {
      operaties.lidmaatschappen.push(na);
      markeer(
        persoonStatus,
        l.persoonSleutel,
        persoonWijzigingen,
        velden.map((v) => ({ ...v, veld: `${v.veld} (${organisatieNaam})` })),
      );
    }
  }

  for (const p of staat.personen.values()) {
    if (!p.trainingen) continue;
    const pId = persoonId.get(p.sleutel)!;
    for (const [soort, datum] of p.trainingen) {
      // The basistraining keeps the plain field name, as before kinds of training could be imported.
      const veld = soort === 'basistraining' ? 'getraind' : `getraind (${soort})`;
      const bestaand = index.training.size > 0 ? index.training.get(`${pId}|${soort}`) : undefined;
      if (!bestaand) {
        const nieuweTraining = { id: nieuwId(), persoonId: pId, soort, datum };
        operaties.trainingen.push(nieuweTraining);
        nieuweSet.add(nieuweTraining);
        markeer(persoonStatus, p.sleutel, persoonWijzigingen, [{ veld, voor: null, na: datum ?? 'ja' }]);
      } else if (datum !== null && bestaand.datum !== datum) {
        operaties.trainingen.push({ ...bestaand, datum });
        markeer(persoonStatus, p.sleutel, persoonWijzigingen, [{ veld, voor: bestaand.datum, na: datum }]);
      }
    }
  }

  for (const d of staat.deelnames) {
    const [overleg, org, persoon] = d.split(SCHEIDING) as [string, string, string];
    const oId = orgId.get(org)!;
    const pId = persoon ? persoonId.get(persoon)! : '';
    const id = overlegId.get(overleg)!;
    if (index.deelnames.size > 0 && index.deelnames.has(`${id}|${persoon ? '' : oId}|${pId}`)) continue;
    const deelname = {
      id: nieuwId(),
      overlegId: id,
      organisatieId: persoon ? null : oId,
      persoonId: pId || null,
    };
    operaties.deelnames.push(deelname);
    nieuweSet.add(deelname);
    const w = [{ veld: 'overleg', voor: null, na: staat.overleggen.get(overleg) }];
    if (persoon) markeer(persoonStatus, persoon, persoonWijzigingen, w);
    else markeer(orgStatus, org, orgWijzigingen, w);
  }

  for (const c of staat.contacten.values()) {
    const moment = {
      organisatieId: orgId.get(c.organisatieSleutel)!,
      persoonId: c.persoonSleutel ? persoonId.get(c.persoonSleutel)! : null,
      datum: c.datum,
    };
    if (index.contacten.size > 0 && index.contacten.has(contactSleutel(moment))) continue;
    const contact = {
      id: nieuwId(),
      ...moment,
      kanaal: 'bezoek' as const,
      aanleiding: 'regulier' as const,
      initiatief: 'gemeente' as const,
    };
    operaties.contactmomenten.push(contact);
    nieuweSet.add(contact);
    const w = [{ veld: 'laatsteContact', voor: null, na: c.datum }];
    if (c.persoonSleutel) markeer(persoonStatus, c.persoonSleutel, persoonWijzigingen, w);
    else markeer(orgStatus, c.organisatieSleutel, orgWijzigingen, w);
  }

  const organisaties = { aantallen: tel(orgStatus) };
  for (const o of staat.organisaties.values()) {
    const status = orgStatus.get(o.sleutel)!;
    if (status === 'ongewijzigd') continue;
    noteer(details[status], {
      entiteit: 'organisatie',
      id: orgId.get(o.sleutel)!,
      naam: o.naam,
      ...plek(o.plek),
      ...(status === 'gewijzigd' ? { velden: orgWijzigingen.get(o.sleutel) ?? [] } : {}),
    });
  }
  for (const p of staat.personen.values()) {
    const status = persoonStatus.get(p.sleutel)!;
    if (status === 'ongewijzigd') continue;
    noteer(details[status], {
      entiteit: 'persoon',
      id: persoonId.get(p.sleutel)!,
      naam: p.naam,
      ...plek(p.plek),
      ...(status === 'gewijzigd' ? { velden: persoonWijzigingen.get(p.sleutel) ?? [] } : {}),
    });
  }
  return { operaties, organisaties, personen: { aantallen: tel(persoonStatus), ontbrekend: 0, gezien } };
}

function zoekPersoon(p: PersoonInBestand, index: StoreIndex, orgId: Map<string, string>): Persoon | undefined {
  if (p.email) {
    const opEmail = index.persoonOpEmail.get(p.email);
    if (opEmail) return opEmail;
  }
  if (index.persoonOpNaamBinnenOrganisatie.size === 0) return undefined;
  const oId = orgId.get(p.organisatieSleutel);
  const opNaam = oId ? index.persoonOpNaamBinnenOrganisatie.get(`${oId}|${naamSleutel(p.naam)}`) : undefined;
  // Without a matching e-mail, the same name within the organisation is the same person, unless the store knows another address.
  if (opNaam && (opNaam.email === null || p.email === undefined)) return opNaam;
  return undefined;
}

/**
 * An organisation's districts after the import: a supplementing import only adds the file's
 * districts, a full list says them all (so a district it lacks is removed, shown as a change).
 */
function wijkenNa(uitBestand: string[] | undefined, bestaand: string[], modus: Modus): { wijken?: string[] } {
  if (uitBestand === undefined) return {};
  const na = modus === 'volledig' ? uitBestand : vereniging(bestaand, uitBestand);
  return zelfdeVerzameling(na, bestaand) ? {} : { wijken: na };
}

function plek(p: { blad: string | null; rij: number }): { blad?: string; rij: number } {
  return p.blad === null ? { rij: p.rij } : { blad: p.blad, rij: p.rij };
}

function tel(statussen: Map<string, Status>) {
  const aantallen = { toegevoegd: 0, gewijzigd: 0, ongewijzigd: 0 };
  for (const s of statussen.values()) aantallen[s]++;
  return aantallen;
}

function zelfdeVerzameling(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
}

function verschillen<T extends object>(voor: T, na: T): VeldWijziging[] {
  const uit: VeldWijziging[] = [];
  for (const veld of Object.keys(na) as Array<keyof T & string>) {
    const a = voor[veld];
    const b = na[veld];
    // Equal values have equal JSON; two different strings, nulls or booleans never do. Only lists
    // (and numbers, for NaN) need the JSON comparison.
    if (a === b) continue;
    if (enkelvoudig(a) && enkelvoudig(b)) uit.push({ veld, voor: a, na: b });
    else if (JSON.stringify(a) !== JSON.stringify(b)) uit.push({ veld, voor: a, na: b });
  }
  return uit;
}

function enkelvoudig(x: unknown): boolean {
  return x === null || typeof x === 'string' || typeof x === 'boolean';
}
