/**
 * Segments (§2.5, reciprocity): saved selections of the network the regisseur shares information
 * with when there is no crisis; their members, and their members as a file for the address book.
 */
import { randomUUID } from 'node:crypto';
import { type Gemeente, type Momentopname, type Rol, type Segment, SegmentSchema } from '@netwerkregie/domain';
import type { Lijst, Pagina, Store } from '@netwerkregie/store';
import { type OngeldigVeld, ToepassingFout } from './fouten.js';
import { vcards } from './vcard.js';

/** A segment as a caller gives it: everything but the id, criteria optional. */
export type SegmentInvoer = Omit<Partial<Segment>, 'id'> & { naam: string };

/** A member of a segment: a person with the memberships that matched. */
export interface SegmentLid {
  id: string;
  naam: string;
  email: string | null;
  telefoon: string | null;
  organisaties: Array<{ id: string; naam: string; functie: string | null; rollen: Rol[] }>;
}

export const SEGMENT_FORMATEN = ['csv', 'vcard', 'mailto'] as const;
export type SegmentFormaat = (typeof SEGMENT_FORMATEN)[number];

export interface SegmentExport {
  inhoud: string;
  mediatype: string;
  extensie: string;
}

const onbekend = (id: string) => new ToepassingFout('segment.onbekend', `Segment ${id} bestaat niet.`);

/**
 * Saves a new segment. Throws ToepassingFout `invoer.ongeldig` when a criterion breaks the
 * vocabulary, and `verwijzing.onbekend` (with `velden`) for a district that is not the gemeente's
 * or a meeting that does not exist; the store is then unchanged.
 */
export async function createSegment(
  store: Store,
  gemeente: Gemeente,
  invoer: SegmentInvoer,
  opties: { actor: string },
): Promise<Segment> {
  const geldig = SegmentSchema.safeParse({ ...invoer, id: randomUUID() });
  if (!geldig.success) throw new ToepassingFout('invoer.ongeldig', geldig.error.issues.map((i) => i.message).join(' '));
  const segment = geldig.data;
  const velden: OngeldigVeld[] = [];
  for (const wijk of segment.wijken) {
    if (!gemeente.wijken.includes(wijk))
      velden.push({ veld: 'wijken', reden: `"${wijk}" is geen wijk van ${gemeente.naam}.` });
  }
  for (const overleg of segment.overleggen) {
    if (!(await store.overleg(overleg))) velden.push({ veld: 'overleggen', reden: `Overleg ${overleg} bestaat niet.` });
  }
  if (velden.length > 0)
    throw new ToepassingFout(
      'verwijzing.onbekend',
      'Het segment noemt iets wat niet bestaat; zie invalidParams.',
      velden,
    );
  await store.upsertSegment(segment, { actor: opties.actor });
  return segment;
}

/** The segment, or ToepassingFout `segment.onbekend`. */
export async function readSegment(store: Store, id: string): Promise<Segment> {
  const segment = await store.segment(id);
  if (!segment) throw onbekend(id);
  return segment;
}

/**
 * A segment by its id, else by its name (case and surrounding spaces ignored), for a person typing it.
 * Throws `segment.onbekend` when neither matches, `invoer.ongeldig` naming the ids when several segments
 * share that name.
 */
export async function findSegment(store: Store, idOfNaam: string): Promise<Segment> {
  const opId = await store.segment(idOfNaam);
  if (opId) return opId;
  const gezocht = idOfNaam.trim().toLocaleLowerCase('nl');
  const gevonden: Segment[] = [];
  for (let offset = 0; ; offset += 1000) {
    const pagina = await store.listSegmenten({ offset, limiet: 1000 });
    gevonden.push(...pagina.items.filter((s) => s.naam.trim().toLocaleLowerCase('nl') === gezocht));
    if (offset + 1000 >= pagina.totaal) break;
  }
  if (gevonden.length === 1) return gevonden[0] as Segment;
  if (gevonden.length > 1) {
    throw new ToepassingFout(
      'invoer.ongeldig',
      `Er zijn ${gevonden.length} segmenten met de naam "${idOfNaam.trim()}"; kies er een met het id: ${gevonden
        .map((s) => s.id)
        .sort()
        .join(', ')}.`,
    );
  }
  throw onbekend(idOfNaam);
}

export const listSegmenten = (store: Store, pagina?: Pagina): Promise<Lijst<Segment>> => store.listSegmenten(pagina);

/** Removes a segment (with a history row); ToepassingFout `segment.onbekend` when there is none. */
export async function deleteSegment(store: Store, id: string, opties: { actor: string }): Promise<void> {
  await readSegment(store, id);
  await store.deleteEntiteit('segment', id, { actor: opties.actor });
}

const isActief = (l: { begin: string | null; einde: string | null }, peildatum: string) =>
  (l.begin === null || l.begin <= peildatum) && (l.einde === null || l.einde >= peildatum);

/**
 * The members of a segment on a day, by name: the persons with a running membership that meets
 * every criterion (see SegmentSchema). Read through the store it is given: a lezer's store sees the
 * formal network only, so a lezer's members are formal persons and their formal memberships.
 */
