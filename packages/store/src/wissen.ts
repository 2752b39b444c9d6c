/**
 * AVG art. 17 erasure and the retention query. Erasure removes the person and everything that hangs off
 * them, blanks their name, e-mail and phone wherever text could hold them, and leaves the search index
 * and the WAL without a copy (see `finish` and `transaction` in _context.ts).
 */
import { naamSleutel } from '@netwerkregie/domain';
import type { Kysely } from 'kysely';
import { type Ctx, transaction } from './_context.js';
import { validateDatum } from './_datum.js';
import { GEWIST } from './_gewist.js';
import { PERSOON, soortVan, verwijzersNaar } from './_soorten.js';
import type { Tabellen } from './_tabellen.js';
import { audit } from './audit.js';
import { validateBron, writeHistorie } from './historie.js';
import type { Bron, Entiteit } from './types.js';

export { GEWIST };

/** AVG art. 17 erasure (see README). Returns false when the person does not exist. */
export async function erasePersoon(ctx: Ctx, id: string, bron: Bron & { doel: string }): Promise<boolean> {
  validateBron(bron);
  if (typeof bron.doel !== 'string' || bron.doel.trim() === '') throw new TypeError('Wissen zonder doel.');
  // A savepoint inside a caller's transaction, else a transaction of its own.
  return transaction(ctx, async (c) => {
    const p = await PERSOON.read(c, id);
    if (!p) return false;
    await c.gedeeld.motor.deleteFromZoekindex(c.db, id);
    await deleteAanhang(c, id, bron);
    await c.db.deleteFrom('personen').where('id', '=', id).execute();

    await redigeerHistorie(c.db, id);
    // The salt of her pseudonym goes: the processing log's rows that touched her can no longer be linked to her.
    await c.db.deleteFrom('betrokkenen').where('persoon_id', '=', id).execute();
    // A purpose written about her may name her in any form (a surname alone, a phone with dashes):
    // the audit rows about her keep who, what and when, and lose the purpose entirely.
    await c.db
      .updateTable('audit')
      .set({ doel: GEWIST })
      .where('entiteit', '=', 'persoon')
      .where('entiteit_id', '=', id)
      .execute();
    await writeHistorie(c, 'persoon', id, [{ veld: '*', voor: GEWIST, na: null }], bron);
    await audit(c, { actor: bron.actor, actie: 'wissen', entiteit: 'persoon', entiteitId: id, doel: bron.doel });
    // After the audit row, so a purpose that names the person is blanked too.
    await schoonVrijeTekst(c, [p.naam, p.email, ...telefoonVormen(p.telefoon)]);
    await schoonAuditDoelen(c, p);
    // Any kept sheet may hold the person, in any row, and a compressed workbook cannot be searched: drop them all.
    await c.db.deleteFrom('importbestanden').execute();

    if (c.tx) c.tx.gewist = true;
    return true;
  });
}

/**
 * What refers to her, as each descriptor's `bijWissen` says. Memberships, trainings, participations and
 * relations go, each with a history row that keeps no values; their earlier history keeps its shape but
 * loses every value (a membership names the organisation, which can reveal a religion). Contact moments stay, without the person, in their history too.
 */
async function deleteAanhang(c: Ctx, id: string, bron: Bron): Promise<void> {
  // biome-ignore lint/suspicious/noExplicitAny: tables and columns come from the descriptors
  const db = c.db as Kysely<any>;
  for (const { entiteit, verwijst } of verwijzersNaar('persoon')) {
    const soort = soortVan(entiteit);
    const van = (q: typeof db) => {
      let w = q.selectFrom(soort.tabel).where((eb) => eb.or(verwijst.kolommen.map((k) => eb(k, '=', id))));
      if (verwijst.soortKolom) w = w.where(verwijst.soortKolom, '=', 'persoon');
      return w;
    };
    const ids = ((await van(db).select('id').orderBy('id').execute()) as Array<{ id: string }>).map((r) => r.id);
    if (ids.length === 0) continue;
    const bijWissen = soort.bijWissen;
    if (bijWissen === 'verwijder') {
      await db.deleteFrom(soort.tabel).where('id', 'in', ids).execute();
      await redigeerHistorieVan(c.db, entiteit, ids, () => true);
      for (const o of ids) await writeHistorie(c, entiteit, o, [{ veld: '*', voor: GEWIST, na: null }], bron);
    } else if (bijWissen !== null && verwijst.kolommen.length === 1) {
      const veld = bijWissen.ontkoppel;
      await redigeerHistorieVan(c.db, entiteit, ids, (v) => v === veld);
      await db
        .updateTable(soort.tabel)
        .set({ [verwijst.kolommen[0]!]: null })
        .where('id', 'in', ids)
        .execute();
      for (const o of ids) await writeHistorie(c, entiteit, o, [{ veld, voor: GEWIST, na: null }], bron);
    } else {
      throw new Error(`Wissen weet niet wat te doen met ${soort.naam} ${ids[0]}.`);
    }
  }
}

