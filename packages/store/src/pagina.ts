/** Paging and sorting of lists: checked input, a whitelist of sortable fields per list. */
import { type SelectQueryBuilder, sql } from 'kysely';
import type { Lijst, Pagina } from './types.js';

export const STANDAARD_LIMIET = 50;
export const MAX_LIMIET = 1000;

/** Field name (as the caller knows it) to the column(s) it sorts on. */
export type Sorteerbaar = Readonly<Record<string, readonly string[]>>;

export interface Venster {
  offset: number;
  limiet: number;
  volgorde: Array<{ kolom: string; richting: 'asc' | 'desc' }>;
}

/**
 * Checks paging and turns `sortering` ('naam', '-datum') into columns; the tie-breaker column
 * (the id) comes last so pages never overlap.
 */
export function venster(
  pagina: Pagina | undefined,
  sorteerbaar: Sorteerbaar,
  standaard: string,
  tieBreak: string,
): Venster {
  const offset = pagina?.offset ?? 0;
  const limiet = pagina?.limiet ?? STANDAARD_LIMIET;
  if (!Number.isInteger(offset) || offset < 0) {
    throw new RangeError(`Ongeldige offset ${offset}; verwacht een geheel getal van 0 of meer.`);
  }
  if (!Number.isInteger(limiet) || limiet < 1 || limiet > MAX_LIMIET) {
    throw new RangeError(`Ongeldige limiet ${limiet}; verwacht een geheel getal van 1 tot en met ${MAX_LIMIET}.`);
  }
  const sortering = pagina?.sortering || standaard;
  const richting = sortering.startsWith('-') ? 'desc' : 'asc';
  const veld = sortering.replace(/^-/, '');
  const kolommen = Object.hasOwn(sorteerbaar, veld) ? sorteerbaar[veld] : undefined;
  if (!kolommen) {
    throw new RangeError(
      `Onbekende sortering "${sortering}"; kies uit ${Object.keys(sorteerbaar).join(', ')} (met - ervoor voor aflopend).`,
    );
  }
  const volgorde = kolommen.map((kolom) => ({ kolom, richting }) as const);
  if (!kolommen.includes(tieBreak)) volgorde.push({ kolom: tieBreak, richting: 'asc' });
  return { offset, limiet, volgorde };
}

// biome-ignore lint/suspicious/noExplicitAny: works for any select query
export function paginate<Q extends SelectQueryBuilder<any, any, any>>(q: Q, v: Venster): Q {
  let r = q;
  // Empty values first going up, last going down, on every engine (PostgreSQL's default is the reverse).
  for (const { kolom, richting } of v.volgorde) {
    r = r.orderBy(
      sql`${sql.ref(kolom)} ${sql.raw(richting)} nulls ${sql.raw(richting === 'asc' ? 'first' : 'last')}`,
    ) as Q;
  }
  return r.limit(v.limiet).offset(v.offset) as Q;
}

export function lijst<T>(items: T[], totaal: number, v: Venster): Lijst<T> {
  return { items, totaal, offset: v.offset, limiet: v.limiet };
}

/** Runs `select count(*)` on a filtered query (without its order and limit). */
// biome-ignore lint/suspicious/noExplicitAny: works for any select query
export async function count(q: SelectQueryBuilder<any, any, any>): Promise<number> {
  const rij = await q
    .clearSelect()
    .select((eb) => eb.fn.countAll().as('totaal'))
    .executeTakeFirst();
  return Number(rij?.totaal ?? 0);
}
