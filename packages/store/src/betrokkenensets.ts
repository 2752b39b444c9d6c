/**
 * Sets of data subjects: an analysis answer touches every person of its snapshot (50,000 at the
 * benchmark's size) and is asked again and again while the store does not change. Its persons'
 * pseudonyms are written once, as a set, and each audit row of such a call refers to the set
 * (`audit.betrokkenenset_id`) instead of repeating them: the same information, recorded once.
 * Pseudonyms in a set are the same HMACs as a row's own, so erasure (deleting the salt) unlinks them
 * alike, and inzage finds a row through either.
 */
import { type Ctx, nu, transaction } from './_context.js';
import { setHash } from './_keten.js';
import { pseudonymize } from './pseudoniemen.js';

const BLOK = 500;

export interface SetVerwijzing {
  id: number;
  hash: string;
}

/**
 * Per open store: the set already written for a list of ids, by the list's identity (the analysis worker
 * hands out one list per snapshot and shares equal ones). Never persisted: nothing in the database maps
 * person ids to a set except the pseudonyms.
 */
const geschreven = new WeakMap<object, WeakMap<readonly string[], Promise<SetVerwijzing>>>();

/**
 * The set for these persons: written once (in a transaction of its own, so the audit rows' group commit
 * does not hold the writers' lock for it), then found again by the list's identity. Inside a caller's
 * transaction it is written there and not remembered, since that transaction may roll back.
 */
export function betrokkenenset(ctx: Ctx, persoonIds: readonly string[]): Promise<SetVerwijzing> {
  if (ctx.tx) return schrijfSet(ctx, persoonIds);
  let perStore = geschreven.get(ctx.gedeeld);
  if (!perStore) {
    perStore = new WeakMap();
    geschreven.set(ctx.gedeeld, perStore);
  }
  const kaart = perStore;
  const bekend = kaart.get(persoonIds);
  if (bekend) return bekend;
  const nieuw = transaction(ctx, (c) => schrijfSet(c, persoonIds));
  kaart.set(persoonIds, nieuw);
  nieuw.catch(() => {
    if (kaart.get(persoonIds) === nieuw) kaart.delete(persoonIds);
  });
  return nieuw;
}

/** The pseudonyms in blocks (salts looked up and made 500 at a time), then the set and its members. */
async function schrijfSet(c: Ctx, persoonIds: readonly string[]): Promise<SetVerwijzing> {
  const pseudoniemen = await pseudonymize(c, persoonIds);
  const hash = setHash(pseudoniemen);
  const rij = await c.db
    .insertInto('betrokkenensets')
    .values({ aantal: pseudoniemen.length, hash, tijd: nu() })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = Number(rij.id);
  for (let i = 0; i < pseudoniemen.length; i += BLOK) {
    await c.db
      .insertInto('betrokkenenset_leden')
      .values(pseudoniemen.slice(i, i + BLOK).map((pseudoniem) => ({ set_id: id, pseudoniem })))
      .execute();
  }
  return { id, hash };
}
