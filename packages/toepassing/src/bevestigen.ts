/**
 * The partner's side of a confirmation round: open the personal link (only that organisation's own
 * entries), then confirm them or send corrections. A correction is never a write: it becomes an import
 * plan (actor `partner:<organisatie-id>`) through the import's own planning and validation, which the
 * beheerder applies or leaves; a confirmation without changes records the date only.
 */
import type { Gemeente, Organisatie, Rol, Trainingsoort } from '@netwerkregie/domain';
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
}

export interface PartnerAntwoord {
  personen: PartnerAntwoordPersoon[];
}

export type PartnerVeld = 'persoonId' | 'oordeel' | 'naam' | 'functie' | 'rollen' | 'email' | 'telefoon';

/** A problem with one field of one person of the form (`persoon` is its index in the answer). */
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

/** The sheet columns a partner's answer fills, in the import's own headers. */
const KOLOMMEN = ['Organisatie', 'Naam', 'Functie', 'Rol', 'E-mail', 'Telefoon', 'Vertrokken'] as const;
const VELD_VAN_KOLOM: Readonly<Record<string, PartnerVeld>> = {
  Naam: 'naam',
  Functie: 'functie',
  Rol: 'rollen',
  'E-mail': 'email',
  Telefoon: 'telefoon',
  Vertrokken: 'oordeel',
};

const schoon = (x: string | undefined): string => (x ?? '').trim();
const csvCel = (x: string): string => (/[;"\r\n]/.test(x) ? `"${x.replaceAll('"', '""')}"` : x);
const rollenTekst = (rollen: readonly string[]): string => rollen.join(', ');
const zelfdeTelefoon = (a: string, b: string | null) => a.replace(/[\s-]/g, '') === (b ?? '').replace(/[\s-]/g, '');

/** One sheet row per person with something to change; problems the sheet cannot express are found here. */
function naarRijen(
  gezien: PartnerOverzicht,
  antwoord: PartnerAntwoord,
  vandaag: string,
): { rijen: Array<{ index: number; cellen: string[] }>; problemen: VeldProbleem[] } {
  const org = gezien.organisatie.naam;
  const bekend = new Map(gezien.personen.map((p) => [p.persoonId, p]));
  const rijen: Array<{ index: number; cellen: string[] }> = [];
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
      rijen.push({ index, cellen: [org, ...velden, ''] });
      return;
    }
    const p = a.persoonId === undefined ? undefined : bekend.get(a.persoonId);
    if (!p) {
      problemen.push({ persoon: index, veld: 'persoonId', melding: 'Deze persoon hoort niet bij uw organisatie.' });
      return;
    }
    if (a.oordeel === 'klopt') return;
    if (a.oordeel === 'vertrokken') {
      rijen.push({ index, cellen: [org, p.naam, '', '', p.email ?? '', '', `${d}-${m}-${j}`] });
      return;
    }
    const naam = schoon(a.naam) || p.naam;
    const functie = schoon(a.functie);
    const rollen = schoon(a.rollen);
    const email = schoon(a.email);
    const telefoon = schoon(a.telefoon);
    if (naam !== p.naam && p.email === null) {
      problemen.push({
        persoon: index,
        veld: 'naam',
        melding: 'Een naam wijzigen kan hier alleen bij een persoon met een e-mailadres; vul eerst het e-mailadres in.',
      });
    }
    if (p.email !== null && email !== '' && email.toLowerCase() !== p.email) {
      problemen.push({
        persoon: index,
        veld: 'email',
        melding:
          'Een ander e-mailadres is een andere persoon: meld deze persoon als vertrokken en voeg het nieuwe adres toe.',
      });
    }
    const cellen = [
      org,
      naam,
      functie !== '' && functie !== (p.functie ?? '') ? functie : '',
      rollen !== '' && rollen !== rollenTekst(p.rollen) ? rollen : '',
      p.email ?? email,
      telefoon !== '' && !zelfdeTelefoon(telefoon, p.telefoon) ? telefoon : '',
      '',
    ];
    const verandert =
      naam !== p.naam || cellen[2] !== '' || cellen[3] !== '' || cellen[5] !== '' || (p.email === null && email !== '');
    if (verandert) rijen.push({ index, cellen });
  });
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

  if (rijen.length === 0) {
    await store.transaction(async (tx) => {
      const nu = await tx.uitnodiging(u.id);
      if (nu?.antwoord) throw new ToepassingFout('uitnodiging.beantwoord', 'Deze link is al beantwoord; dank u wel.');
      await tx.confirmOrganisaties([u.organisatieId], { bron: `ronde:${u.rondeId}` });
      await tx.markUitnodiging(u.id, { beantwoord: new Date().toISOString(), antwoord: 'bevestigd' });
    });
    await logboek('bevestigen', 'Bevestigingsronde: de partner bevestigt de eigen gegevens.');
    return { soort: 'bevestigd' };
  }

  // The corrections as a sheet in memory: the import reads bytes, so nothing is written to disk.
  const tekst = [KOLOMMEN.join(';'), ...rijen.map((r) => r.cellen.map(csvCel).join(';'))].join('\r\n');
  const inhoud = new TextEncoder().encode(`${tekst}\r\n`);
  const { planImport } = await importPakket();
  const plan = await planImport(store, { bytes: inhoud, naam: 'bevestiging.csv', gemeente, modus: 'aanvullend' });
  // Only its meldingen are needed here: the plan kept by saveImportplan below is applied later.
  plan.operaties.close();
  const fouten = plan.samenvatting.meldingen.filter((m) => m.ernst === 'fout');
  if (fouten.length > 0) {
    return {
      soort: 'ongeldig',
      problemen: fouten.map((f) => ({
        persoon: rijen[f.rij - 2]?.index ?? 0,
        veld: VELD_VAN_KOLOM[f.kolom] ?? 'naam',
        melding: f.melding,
      })),
    };
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
