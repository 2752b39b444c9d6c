/**
 * The partner's side of a confirmation round: open the personal link (only that organisation's own
 * entries), then confirm them or send corrections. A correction is never a write: it becomes an import
 * plan (actor `partner:<organisatie-id>`) through the import's own planning and validation, which the
 * beheerder applies or leaves; a confirmation without changes records the date only.
 */
import { type Gemeente, type Organisatie, type Rol, TRAININGSOORTEN, type Trainingsoort } from '@netwerkregie/domain';
import { type Store, sleutelHash, type UitnodigingRecord, uitnodigingStatus } from '@netwerkregie/store';
import { ToepassingFout } from './fouten.js';
import { importPakket } from './importeren.js';
import { saveImportplan } from './toepassen.js';

/** A person of the organisation as the partner's page shows them. */
export interface PartnerPersoon {
  persoonId: string;
  naam: string;
  functie: string | null;
  rollen: Rol[];
  email: string | null;
  telefoon: string | null;
  trainingen: Array<{ soort: Trainingsoort; datum: string | null }>;
}

/** What a partner's link shows: the organisation's own entries, nothing else. */
export interface PartnerOverzicht {
  organisatie: Pick<Organisatie, 'id' | 'naam' | 'domein' | 'netwerk'>;
  personen: PartnerPersoon[];
  /** The meeting structures the organisation or its persons take part in, by name. */
  overleggen: string[];
  verloopt: string;
  /** The link was answered already: the page thanks, and takes no second answer. */
  beantwoord: boolean;
}

/** A person on the partner's form: judged correct, changed, left, or new. */
export interface PartnerAntwoordPersoon {
  persoonId?: string;
  oordeel: 'klopt' | 'wijzig' | 'vertrokken' | 'nieuw';
  naam?: string;
  functie?: string;
  /** Roles as the partner writes them, comma separated (the import's vocabulary and synonyms apply). */
  rollen?: string;
  email?: string;
  telefoon?: string;
  /**
   * A known person's trainings per kind, as the partner writes them: a date (`3-2-2016`) or `ja` (day
   * unknown), read by the import's Getraind rules. Empty or unchanged is no correction; a training is
   * never removed here.
   */
  trainingen?: Partial<Record<Trainingsoort, string>>;
}

export interface PartnerAntwoord {
  personen: PartnerAntwoordPersoon[];
  /**
   * Meeting structures the organisation takes part in besides those shown, as the partner writes them
   * (`,` `;` or line separated, the import's Overleggen column): each becomes a participation.
   */
  overleggen?: string;
}

export type PartnerVeld =
  | 'persoonId'
  | 'oordeel'
  | 'naam'
  | 'functie'
  | 'rollen'
  | 'email'
  | 'telefoon'
  | `training.${Trainingsoort}`
  | 'overleggen';

/**
 * A problem with one field of the form: `persoon` is the person's index in the answer, or -1 for the
 * organisation's own fields (`overleggen`).
 */
export interface VeldProbleem {
  persoon: number;
  veld: PartnerVeld;
  melding: string;
}

export type AntwoordUitkomst =
  | { soort: 'bevestigd' }
  | { soort: 'gecorrigeerd'; importId: string }
  | { soort: 'ongeldig'; problemen: VeldProbleem[] };

const ONGELDIG = 'Deze link is onbekend, verlopen of ingetrokken.';
const ROUTE = '/bevestigen/{token}';

/** The invitation behind a link, if it still works (not unknown, expired or revoked). */
async function geldigeUitnodiging(store: Store, token: string): Promise<UitnodigingRecord> {
  const u = await store.uitnodigingOpHash(sleutelHash(token));
  const status = u && uitnodigingStatus(u);
  if (!u || status === 'verlopen' || status === 'ingetrokken') {
    throw new ToepassingFout('uitnodiging.ongeldig', ONGELDIG);
  }
  return u;
}

