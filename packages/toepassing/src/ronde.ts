/**
 * Confirmation rounds (bevestigingsrondes): every formal partner (or a part of them) gets a personal link,
 * `bv_<gemeente>_<43 characters base64url>`, valid for the gemeente's `ronde.geldigDagen`. The link names
 * its gemeente so a server can find the database; only its SHA-256 is kept.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Gemeente, Organisatie } from '@netwerkregie/domain';
import {
  type RondeRecord,
  type RondeSelectie,
  type Store,
  sleutelHash,
  UITNODIGINGSTATUSSEN,
  type UitnodigingRecord,
  type UitnodigingStatus,
  uitnodigingStatus,
} from '@netwerkregie/store';
import { ToepassingFout } from './fouten.js';
import { findSegment, ledenVan } from './segmenten.js';

const TOKEN = /^bv_([a-z][a-z0-9-]{1,40})_[A-Za-z0-9_-]{43}$/;

/** A new partner link for a gemeente: the secret is shown once, only its hash is kept. */
export function createToken(slug: string): string {
  return `bv_${slug}_${randomBytes(32).toString('base64url')}`;
}

/** The gemeente a partner link belongs to, or undefined for anything that is not a link. */
export function gemeenteVanToken(token: string): string | undefined {
  return TOKEN.exec(token)?.[1];
}