/**
 * History rows of these entities keep entity, field, actor and time; the values of the fields `wis`
 * selects become GEWIST (inside a whole-row value as well). The id of the row itself stays.
 */
async function redigeerHistorieVan(
  db: Kysely<Tabellen>,
  entiteit: Entiteit,
  ids: readonly string[],
  wis: (veld: string) => boolean,
): Promise<void> {
  const waarde = (veld: string, tekst: string | null): string | null => {
    if (tekst === null) return null;
    const v = JSON.parse(tekst) as unknown;
    if (v === null) return tekst;
    if (veld === '*' && typeof v === 'object' && !Array.isArray(v)) {
      const velden = Object.entries(v as Record<string, unknown>);
      return JSON.stringify(
        Object.fromEntries(velden.map(([k, w]) => [k, k !== 'id' && w !== null && wis(k) ? GEWIST : w])),
      );
    }
    return wis(veld) ? JSON.stringify(GEWIST) : tekst;
  };
  for (let i = 0; i < ids.length; i += 500) {
    const rijen = await db
      .selectFrom('historie')
      .select(['id', 'veld', 'voor', 'na'])
      .where('entiteit', '=', entiteit)
      .where('entiteit_id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const r of rijen) {
      await db
        .updateTable('historie')
        .set({ voor: waarde(r.veld, r.voor), na: waarde(r.veld, r.na) })
        .where('id', '=', r.id)
        .execute();
    }
  }
}

/** The person's own history keeps its shape (which field, when, by whom) but not the values. */
async function redigeerHistorie(db: Kysely<Tabellen>, id: string): Promise<void> {
  const rijen = await db
    .selectFrom('historie')
    .select(['id', 'voor', 'na'])
    .where('entiteit', '=', 'persoon')
    .where('entiteit_id', '=', id)
    .execute();
  for (const r of rijen) {
    await db
      .updateTable('historie')
      .set({ voor: redigeer(r.voor), na: redigeer(r.na) })
      .where('id', '=', r.id)
      .execute();
  }
}

function redigeer(tekst: string | null): string | null {
  if (tekst === null) return null;
  const waarde = JSON.parse(tekst) as unknown;
  if (waarde === null) return null;
  if (typeof waarde === 'object' && !Array.isArray(waarde)) {
    const kopie: Record<string, unknown> = { ...(waarde as Record<string, unknown>) };
    for (const veld of PERSOON.persoonsvelden)
      if (kopie[veld] !== undefined && kopie[veld] !== null) kopie[veld] = GEWIST;
    return JSON.stringify(kopie);
  }
  return JSON.stringify(GEWIST);
}

/** A sheet writes phones as dialled (`0612345678`), the store as E.164 (`+31612345678`): look for both. */
function telefoonVormen(telefoon: string | null): string[] {
  if (!telefoon) return [];
  const vormen = [telefoon, telefoon.slice(1)];
  if (telefoon.startsWith('+31')) vormen.push(`0${telefoon.slice(3)}`);
  return vormen;
}

/** Free-text columns a caller could have put a name in: audit purposes and routes, key descriptions, import summaries and rejections. */
const VRIJE_TEKST = [
  ['audit', ['doel', 'route']],
  ['sleutels', ['omschrijving']],
  ['indicatorstanden', ['aanleiding']],
  ['imports', ['bestand', 'samenvatting', 'afwijzingsreden']],
] as const;

