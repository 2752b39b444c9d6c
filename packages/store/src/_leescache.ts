/**
 * Answers of repeated reads (a filtered page, a search) kept per store, per view and per read version
 * (see _leesversie.ts): the same question asked again before anything changed costs no SQL. Every
 * commit that may change an answer moves the version, and all answers of the old version are dropped at
 * once. Outside transactions only, and on SQLite only (elsewhere the version is null). An answer is frozen:
 * the next caller gets the same object.
 */
import type { Ctx, Gedeeld } from './_context.js';
import { leesversie } from './_leesversie.js';

/** Enough for the pages and searches of a busy hour; the oldest go first. */
const MAX_ANTWOORDEN = 1000;

interface Cache {
  versie: string;
  antwoorden: Map<string, Promise<unknown>>;
}
const caches = new WeakMap<Gedeeld, Cache>();

/** `vraag`: everything the answer depends on besides the view and the data (the function, its arguments). */
export function viaCache<T>(ctx: Ctx, vraag: unknown, bereken: () => Promise<T>): Promise<T> {
  const versie = leesversie(ctx);
  if (versie === null) return bereken();
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
