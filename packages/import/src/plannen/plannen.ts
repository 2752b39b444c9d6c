import { type Gemeente, naamSleutel, type Persoon, standaardNetwerk } from '@netwerkregie/domain';
import type { Store } from '@netwerkregie/store';
import { Bestandsstaat, type PersoonInBestand, vereniging } from '../koppelen/_bestandsstaat.js';
import { controleerPersoonId, persoonIdVanSleutel } from '../koppelen/_persoonid.js';
import { contactSleutel, PerStuk, StoreIndex } from '../koppelen/_storeindex.js';
import { Bron } from '../lezen/_bron.js';
import type { Invoer } from '../lezen/invoer.js';
import type { OvergeslagenBlad } from '../mappen/index.js';
import type { BladInfo, Melding } from '../types.js';
import { leesRijen } from '../valideren/leesrijen.js';
import { nieuwId } from './_id.js';
import { Operaties } from './operaties.js';
import {
  type ImportPlan,
  type ImportSamenvatting,
  MAX_DETAILS,
  type Modus,
  type PlanRegel,
  type VeldWijziging,
} from './plan.js';

/**
 * The input (`pad`, `bytes` or `stroom`, with `naam`: the name the steward knows the file by, such
 * as an upload's original name) and what to do with it.
 */
export type PlanOpties = Exclude<Invoer, string> & {
  gemeente: Gemeente;
  modus?: Modus;
  blad?: string;
  bijVoortgang?: (gelezenBytes: number, totaalBytes: number) => void;
  /** Called for each sheet whose header row was found, as soon as it is (the plan lists them too, in `bladen`). */
  bijBlad?: (blad: BladInfo) => void;
};

/**
 * Reads a sheet and works out what importing it would change, without writing anything:
 * read -> map -> normalise -> validate (per row), then match against the store and diff.
 * Throws `BestandsFout` when the file cannot be used at all. The plan's writes wait in a scratch
 * database: applyPlan closes it; close a plan that is not applied with `plan.operaties.close()`.
 */
export async function planImport(store: Store, opties: PlanOpties): Promise<ImportPlan> {
  const operaties = new Operaties();
  try {
    // Not spread: `organisatieIds` reads the spool when asked.
    return Object.assign(await buildPlan(store, opties, operaties), { operaties });
  } catch (e) {
    operaties.close();
    throw e;
  }
}

/**
 * The plan, its writes added to `operaties` when given: a dry run that only shows the summary
 * does the same work without spooling them.
 */
export async function buildPlan(
  store: Store,
  opties: PlanOpties,
  operaties?: Operaties,
): Promise<Omit<ImportPlan, 'operaties'>> {
  return planTegen(await StoreIndex.open(store, opties.gemeente), opties, operaties);
}

/** The file's entities per store look-up: the store's side of the match is loaded a batch at a time. */
const STUK = 1000;

/** buildPlan against a given store index (the tests compare it with an index of the whole store). */
export async function planTegen(
  index: StoreIndex,
  opties: PlanOpties,
  operaties?: Operaties,
): Promise<Omit<ImportPlan, 'operaties'>> {
  const staat = new Bestandsstaat();
  try {
    return await plan(index, staat, opties, operaties);
  } finally {
    staat.close();
  }
}