async function schoonVrijeTekst(c: Ctx, waarden: Array<string | null>): Promise<void> {
  const naalden = new Set<string>();
  for (const w of waarden) {
    if (!w) continue;
    naalden.add(w);
    naalden.add(JSON.stringify(w).slice(1, -1)); // as it appears inside JSON text
  }
  if (naalden.size === 0) return;
  const patronen = [...naalden].map((n) => new RegExp(n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu'));
  const replace = (s: string) => patronen.reduce((t, re) => t.replace(re, GEWIST), s);
  // biome-ignore lint/suspicious/noExplicitAny: the tables and columns come from the list above
  const los = c.db as Kysely<any>;
  const bevat = c.gedeeld.motor.bevatOperator;
  for (const [tabel, kolommen] of VRIJE_TEKST) {
    // LIKE narrows the rows (its wildcards and case folding only widen the match); JS does the exact work.
    const rijen = await los
      .selectFrom(tabel)
      .select(['id', ...kolommen])
      .where((eb) => eb.or(kolommen.flatMap((k) => [...naalden].map((n) => eb(k, bevat, `%${n}%`)))))
      .execute();
    for (const rij of rijen as Array<Record<string, string | null>>) {
      const nieuw: Record<string, string | null> = {};
      for (const k of kolommen) {
        const oud = rij[k] ?? null;
        nieuw[k] = oud === null ? null : k === 'samenvatting' ? schoonJson(oud, replace) : replace(oud);
      }
      await los.updateTable(tabel).set(nieuw).where('id', '=', rij.id).execute();
    }
  }
}

/**
 * Any audit row whose purpose names the person in a form the exact search above misses (another case,
 * without accents, a phone written with spaces or dashes, 0031) loses its purpose entirely. A scan in
 * blocks over the purposes: erasure is rare, and LIKE cannot fold accents or ignore separators.
 */
async function schoonAuditDoelen(
  c: Ctx,
  p: { naam: string; email: string | null; telefoon: string | null },
): Promise<void> {
  const naam = naamSleutel(p.naam);
  const email = p.email?.toLowerCase();
  // The national number (612345678): every way of writing +31 6 12345678 contains these digits.
  const cijfers = p.telefoon?.startsWith('+31') ? p.telefoon.slice(3) : p.telefoon?.replace(/\D/g, '');
  const noemt = (doel: string) =>
    (naam !== '' && naamSleutel(doel).includes(naam)) ||
    (!!email && doel.toLowerCase().includes(email)) ||
    (!!cijfers && cijfers.length >= 6 && doel.replace(/\D/g, '').includes(cijfers));
  let vanaf = 0;
  for (;;) {
    const rijen = await c.db
      .selectFrom('audit')
      .select(['id', 'doel'])
      .where('id', '>', vanaf)
      .where('doel', '<>', GEWIST)
      .orderBy('id')
      .limit(1000)
      .execute();
    if (rijen.length === 0) return;
    const weg = rijen.filter((r) => noemt(r.doel)).map((r) => r.id);
    if (weg.length > 0) await c.db.updateTable('audit').set({ doel: GEWIST }).where('id', 'in', weg).execute();
    vanaf = (rijen[rijen.length - 1] as { id: number }).id;
  }
}

/** Replaces inside the strings of a JSON document, so the document stays valid JSON. */
function schoonJson(tekst: string, vervang: (s: string) => string): string {
  const loop = (v: unknown): unknown => {
    if (typeof v === 'string') return vervang(v);
    if (Array.isArray(v)) return v.map(loop);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, w]) => [vervang(k), loop(w)]));
    return v;
  };
  return JSON.stringify(loop(JSON.parse(tekst)));
}

/** Persons with at least one membership, every one of which ended before `voor`: candidates for the retention job. */
export async function personenZonderActiefLidmaatschapSinds(ctx: Ctx, voor: string): Promise<string[]> {
  const datum = validateDatum(voor, 'voor');
  const rijen = await ctx.db
    .selectFrom('personen as p')
    .select('p.id')
    .where((eb) =>
      eb.and([
        eb.exists(eb.selectFrom('lidmaatschappen as l').select('l.id').whereRef('l.persoon_id', '=', 'p.id')),
        eb.not(
          eb.exists(
            eb
              .selectFrom('lidmaatschappen as l')
              .select('l.id')
              .whereRef('l.persoon_id', '=', 'p.id')
              .where((e) => e.or([e('l.einde', 'is', null), e('l.einde', '>=', datum)])),
          ),
        ),
      ]),
    )
    .orderBy('p.id')
    .execute();
  return rijen.map((r) => r.id);
}