/** The day `dagen` days after `vanaf` (ISO date or time), as an ISO date. */
export function dagenNa(vanaf: string, dagen: number): string {
  const d = new Date(`${vanaf.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10);
}

/** One organisation's link, as the round hands it out once (for the mail merge or SMTP). */
export interface RondeLink {
  uitnodigingId: string;
  organisatieId: string;
  organisatie: string;
  token: string;
  verloopt: string;
}

export interface RondeOpties {
  /**
   * Narrows the formal partners by domain, district or a saved segment (its id or its name): the
   * organisations of the segment's members today. Several criteria together: partners that meet each.
   */
  selectie?: RondeSelectie;
  /** Days a link works; default the gemeente's `ronde.geldigDagen` (30). */
  geldigDagen?: number;
  actor: string;
  /** The moment the round starts (tests); default now. */
  nu?: Date;
}

/**
 * A segment's organisations: those through which its members match it today (the running memberships
 * `ledenVan` finds), so the round reaches the same organisations the segment's address list does.
 */
async function segmentOrganisaties(store: Store, gemeente: Gemeente, segmentId: string): Promise<string[]> {
  const segment = await store.segment(segmentId);
  if (!segment) return [];
  const leden = ledenVan(segment, await store.momentopname(gemeente));
  return [...new Set(leden.flatMap((l) => l.organisaties.map((o) => o.id)))];
}

/** The formal organisations a selection names, ordered by name. */
async function kiesOrganisaties(store: Store, gemeente: Gemeente, selectie: RondeSelectie): Promise<Organisatie[]> {
  const { domein, wijk, segment } = selectie;
  const ids = segment === undefined ? undefined : await segmentOrganisaties(store, gemeente, segment);
  if (ids?.length === 0) return [];
  const uit: Organisatie[] = [];
  for (let offset = 0; ; offset += 1000) {
    const pagina = await store.listOrganisaties(
      {
        netwerk: 'formeel',
        ...(domein ? { domein } : {}),
        ...(wijk ? { wijk } : {}),
        ...(ids ? { ids: [...ids] } : {}),
      },
      { offset, limiet: 1000, sortering: 'naam' },
    );
    uit.push(...pagina.items);
    if (offset + 1000 >= pagina.totaal) return uit;
  }
}

/**
 * Starts a round: one link per formal partner of the selection, valid `geldigDagen` days. Returns the
 * round and the links (the only time the tokens exist outside the partners' mail). A segment is named by
 * id or name and kept in the round by its id. Throws `ronde.leeg` when a domain or district names no
 * organisation, `invoer.ongeldig` for a period outside 1–365 days, a district that is not the gemeente's
 * or a segment without formal partners, `verwijzing.onbekend` (field `segment`) for a segment that does
 * not exist; nothing is written then.
 */
export async function startRonde(
  store: Store,
  gemeente: Gemeente,
  opties: RondeOpties,
): Promise<{ ronde: RondeRecord; links: RondeLink[] }> {
  const dagen = opties.geldigDagen ?? gemeente.ronde.geldigDagen;
  if (!Number.isInteger(dagen) || dagen < 1 || dagen > 365) {
    throw new ToepassingFout('invoer.ongeldig', `Een link is 1 tot 365 dagen geldig, niet ${dagen}.`);
  }
  if (opties.selectie?.wijk !== undefined && !gemeente.wijken.includes(opties.selectie.wijk)) {
    throw new ToepassingFout('invoer.ongeldig', `"${opties.selectie.wijk}" is geen wijk van ${gemeente.naam}.`);
  }
  const selectie: RondeSelectie = { ...opties.selectie };
  let segmentNaam: string | undefined;
  if (selectie.segment !== undefined) {
    const segment = await findSegment(store, selectie.segment).catch((fout: unknown) => {
      if (fout instanceof ToepassingFout && fout.code === 'segment.onbekend') {
        throw new ToepassingFout('verwijzing.onbekend', fout.melding, [{ veld: 'segment', reden: fout.melding }]);
      }
      throw fout;
    });
    selectie.segment = segment.id;
    segmentNaam = segment.naam;
  }
  const organisaties = await kiesOrganisaties(store, gemeente, selectie);
  if (organisaties.length === 0 && segmentNaam !== undefined) {
    // The segment itself does not fit a round (its members are informal, or it has none): the caller's choice.
    throw new ToepassingFout(
      'invoer.ongeldig',
      `Segment "${segmentNaam}" heeft${selectie.domein || selectie.wijk ? ' bij deze keuze' : ''} geen formele partners; er is geen ronde gestart.`,
    );
  }
  if (organisaties.length === 0) {
    throw new ToepassingFout(
      'ronde.leeg',
      'Geen enkele formele partner past bij deze keuze; er is geen ronde gestart.',
    );
  }
  const gestart = (opties.nu ?? new Date()).toISOString();
  const verloopt = dagenNa(gestart, dagen);
  const ronde: RondeRecord = {
    id: randomUUID(),
    gestart,
    actor: opties.actor,
    geldigTot: verloopt,
    selectie,
  };
  const links: RondeLink[] = organisaties.map((o, i) => ({
    // Ordered ids keep the invitations in the order of the organisations' names.
    uitnodigingId: `${ronde.id}-${String(i + 1).padStart(5, '0')}`,
    organisatieId: o.id,
    organisatie: o.naam,
    token: createToken(gemeente.slug),
    verloopt,
  }));
  await store.saveRonde(
    ronde,
    links.map((l) => ({
      id: l.uitnodigingId,
      organisatieId: l.organisatieId,
      tokenHash: sleutelHash(l.token),
      verloopt,
    })),
  );
  return { ronde, links };
}

/** One organisation's line in a round's progress. */
export interface RondeRegel {
  uitnodigingId: string;
  organisatieId: string;
  organisatie: string;
  status: UitnodigingStatus;
  verloopt: string;
  verzonden: string | null;
  geopend: string | null;
  beantwoord: string | null;
  herinnerd: string | null;
  /** The import plan a correction became (for the beheerder). */
  importId: string | null;
}

export interface RondeVoortgang {
  ronde: RondeRecord;
  /** Per status, how many organisations stand there (every status, zero included). */
  totalen: Record<UitnodigingStatus, number>;
  organisaties: RondeRegel[];
}

/** The progress of a round on `op` (default today); throws `ronde.onbekend`. */
export async function voortgangRonde(store: Store, rondeId: string, op?: string): Promise<RondeVoortgang> {
  const ronde = await store.ronde(rondeId);
  if (!ronde) throw new ToepassingFout('ronde.onbekend', `Bevestigingsronde ${rondeId} bestaat niet.`);
  const uitnodigingen = await store.uitnodigingenVanRonde(rondeId);
  const namen = await organisatieNamen(store, uitnodigingen);
  const totalen = Object.fromEntries(UITNODIGINGSTATUSSEN.map((s) => [s, 0])) as Record<UitnodigingStatus, number>;
  const organisaties = uitnodigingen.map((u): RondeRegel => {
    const status = uitnodigingStatus(u, op);
    totalen[status]++;
    return {
      uitnodigingId: u.id,
      organisatieId: u.organisatieId,
      organisatie: namen.get(u.organisatieId) ?? u.organisatieId,
      status,
      verloopt: u.verloopt,
      verzonden: u.verzonden,
      geopend: u.geopend,
      beantwoord: u.beantwoord,
      herinnerd: u.herinnerd,
      importId: u.importId,
    };
  });
  return { ronde, totalen, organisaties };
}

async function organisatieNamen(
  store: Store,
  uitnodigingen: readonly UitnodigingRecord[],
): Promise<Map<string, string>> {
  const ids = [...new Set(uitnodigingen.map((u) => u.organisatieId))];
  const namen = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 1000) {
    const pagina = await store.listOrganisaties({ ids: ids.slice(i, i + 1000) }, { limiet: 1000 });
    for (const o of pagina.items) namen.set(o.id, o.naam);
  }
  return namen;
}

/**
 * Revokes the links of a round that are still open (not answered, not revoked), all of them or one
 * organisation's. Returns how many were revoked; throws `ronde.onbekend`.
 */
export async function revokeRonde(store: Store, rondeId: string, organisatieId?: string): Promise<number> {
  return store.transaction(async (tx) => {
    if (!(await tx.ronde(rondeId)))
      throw new ToepassingFout('ronde.onbekend', `Bevestigingsronde ${rondeId} bestaat niet.`);
    const nu = new Date().toISOString();
    let aantal = 0;
    for (const u of await tx.uitnodigingenVanRonde(rondeId)) {
      if (organisatieId !== undefined && u.organisatieId !== organisatieId) continue;
      if (u.antwoord || u.ingetrokken) continue;
      await tx.markUitnodiging(u.id, { ingetrokken: nu });
      aantal++;
    }
    return aantal;
  });
}

/** The newest round, or undefined when none was started. */
export async function laatsteRonde(store: Store): Promise<RondeRecord | undefined> {
  return (await store.listRondes())[0];
}