/** The organisation's own entries; a formal organisation's through the formal view (no informal data at all). */
async function overzicht(store: Store, gemeente: Gemeente, u: UitnodigingRecord): Promise<PartnerOverzicht> {
  const alles = await store.organisatie(u.organisatieId);
  if (!alles) throw new ToepassingFout('uitnodiging.ongeldig', ONGELDIG);
  const zicht = alles.netwerk === 'formeel' ? store.withZicht('formeel') : store;
  const vandaag = new Date().toISOString().slice(0, 10);
  const lidmaatschappen = (await zicht.lidmaatschappenVanOrganisatie(alles.id)).filter(
    (l) => l.einde === null || l.einde >= vandaag,
  );
  const personen: PartnerPersoon[] = [];
  for (const l of lidmaatschappen) {
    const p = await zicht.persoon(l.persoonId);
    if (!p) continue;
    const trainingen = (await zicht.listTrainingen({ persoonId: p.id }, { limiet: 100 })).items;
    personen.push({
      persoonId: p.id,
      naam: p.naam,
      functie: l.functie,
      rollen: l.rollen,
      email: p.email,
      telefoon: p.telefoon,
      trainingen: trainingen.map((t) => ({ soort: t.soort, datum: t.datum })),
    });
  }
  personen.sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  const m = await zicht.momentopname(gemeente);
  const ids = new Set([alles.id, ...personen.map((p) => p.persoonId)]);
  const overlegIds = new Set(
    m.deelnames.filter((d) => ids.has(d.organisatieId ?? '') || ids.has(d.persoonId ?? '')).map((d) => d.overlegId),
  );
  const overleggen = m.overleggen
    .filter((o) => overlegIds.has(o.id))
    .map((o) => o.naam)
    .sort((a, b) => a.localeCompare(b, 'nl'));
  return {
    organisatie: { id: alles.id, naam: alles.naam, domein: alles.domein, netwerk: alles.netwerk },
    personen,
    overleggen,
    verloopt: u.verloopt,
    beantwoord: u.antwoord !== null,
  };
}

/**
 * Opens a partner's link: the organisation's own entries. The first opening is recorded; every view is
 * logged as a processing with the organisation as actor. Throws `uitnodiging.ongeldig` for a link that
 * is unknown, expired or revoked (the message names no organisation).
 */
export async function openUitnodiging(store: Store, gemeente: Gemeente, token: string): Promise<PartnerOverzicht> {
  const u = await geldigeUitnodiging(store, token);
  const gezien = await overzicht(store, gemeente, u);
  if (!u.geopend) await store.markUitnodiging(u.id, { geopend: new Date().toISOString() });
  await store.audit({
    actor: `partner:${u.organisatieId}`,
    actie: 'lezen',
    entiteit: 'organisatie',
    entiteitId: u.organisatieId,
    doel: 'Bevestigingsronde: de partner bekijkt de eigen gegevens.',
    route: ROUTE,
    verwerking: gemeente.verwerkingsactiviteiten.netwerkbeheer.id,
    betrokkenen: gezien.personen.map((p) => p.persoonId),
  });
  return gezien;
}

/**
 * The sheet columns a partner's answer fills, in the import's own headers. A known person's row carries
 * its `Persoon-id`, so the import matches it by id and a new e-mail address is a change of that person.
 */
const KOLOMMEN = [
  'Organisatie',
  'Persoon-id',
  'Naam',
  'Functie',
  'Rol',
  'E-mail',
  'Telefoon',
  'Vertrokken',
  'Getraind',
  'Soort training',
  'Overleggen',
] as const;
const VELD_VAN_KOLOM: Readonly<Record<string, PartnerVeld>> = {
  'Persoon-id': 'persoonId',
  Naam: 'naam',
  Functie: 'functie',
  Rol: 'rollen',
  'E-mail': 'email',
  Telefoon: 'telefoon',
  Vertrokken: 'oordeel',
  Overleggen: 'overleggen',
};

const TRAININGKOLOMMEN: ReadonlySet<string> = new Set(['Getraind', 'Soort training']);

/** The same problem once (a person's name stands on each of their rows). */
function uniek(problemen: VeldProbleem[]): VeldProbleem[] {
  const gezien = new Set<string>();
  return problemen.filter((p) => {
    const sleutel = JSON.stringify([p.persoon, p.veld, p.melding]);
    if (gezien.has(sleutel)) return false;
    gezien.add(sleutel);
    return true;
  });
}

/** One sheet row of the answer: whose it is, and (for a training's row) the form field its problems belong to. */
interface AntwoordRij {
  index: number;
  cellen: string[];
  veld?: PartnerVeld;
}

/** A training as the page shows it: its date day first, or `ja` when the day is not known. */
export function trainingTekst(datum: string | null): string {
  return datum === null ? 'ja' : `${datum.slice(8, 10)}-${datum.slice(5, 7)}-${datum.slice(0, 4)}`;
}