/** planImport with the store's index and the file's scratch state in hand. */
async function plan(
  index: StoreIndex,
  staat: Bestandsstaat,
  opties: PlanOpties,
  operaties: Operaties | undefined,
): Promise<Omit<ImportPlan, 'operaties'>> {
  const { gemeente } = opties;
  const meldingen: Melding[] = [];
  const onbekendeKolommen: string[] = [];
  const overgeslagenBladen: OvergeslagenBlad[] = [];
  let rijen = 0;
  let afgewezen = 0;
  const bladen: BladInfo[] = [];

  const bron = Bron.van(opties);
  // A file or bytes are hashed while they are read; a stream as it passes through the reader.
  const vooraf = bron.isStroom ? undefined : bron.sha256();
  vooraf?.catch(() => undefined); // a read error is the one reported
  let sha256: string;
  try {
    // Read, map, normalise and validate run in a worker thread beside this loop's matching (valideren/leesrijen.ts).
    for await (const gebeurtenis of leesRijen(bron, opties, { gemeente, blad: opties.blad })) {
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
          const { rij } = gebeurtenis;
          // Every problem of the row at once; the row counts once, however many it has.
          let rijMeldingen = rij.meldingen;
          // Only a row without a domain needs to know whether the store has its organisation.
          const o = rij.organisatie;
          const bekend = o.domein === undefined && o.naam !== '' && (await index.kentOrganisatie(o.naam));
          let vanBestand = staat.controleer(rij, () => bekend);
          if (rij.persoon?.id !== undefined) vanBestand = [...vanBestand, ...(await controleerPersoonId(rij, index))];
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
    sha256 = await (vooraf ?? bron.sha256());
  } finally {
    await bron.close();
  }

  const details = { toegevoegd: [] as PlanRegel[], gewijzigd: [] as PlanRegel[], ontbrekend: [] as PlanRegel[] };
  let afgekapt = false;
  const noteer = (lijst: PlanRegel[], regel: PlanRegel) => {
    if (lijst.length < MAX_DETAILS) lijst.push(regel);
    else afgekapt = true;
  };

  const { organisaties, personen } = await compare(
    staat,
    index,
    noteer,
    details,
    opties.modus ?? 'aanvullend',
    operaties,
  );
  if (opties.modus === 'volledig') {
    for await (const p of index.actievePersonen()) {
      if (staat.isGezien(p.id)) continue;
      personen.ontbrekend++;
      noteer(details.ontbrekend, { entiteit: 'persoon', id: p.id, naam: p.naam });
    }
  }

  const samenvatting: ImportSamenvatting = {
    id: nieuwId(),
    bestand: bron.naam,
    sha256,
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
  const uit: Omit<ImportPlan, 'operaties'> = { samenvatting, bladen };
  // The organisations the file names wait in the spool with the writes (about 25 MB as an array at
  // 1,000,000 rows); the array is made only for a caller that asks. A dry run without a spool has none.
  if (operaties) {
    Object.defineProperty(uit, 'organisatieIds', {
      enumerable: true,
      get: () => [...operaties.organisatieIdStukken()].flat(),
    });
  }
  return uit;
}

/** Matches the file's merged entities to the store's and lists the writes (when asked) and the plan's lines. */
async function compare(
  staat: Bestandsstaat,
  index: StoreIndex,
  noteer: (lijst: PlanRegel[], regel: PlanRegel) => void,
  details: { toegevoegd: PlanRegel[]; gewijzigd: PlanRegel[] },
  modus: Modus,
  operaties: Operaties | undefined,
) {
  const organisatieStukken = new PerStuk(staat.organisaties(), STUK);
  for (const o of organisatieStukken) {
    if (organisatieStukken.nieuw) await index.loadOrganisaties(organisatieStukken.stuk.map((x) => x.sleutel));
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
      operaties?.add('organisaties', nieuw, true);
      operaties?.addOrganisatieId(nieuw.id);
      staat.zetUitkomst('organisatie', o.nr, { id: nieuw.id, status: 'toegevoegd', wijzigingen: [] });
      continue;
    }
    const na = {
      ...bestaand,
      naam: o.naam,
      ...(o.domein !== undefined ? { domein: o.domein } : {}),
      ...(o.netwerk !== undefined ? { netwerk: o.netwerk } : {}),
      ...(o.soort !== undefined ? { soort: o.soort } : {}),
      ...wijkenNa(o.wijken, bestaand.wijken, modus),
    };
    const velden = verschillen(bestaand, na);
    if (velden.length > 0) operaties?.add('organisaties', na, false);
    operaties?.addOrganisatieId(bestaand.id);
    staat.zetUitkomst('organisatie', o.nr, {
      id: bestaand.id,
      status: velden.length > 0 ? 'gewijzigd' : 'ongewijzigd',
      wijzigingen: velden,
    });
  }

  const overlegStukken = new PerStuk(staat.overleggen(), STUK);
  for (const { sleutel, naam } of overlegStukken) {
    if (overlegStukken.nieuw) await index.loadOverleggen(overlegStukken.stuk.map((x) => x.sleutel));
    const bestaand = index.overlegOpSleutel.get(sleutel);
    if (bestaand) {
      staat.zetOverlegId(sleutel, bestaand.id);
    } else {
      const nieuw = { id: nieuwId(), naam, soort: null };
      operaties?.add('overleggen', nieuw, true);
      staat.zetOverlegId(sleutel, nieuw.id);
    }
  }

  // Persons: match by e-mail, else by name within the organisation (IMPORT.md).
  const persoonStukken = new PerStuk(staat.personen(), STUK);
  for (const p of persoonStukken) {
    if (persoonStukken.nieuw) await loadPersonen(persoonStukken.stuk, index, staat);
    const bestaand = findPersoon(p, index, staat);
    if (!bestaand) {
      const nieuw = { id: nieuwId(), naam: p.naam, email: p.email ?? null, telefoon: p.telefoon ?? null };
      operaties?.add('personen', nieuw, true);
      staat.zetUitkomst('persoon', p.nr, { id: nieuw.id, status: 'toegevoegd', wijzigingen: [] });
      continue;
    }
    staat.zie(bestaand.id);
    const na: Persoon = {
      ...bestaand,
      naam: p.naam,
      ...(p.email !== undefined ? { email: p.email } : {}),
      ...(p.telefoon !== undefined ? { telefoon: p.telefoon } : {}),
    };
    const velden = verschillen(bestaand, na);
    if (velden.length > 0) operaties?.add('personen', na, false);
    staat.zetUitkomst('persoon', p.nr, {
      id: bestaand.id,
      status: velden.length > 0 ? 'gewijzigd' : 'ongewijzigd',
      wijzigingen: velden,
    });
  }

  const lidStukken = new PerStuk(staat.lidmaatschappen(), STUK);
  for (const l of lidStukken) {
    // A person this import adds has no membership in the store yet.
    if (lidStukken.nieuw) {
      await index.loadLidmaatschappen(lidStukken.stuk.filter((x) => x.persoonStatus !== 'toegevoegd'));
    }
    const pId = l.persoonId;
    const oId = l.organisatieId;
    // An empty store (a first import) has nothing to look up: skip building the keys.
    const bestaand = index.lidmaatschap.size > 0 ? index.lidmaatschap.get(`${pId}|${oId}`) : undefined;
    if (!bestaand) {
      const nieuwLid = {
        id: nieuwId(),
        persoonId: pId,
        organisatieId: oId,
        functie: l.functie ?? null,
        rollen: l.rollen ?? [],
        begin: null,
        einde: l.einde ?? null,
      };
      operaties?.add('lidmaatschappen', nieuwLid, true);
      if (l.persoonStatus !== 'toegevoegd') {
        staat.markeer('persoon', l.persoonNr, [
          { veld: `lidmaatschap ${l.organisatieNaam}`, voor: null, na: l.functie ?? '' },
        ]);
      }
      continue;
    }
    const na = {
      ...bestaand,
      ...(l.functie !== undefined ? { functie: l.functie } : {}),
      ...(l.rollen !== undefined && !zelfdeVerzameling(l.rollen, bestaand.rollen) ? { rollen: l.rollen } : {}),
      ...(l.einde !== undefined ? { einde: l.einde } : {}),
    };
    const velden = verschillen(bestaand, na);
    if (velden.length > 0) {
      operaties?.add('lidmaatschappen', na, false);
      staat.markeer(
        'persoon',
        l.persoonNr,
        velden.map((v) => ({ ...v, veld: `${v.veld} (${l.organisatieNaam})` })),
      );
    }
  }

  const trainingStukken = new PerStuk(staat.personen(), STUK);
  for (const p of trainingStukken) {
    if (trainingStukken.nieuw) {
      const bekend = trainingStukken.stuk.filter((x) => x.trainingen && x.uitkomst!.status !== 'toegevoegd');
      await index.loadTrainingen(bekend.map((x) => x.uitkomst!.id));
    }
    if (!p.trainingen) continue;
    const pId = p.uitkomst!.id;
    for (const [soort, datum] of p.trainingen) {
      // The basistraining keeps the plain field name, as before kinds of training could be imported.
      const veld = soort === 'basistraining' ? 'getraind' : `getraind (${soort})`;
      const bestaand = index.training.size > 0 ? index.training.get(`${pId}|${soort}`) : undefined;
      if (!bestaand) {
        const nieuweTraining = { id: nieuwId(), persoonId: pId, soort, datum };
        operaties?.add('trainingen', nieuweTraining, true);
        if (p.uitkomst!.status !== 'toegevoegd') {
          staat.markeer('persoon', p.nr, [{ veld, voor: null, na: datum ?? 'ja' }]);
        }
      } else if (datum !== null && bestaand.datum !== datum) {
        operaties?.add('trainingen', { ...bestaand, datum }, false);
        staat.markeer('persoon', p.nr, [{ veld, voor: bestaand.datum, na: datum }]);
      }
    }
  }

  const deelnameStukken = new PerStuk(staat.deelnames(), STUK);
  for (const d of deelnameStukken) {
    // An entity this import adds has nothing in the store yet.
    if (deelnameStukken.nieuw) await index.loadDeelnames(deelnameStukken.stuk.filter((x) => x.status !== 'toegevoegd'));
    const oId = d.organisatieId;
    const pId = d.persoonId ?? '';
    const persoon = d.persoonNr;
    if (index.deelnames.size > 0 && index.deelnames.has(`${d.overlegId}|${persoon ? '' : oId}|${pId}`)) continue;
    const deelname = {
      id: nieuwId(),
      overlegId: d.overlegId,
      organisatieId: persoon ? null : oId,
      persoonId: pId || null,
    };
    operaties?.add('deelnames', deelname, true);
    if (d.status === 'toegevoegd') continue;
    const w = [{ veld: 'overleg', voor: null, na: d.overlegNaam }];
    if (persoon) staat.markeer('persoon', persoon, w);
    else staat.markeer('organisatie', d.organisatieNr, w);
  }

  const contactStukken = new PerStuk(staat.contacten(), STUK);
  for (const c of contactStukken) {
    if (contactStukken.nieuw) await index.loadContacten(contactStukken.stuk.filter((x) => x.status !== 'toegevoegd'));
    const moment = { organisatieId: c.organisatieId, persoonId: c.persoonId, datum: c.datum };
    if (index.contacten.size > 0 && index.contacten.has(contactSleutel(moment))) continue;
    const contact = {
      id: nieuwId(),
      ...moment,
      kanaal: 'bezoek' as const,
      aanleiding: 'regulier' as const,
      initiatief: 'gemeente' as const,
    };
    operaties?.add('contactmomenten', contact, true);
    if (c.status === 'toegevoegd') continue;
    const w = [{ veld: 'laatsteContact', voor: null, na: c.datum }];
    if (c.persoonNr) staat.markeer('persoon', c.persoonNr, w);
    else staat.markeer('organisatie', c.organisatieNr, w);
  }

  for (const o of staat.organisaties()) {
    const { id, status, wijzigingen } = o.uitkomst!;
    if (status === 'ongewijzigd') continue;
    noteer(details[status], {
      entiteit: 'organisatie',
      id,
      naam: o.naam,
      ...plek(o.plek),
      ...(status === 'gewijzigd' ? { velden: wijzigingen as VeldWijziging[] } : {}),
    });
  }
  for (const p of staat.personen()) {
    const { id, status, wijzigingen } = p.uitkomst!;
    if (status === 'ongewijzigd') continue;
    noteer(details[status], {
      entiteit: 'persoon',
      id,
      naam: p.naam,
      ...plek(p.plek),
      ...(status === 'gewijzigd' ? { velden: wijzigingen as VeldWijziging[] } : {}),
    });
  }
  return {
    organisaties: { aantallen: staat.tel('organisatie') },
    personen: { aantallen: staat.tel('persoon'), ontbrekend: 0 },
  };
}

/** Loads the store's persons a batch of the file's persons could match: by e-mail, by name within the organisation. */
async function loadPersonen(stuk: PersoonInBestand[], index: StoreIndex, staat: Bestandsstaat): Promise<void> {
  const emails: string[] = [];
  for (const p of stuk) if (p.email) emails.push(p.email);
  const paren: Array<{ organisatieId: string; naamSleutel: string }> = [];
  if (index.zoektOpNaam) {
    // A sheet lists an organisation's members together: its id once per batch.
    const orgIds = new Map<number, string | undefined>();
    for (const p of stuk) {
      if (!orgIds.has(p.organisatieNr)) orgIds.set(p.organisatieNr, staat.organisatieId(p.organisatieNr));
      const organisatieId = orgIds.get(p.organisatieNr);
      if (organisatieId) paren.push({ organisatieId, naamSleutel: naamSleutel(p.naam) });
    }
  }
  const ids: string[] = [];
  for (const p of stuk) {
    const id = persoonIdVanSleutel(p.sleutel);
    if (id !== undefined) ids.push(id);
  }
  await index.loadPersonen(emails, paren, ids);
}

function findPersoon(p: PersoonInBestand, index: StoreIndex, staat: Bestandsstaat): Persoon | undefined {
  // A `Persoon-id` column names the person itself (checked per row); its e-mail may then change.
  const id = persoonIdVanSleutel(p.sleutel);
  if (id !== undefined) return index.persoonOpId.get(id);
  if (p.email) {
    const opEmail = index.persoonOpEmail.get(p.email);
    if (opEmail) return opEmail;
  }
  if (index.persoonOpNaamBinnenOrganisatie.size === 0) return undefined;
  const oId = staat.organisatieId(p.organisatieNr);
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
