/**
 * API keys: `nr_<gemeente>_<43 characters base64url>`, so a key names its gemeente and can be
 * looked up in that gemeente's database, where only its SHA-256 is kept.
 */
import { timingSafeEqual } from 'node:crypto';
import { type SleutelRecord, type Store, sleutelHash } from '@netwerkregie/store';

// Creating and revoking keys, and the list of roles, are operations of packages/toepassing; the
// hash is the store's. What stays here is what only the API does: reading a presented key.
export { sleutelHash } from '@netwerkregie/store';
export { createSleutel, revokeSleutel } from '@netwerkregie/toepassing';

const PATROON = /^nr_([a-z][a-z0-9-]{1,40})_([A-Za-z0-9_-]{43})$/;

/** The gemeente a well-formed key names, or undefined for anything else. */
export function gemeenteVanSleutel(sleutel: string): string | undefined {
  return PATROON.exec(sleutel)?.[1];
}

/** The key record for a presented key, compared in constant time; undefined when unknown or revoked. The caller checks expiry. */
export async function verifySleutel(store: Store, sleutel: string): Promise<SleutelRecord | undefined> {
  const hash = sleutelHash(sleutel);
  const record = await store.sleutelOpHash(hash);
  if (!record || record.ingetrokken !== null) return undefined;
  const verwacht = Buffer.from(record.hash, 'hex');
  const gegeven = Buffer.from(hash, 'hex');
  return verwacht.length === gegeven.length && timingSafeEqual(verwacht, gegeven) ? record : undefined;
}