export function ledenVan(segment: Segment, m: Momentopname): SegmentLid[] {
  const organisaties = new Map(m.organisaties.map((o) => [o.id, o]));
  const inOverleg = new Set<string>();
  const gekozen = new Set(segment.overleggen);
  for (const d of m.deelnames) {
    if (!gekozen.has(d.overlegId)) continue;
    if (d.organisatieId !== null) inOverleg.add(`organisatie:${d.organisatieId}`);
    if (d.persoonId !== null) inOverleg.add(`persoon:${d.persoonId}`);
  }
  const past = (l: Momentopname['lidmaatschappen'][number]) => {
    const o = organisaties.get(l.organisatieId);
    if (!o || !isActief(l, m.peildatum)) return false;
    if (segment.domeinen.length > 0 && !segment.domeinen.includes(o.domein)) return false;
    if (segment.netwerk !== null && o.netwerk !== segment.netwerk) return false;
    // An organisation without districts works in the whole city: every district.
    if (segment.wijken.length > 0 && o.wijken.length > 0 && !o.wijken.some((w) => segment.wijken.includes(w)))
      return false;
    if (segment.rollen.length > 0 && !l.rollen.some((r) => segment.rollen.includes(r))) return false;
    if (gekozen.size > 0 && !inOverleg.has(`persoon:${l.persoonId}`) && !inOverleg.has(`organisatie:${o.id}`))
      return false;
    return true;
  };
  const perPersoon = new Map<string, SegmentLid['organisaties']>();
  for (const l of m.lidmaatschappen) {
    if (!past(l)) continue;
    const lijst = perPersoon.get(l.persoonId) ?? [];
    lijst.push({
      id: l.organisatieId,
      naam: organisaties.get(l.organisatieId)!.naam,
      functie: l.functie,
      rollen: l.rollen,
    });
    perPersoon.set(l.persoonId, lijst);
  }
  return m.personen
    .filter((p) => perPersoon.has(p.id))
    .map((p) => ({
      id: p.id,
      naam: p.naam,
      email: p.email,
      telefoon: p.telefoon,
      organisaties: perPersoon.get(p.id)!.sort((a, b) => a.naam.localeCompare(b.naam, 'nl') || (a.id < b.id ? -1 : 1)),
    }))
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl') || (a.id < b.id ? -1 : 1));
}

/** A segment and its members on `peildatum` (default today), read through the store's view. */
export async function segmentLeden(
  store: Store,
  gemeente: Gemeente,
  id: string,
  peildatum?: string,
): Promise<{ segment: Segment; peildatum: string; leden: SegmentLid[] }> {
  const segment = await readSegment(store, id);
  const m = await store.momentopname(gemeente, peildatum);
  return { segment, peildatum: m.peildatum, leden: ledenVan(segment, m) };
}

/** A cell a spreadsheet would run as a formula (= + - @, tab, CR) gets a leading apostrophe. */
const neutraliseer = (waarde: string) => (/^[=+\-@\t\r]/.test(waarde) ? `'${waarde}` : waarde);
const cel = (waarde: string) => {
  const veilig = neutraliseer(waarde);
  return /[;"\r\n]/.test(veilig) ? `"${veilig.replace(/"/g, '""')}"` : veilig;
};

/**
 * The members as a file. `csv`: for Dutch Excel, UTF-8 with a byte order mark (so Excel reads the
 * accents right), `;` between cells, CRLF, one row per person, formulas neutralised. `vcard`: vCard
 * 4.0 (RFC 6350). `mailto`: a text/uri-list with one `mailto:?bcc=…` URI (RFC 6068; bcc, so partners
 * do not see each other's addresses) and a comment line naming the members without an e-mail address,
 * so nobody is dropped unseen.
 */
export function exportLeden(leden: readonly SegmentLid[], formaat: SegmentFormaat): SegmentExport {
  if (formaat === 'csv') {
    const regels = [['Naam', 'Organisatie', 'Functie', 'Rollen', 'E-mail', 'Telefoon'].join(';')];
    for (const l of leden) {
      const functies = [...new Set(l.organisaties.map((o) => o.functie).filter((f): f is string => !!f))];
      const rollen = [...new Set(l.organisaties.flatMap((o) => o.rollen))];
      regels.push(
        [
          l.naam,
          l.organisaties.map((o) => o.naam).join(', '),
          functies.join(', '),
          rollen.join(', '),
          l.email ?? '',
          l.telefoon ?? '',
        ]
          .map(cel)
          .join(';'),
      );
    }
    return { inhoud: `\uFEFF${regels.join('\r\n')}\r\n`, mediatype: 'text/csv; charset=utf-8', extensie: 'csv' };
  }
  if (formaat === 'vcard') {
    const kaarten = vcards(
      leden.map((l) => ({
        id: l.id,
        naam: l.naam,
        email: l.email,
        telefoon: l.telefoon,
        lidmaatschappen: l.organisaties.map((o) => ({ organisatieNaam: o.naam, functie: o.functie, rollen: o.rollen })),
      })),
    );
    return { inhoud: kaarten, mediatype: 'text/vcard; charset=utf-8', extensie: 'vcf' };
  }
  const met = leden.filter((l) => l.email);
  const zonder = leden.filter((l) => !l.email);
  const adressen = met.map((l) => encodeURIComponent(l.email!).replace(/%40/g, '@')).join(',');
  const regels = [`# ${met.length} van ${leden.length} leden met een e-mailadres, in bcc.`];
  if (zonder.length > 0)
    regels.push(`# Zonder e-mailadres: ${zonder.map((l) => l.naam.replace(/[\r\n]/g, ' ')).join(', ')}.`);
  regels.push(`mailto:?bcc=${adressen}`);
  return { inhoud: `${regels.join('\r\n')}\r\n`, mediatype: 'text/uri-list; charset=utf-8', extensie: 'txt' };
}
