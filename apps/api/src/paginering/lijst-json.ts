/**
 * The body of a list answer as `c.json(lijstAntwoord(...))` writes it, byte for byte, with the items'
 * JSON kept per list: the store answers a repeated page or search with the same frozen object (its read
 * cache), so the 20 cards are serialised once per store version instead of on every request. The links,
 * which depend on the request's URL, are written each time.
 */
import type { Lijst } from '@netwerkregie/store';
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import { lijstAntwoord, type PaginaVraag } from './paginering.js';

const itemsJson = new WeakMap<object, string>();

/** What `c.json(lijstAntwoord(...), 200)` returns, so a route's handler stays typed by its schema. */
type JsonAntwoord<T> = Response & TypedResponse<JSONParsed<ReturnType<typeof lijstAntwoord<T>>>, 200, 'json'>;

export function lijstJson<T>(c: Context, q: PaginaVraag, lijst: Lijst<T>): JsonAntwoord<T> {
  const { resultaten, ...rest } = lijstAntwoord(c.req.url, q, lijst);
  let items = itemsJson.get(lijst.items);
  if (items === undefined) {
    items = JSON.stringify(resultaten);
    // Only a frozen list is the cache's own; another could change after this.
    if (Object.isFrozen(lijst.items)) itemsJson.set(lijst.items, items);
  }
  // `resultaten` is the answer's first key (lijstAntwoord), and `rest` is never empty.
  const body = `{"resultaten":${items},${JSON.stringify(rest).slice(1)}`;
  return c.body(body, 200, { 'Content-Type': 'application/json' }) as unknown as JsonAntwoord<T>;
}