const schoon = (x: string | undefined): string => (x ?? '').trim();
const csvCel = (x: string): string => (/[;"\r\n]/.test(x) ? `"${x.replaceAll('"', '""')}"` : x);
const rollenTekst = (rollen: readonly string[]): string => rollen.join(', ');
const zelfdeTelefoon = (a: string, b: string | null) => a.replace(/[\s-]/g, '') === (b ?? '').replace(/[\s-]/g, '');

/** One sheet row per person with something to change; problems the sheet cannot express are found here. */
function naarRijen(
  gezien: PartnerOverzicht,
  antwoord: PartnerAntwoord,
  vandaag: string,
): { rijen: AntwoordRij[]; problemen: VeldProbleem[] } {
  const org = gezien.organisatie.naam;
  const bekend = new Map(gezien.personen.map((p) => [p.persoonId, p]));
  const rijen: AntwoordRij[] = [];
  const leeg = (n: number) => Array.from({ length: n }, () => '');
  const problemen: VeldProbleem[] = [];
  const [j, m, d] = [vandaag.slice(0, 4), vandaag.slice(5, 7), vandaag.slice(8, 10)];
  antwoord.personen.forEach((a, index) => {
    if (!['klopt', 'wijzig', 'vertrokken', 'nieuw'].includes(a.oordeel)) {
      problemen.push({ persoon: index, veld: 'oordeel', melding: 'Kies klopt, wijzigen, vertrokken of nieuw.' });
      return;
    }
    if (a.oordeel === 'nieuw') {
      const velden = [schoon(a.naam), schoon(a.functie), schoon(a.rollen), schoon(a.email), schoon(a.telefoon)];
      if (velden.every((v) => v === '')) return; // the form's empty row for a new person
      rijen.push({ index, cellen: [org, '', ...velden, ...leeg(4)] });
      return;
    }
    const p = a.persoonId === undefined ? undefined : bekend.get(a.persoonId);
    if (!p) {
      problemen.push({ persoon: index, veld: 'persoonId', melding: 'Deze persoon hoort niet bij uw organisatie.' });
      return;
    }
    if (a.oordeel === 'klopt') return;
    if (a.oordeel === 'vertrokken') {
      rijen.push({ index, cellen: [org, p.persoonId, p.naam, ...leeg(4), `${d}-${m}-${j}`, ...leeg(3)] });
      return;
    }
    const naam = schoon(a.naam) || p.naam;
    const functie = schoon(a.functie);
    const rollen = schoon(a.rollen);
    const email = schoon(a.email);
    const telefoon = schoon(a.telefoon);
    // Only what differs from the stored value goes in the sheet: an empty cell changes nothing.
    const cellen = [
      org,
      p.persoonId,
      naam,
      functie !== '' && functie !== (p.functie ?? '') ? functie : '',
      rollen !== '' && rollen !== rollenTekst(p.rollen) ? rollen : '',
      email !== '' && email.toLowerCase() !== (p.email ?? '') ? email : '',
      telefoon !== '' && !zelfdeTelefoon(telefoon, p.telefoon) ? telefoon : '',
      ...leeg(4),
    ];
    const verandert = naam !== p.naam || cellen.slice(3).some((c) => c !== '');
    if (verandert) rijen.push({ index, cellen });
    // A training the partner gives or redates: a row of its own (the import merges the person's rows).
    for (const soort of TRAININGSOORTEN) {
      const tekst = schoon(a.trainingen?.[soort]);
      const nu = p.trainingen.find((t) => t.soort === soort);
      if (tekst === '' || (nu && tekst.toLowerCase() === trainingTekst(nu.datum))) continue;
      const cellen = [org, p.persoonId, naam, ...leeg(5), tekst, soort, ''];
      rijen.push({ index, cellen, veld: `training.${soort}` });
    }
  });
  const overleggen = schoon(antwoord.overleggen);
  if (overleggen !== '') rijen.push({ index: -1, cellen: [org, ...leeg(9), overleggen] });
  // A known person's new address that a new person on the same form has too: the import would make two
  // persons of one address, so it is asked here (the import checks the addresses the list has already).
  const nieuweAdressen = new Set(
    antwoord.personen.flatMap((a) => (a.oordeel === 'nieuw' && schoon(a.email) ? [schoon(a.email).toLowerCase()] : [])),
  );
  for (const r of rijen) {
    const email = r.cellen[5] ?? '';
    if (r.cellen[1] !== '' && r.veld === undefined && email !== '' && nieuweAdressen.has(email.toLowerCase())) {
      problemen.push({
        persoon: r.index,
        veld: 'email',
        melding: `Het e-mailadres "${email}" staat ook bij een nieuwe persoon op dit formulier; één adres hoort bij één persoon.`,
      });
    }
  }
  return { rijen, problemen };
}

/**
 * A partner's answer. Without changes: the organisation's data counts as confirmed today, nothing else
 * is written. With changes: they become a planned import (actor `partner:<organisatie-id>`) through the
 * import's own validation; a problem (IMPORT.md's rules and messages) comes back per field, and then
 * nothing is written at all. Every answer is logged as a processing with the organisation as actor.
 * Throws `uitnodiging.ongeldig` (unknown, expired, revoked) or `uitnodiging.beantwoord`.
 */
export async function answerUitnodiging(
  store: Store,
  gemeente: Gemeente,
  token: string,
  antwoord: PartnerAntwoord,
): Promise<AntwoordUitkomst> {
  const u = await geldigeUitnodiging(store, token);
  if (u.antwoord) throw new ToepassingFout('uitnodiging.beantwoord', 'Deze link is al beantwoord; dank u wel.');
  const gezien = await overzicht(store, gemeente, u);
  const vandaag = new Date().toISOString().slice(0, 10);
  const { rijen, problemen } = naarRijen(gezien, antwoord, vandaag);
  if (problemen.length > 0) return { soort: 'ongeldig', problemen };
  const actor = `partner:${u.organisatieId}`;
  const logboek = (actie: string, doel: string) =>
    store.audit({
      actor,
      actie,
      entiteit: 'organisatie',
      entiteitId: u.organisatieId,
      doel,
      route: ROUTE,
      verwerking: gemeente.verwerkingsactiviteiten.netwerkbeheer.id,
      betrokkenen: antwoord.personen.flatMap((a) => (a.persoonId && a.oordeel !== 'nieuw' ? [a.persoonId] : [])),
    });

  // The corrections as a sheet in memory: the import reads bytes, so nothing is written to disk.
  const tekst = [KOLOMMEN.join(';'), ...rijen.map((r) => r.cellen.map(csvCel).join(';'))].join('\r\n');
  const inhoud = new TextEncoder().encode(`${tekst}\r\n`);
  const { planImport } = await importPakket();
  const plan =
    rijen.length === 0
      ? undefined
      : await planImport(store, { bytes: inhoud, naam: 'bevestiging.csv', gemeente, modus: 'aanvullend' });
  // Only its summary is needed here: the plan kept by saveImportplan below is planned again when applied.
  plan?.operaties.close();
  const fouten = plan?.samenvatting.meldingen.filter((m) => m.ernst === 'fout') ?? [];
  if (fouten.length > 0) {
    return {
      soort: 'ongeldig',
      problemen: uniek(
        fouten.map((f) => {
          const rij = rijen[f.rij - 2];
          const veld = rij?.veld && TRAININGKOLOMMEN.has(f.kolom) ? rij.veld : (VELD_VAN_KOLOM[f.kolom] ?? 'naam');
          return { persoon: rij?.index ?? 0, veld, melding: f.melding };
        }),
      ),
    };
  }
  // What the plan would not change (a meeting the organisation is in already, `ja` for a dated training) is a confirmation.
  const telling = plan?.samenvatting;
  const verandert =
    telling !== undefined &&
    telling.organisaties.toegevoegd +
      telling.organisaties.gewijzigd +
      telling.personen.toegevoegd +
      telling.personen.gewijzigd >
      0;

  if (!verandert) {
    await store.transaction(async (tx) => {
      const nu = await tx.uitnodiging(u.id);
      if (nu?.antwoord) throw new ToepassingFout('uitnodiging.beantwoord', 'Deze link is al beantwoord; dank u wel.');
      await tx.confirmOrganisaties([u.organisatieId], { bron: `ronde:${u.rondeId}` });
      await tx.markUitnodiging(u.id, { beantwoord: new Date().toISOString(), antwoord: 'bevestigd' });
    });
    await logboek('bevestigen', 'Bevestigingsronde: de partner bevestigt de eigen gegevens.');
    return { soort: 'bevestigd' };
  }

  const importId = await store.transaction(async (tx) => {
    const nu = await tx.uitnodiging(u.id);
    if (nu?.antwoord) throw new ToepassingFout('uitnodiging.beantwoord', 'Deze link is al beantwoord; dank u wel.');
    const record = await saveImportplan(tx, gemeente, {
      inhoud,
      bestandsnaam: `bevestiging ${gezien.organisatie.naam}.csv`,
      modus: 'aanvullend',
      actor,
    });
    await tx.markUitnodiging(u.id, {
      beantwoord: new Date().toISOString(),
      antwoord: 'gecorrigeerd',
      importId: record.id,
    });
    return record.id;
  });
  await logboek('corrigeren', 'Bevestigingsronde: de partner stuurt correcties van de eigen gegevens.');
  return { soort: 'gecorrigeerd', importId };
}
