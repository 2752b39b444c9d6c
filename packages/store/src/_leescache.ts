/**
 * Answers of repeated reads (a filtered page, a search) kept per store, per view and per store version
 * (see versie.ts): the same question asked again before anything changed costs no SQL. Every commit that
 * changes an entity moves the version, in this process or another (the CLI, a second server); audit rows
 * do not. All answers of the old version are dropped at once. Outside transactions only: a transaction
 * sees its own uncommitted writes. An answer is frozen: the next caller gets the same object.
 */
import type { Ctx, Gedeeld } from './_context.js';
import { versie as storeVersie } from './versie.js';

/** Enough for the pages and searches of a busy hour; the oldest go first. */
const MAX_ANTWOORDEN = 1000;

interface Cache {
  versie: number;
  antwoorden: Map<string, Promise<unknown>>;
}
const caches = new WeakMap<Gedeeld, Cache>();

/** `vraag`: everything the answer depends on besides the view and the data (the function, its arguments). */
export async function viaCache<T>(ctx: Ctx, vraag: unknown, bereken: () => Promise<T>): Promise<T> {
  if (ctx.tx) return bereken();
  // Read before the answer is computed, so an answer is never older than the version it is kept under.
  const versie = await storeVersie(ctx);
  let cache = caches.get(ctx.gedeeld);
  if (cache?.versie !== versie) {
    cache = { versie, antwoorden: new Map() };
    caches.set(ctx.gedeeld, cache);
  }
  const sleutel = `${ctx.zicht}\n${JSON.stringify(vraag)}`;
  const bekend = cache.antwoorden.get(sleutel);
  if (bekend) return bekend as Promise<T>;
  const { antwoorden } = cache;
  // The promise itself: requests arriving while the first computes wait for it instead of computing too.
  const antwoord = bereken().then(bevries);
  antwoord.catch(() => antwoorden.delete(sleutel));
  if (antwoorden.size >= MAX_ANTWOORDEN) antwoorden.delete(antwoorden.keys().next().value as string);
  antwoorden.set(sleutel, antwoord);
  return antwoord;
}

/** Frozen all the way down: a caller that changed a shared answer would change it for everyone. */
function bevries<T>(waarde: T): T {
  if (waarde !== null && typeof waarde === 'object' && !Object.isFrozen(waarde)) {
    Object.freeze(waarde);
    for (const v of Object.values(waarde)) bevries(v);
  }
  return waarde;
}
