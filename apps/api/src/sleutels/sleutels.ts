/**
 * API keys: `nr_<gemeente>_<43 characters base64url>`, so a key names its gemeente and can be
 * looked up in that gemeente's database, where only its SHA-256 is kept.
 */
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { type SleutelRecord, type SleutelRol, type Store, standaardVerloopdatum } from '@netwerkregie/store';

const PATROON = /^nr_([a-z][a-z0-9-]{1,40})_([A-Za-z0-9_-]{43})$/;

export const ROLLEN: readonly SleutelRol[] = ['lezer', 'regisseur', 'beheerder'];

/** SHA-256 of the whole key as 64 lower-case hex digits: what the store keeps. */
export function sleutelHash(sleutel: string): string {
  return createHash('sha256').update(sleutel, 'utf8').digest('hex');
}

/** The gemeente a well-formed key names, or undefined for anything else. */
export function gemeenteVanSleutel(sleutel: string): string | undefined {
  return PATROON.exec(sleutel)?.[1];
}

/** Creates a key for the store's gemeente. The secret is returned once and never stored. */
export async function maakSleutel(
  store: Store,
  opties: { rol: SleutelRol; omschrijving: string; verloopt?: string },
): Promise<{ id: string; sleutel: string; verloopt: string }> {
  if (!ROLLEN.includes(opties.rol))
    throw new RangeError(`Onbekende rol "${opties.rol}"; kies uit ${ROLLEN.join(', ')}.`);
  const sleutel = `nr_${store.gemeente}_${randomBytes(32).toString('base64url')}`;
  const id = randomUUID();
  const verloopt = opties.verloopt ?? standaardVerloopdatum();
  await store.bewaarSleutel({
    id,
    hash: sleutelHash(sleutel),
    rol: opties.rol,
    omschrijving: opties.omschrijving,
    verloopt,
  });
  return { id, sleutel, verloopt };
}

/** Revokes a key by id; true when an active key was revoked. */
export function trekSleutelIn(store: Store, id: string): Promise<boolean> {
  return store.trekSleutelIn(id);
}

/** The key record for a presented key, compared in constant time; undefined when unknown or revoked. The caller checks expiry. */
export async function controleerSleutel(store: Store, sleutel: string): Promise<SleutelRecord | undefined> {
  const hash = sleutelHash(sleutel);
  const record = await store.sleutelOpHash(hash);
  if (!record || record.ingetrokken !== null) return undefined;
  const verwacht = Buffer.from(record.hash, 'hex');
  const gegeven = Buffer.from(hash, 'hex');
  return verwacht.length === gegeven.length && timingSafeEqual(verwacht, gegeven) ? record : undefined;
}
