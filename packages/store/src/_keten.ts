/**
 * The hash chain over the audit and the security events: each row stores the SHA-256 of its content
 * together with the previous row's hash, and the head (last id and hash) is kept in `instellingen`, so
 * a changed, inserted or removed row breaks the chain. Writers hold the writers' lock (`write`), so
 * two writers never read the same head.
 *
 * Purpose and route are free text an erasure may blank. The chain covers them through `tekst_hash`, an
 * HMAC with the gemeente's secret (no dictionary attack on a purpose), so blanking them keeps the chain
 * whole; `verify` checks the HMAC of every row that was not blanked.
 */
import { createHash, createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import { GEWIST } from './_gewist.js';

// biome-ignore lint/suspicious/noExplicitAny: also used by the migration, before today's table types
type Db = Kysely<any>;

export const GEHEIM_SLEUTEL = 'logboek.geheim';
export const BEGIN = '0'.repeat(64);
export type KetenTabel = 'audit' | 'beveiligingsgebeurtenissen';
const KOP: Readonly<Record<KetenTabel, string>> = {
  audit: 'keten.audit',
  beveiligingsgebeurtenissen: 'keten.beveiliging',
};

const geheimen = new WeakMap<object, Buffer>();

/** The gemeente's secret for HMACs (pseudonyms, purposes): made by the migration, kept in `instellingen`. */
export async function geheim(db: Db, cache: object = db): Promise<Buffer> {
  const bekend = geheimen.get(cache);
  if (bekend) return bekend;
  const rij = await db
    .selectFrom('instellingen')
    .select('waarde')
    .where('sleutel', '=', GEHEIM_SLEUTEL)
    .executeTakeFirst();
  if (!rij) throw new Error('De database mist het geheim van het logboek; is de migratie gelopen?');
  const g = Buffer.from(rij.waarde as string, 'hex');
  geheimen.set(cache, g);
  return g;
}

export const hmac = (g: Buffer, tekst: string): string => createHmac('sha256', g).update(tekst, 'utf8').digest('hex');
const sha = (tekst: string): string => createHash('sha256').update(tekst, 'utf8').digest('hex');

export const tekstHash = (g: Buffer, doel: string, route: string | null): string =>
  hmac(g, JSON.stringify([doel, route]));

/** True when an erasure blanked part of the row's free text: its `tekst_hash` is taken as stored. */
export const geredigeerd = (doel: string, route: string | null): boolean =>
  doel.includes(GEWIST) || (route ?? '').includes(GEWIST);

export interface AuditInhoud {
  actor: string;
  actie: string;
  entiteit: string;
  entiteit_id: string | null;
  tekst_hash: string;
  trace_id: string | null;
  verwerking: string | null;
  tijd: string;
}

/**
 * A row's hash covers its own data subjects and, when it refers to a set of them (migration 0012), the
 * set's hash, which covers the set's pseudonyms; a row without a set hashes exactly as before.
 */
export function auditHash(
  vorige: string,
  r: AuditInhoud,
  pseudoniemen: readonly string[],
  setHash: string | null = null,
): string {
  const inhoud = [r.tijd, r.actor, r.actie, r.entiteit, r.entiteit_id, r.tekst_hash, r.trace_id, r.verwerking];
  const betrokken = setHash === null ? [[...pseudoniemen].sort()] : [[...pseudoniemen].sort(), setHash];
  return sha(`${vorige}\n${JSON.stringify([...inhoud, ...betrokken])}`);
}

/** The hash of a set of data subjects: over its pseudonyms, sorted. */
export const setHash = (pseudoniemen: readonly string[]): string => sha(JSON.stringify([...pseudoniemen].sort()));

export interface BeveiligingInhoud {
  soort: string;
  status: number;
  adres: string;
  actor: string | null;
  route: string;
  trace_id: string | null;
  tijd: string;
}

export function beveiligingHash(vorige: string, r: BeveiligingInhoud): string {
  return sha(`${vorige}\n${JSON.stringify([r.tijd, r.soort, r.status, r.adres, r.actor, r.route, r.trace_id])}`);
}

/** The head of a chain: the last row's id and hash, or the start. */
export async function kop(db: Db, tabel: KetenTabel): Promise<{ id: number; hash: string }> {
  const rij = await db.selectFrom('instellingen').select('waarde').where('sleutel', '=', KOP[tabel]).executeTakeFirst();
  if (!rij) return { id: 0, hash: BEGIN };
  const [id, hash] = (rij.waarde as string).split(':');
  return { id: Number(id), hash: hash ?? BEGIN };
}

export async function setKop(db: Db, tabel: KetenTabel, id: number, hash: string): Promise<void> {
  await db
    .insertInto('instellingen')
    .values({ sleutel: KOP[tabel], waarde: `${id}:${hash}` })
    .onConflict((oc) => oc.column('sleutel').doUpdateSet({ waarde: `${id}:${hash}` }))
    .execute();
}

/** The migration's work: chains the audit rows written before there was a chain, in id order. */
export async function ketenAuditOpnieuw(db: Db): Promise<void> {
  const g = await geheim(db);
  let vorige = BEGIN;
  let laatste = 0;
  const rijen = await db.selectFrom('audit').selectAll().orderBy('id').execute();
  for (const r of rijen) {
    const tekst_hash = tekstHash(g, r.doel, r.route);
    const hash = auditHash(vorige, { ...(r as AuditInhoud), tekst_hash }, []);
    await db.updateTable('audit').set({ tekst_hash, vorige_hash: vorige, hash }).where('id', '=', r.id).execute();
    vorige = hash;
    laatste = r.id;
  }
  if (laatste > 0) await setKop(db, 'audit', laatste, vorige);
}
