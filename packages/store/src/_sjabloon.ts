/**
 * Queries compiled once per open store and re-run with new values. An import runs the same few
 * fixed-shape queries a million times; building and compiling each with Kysely costs more than
 * SQLite's own work. The SQL still comes from the query builder, so another dialect gets its own.
 */
import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';
import type { Ctx } from './_context.js';
import type { Tabellen } from './_tabellen.js';

type Waarden = Record<string, unknown>;

interface Vast {
  query: CompiledQuery;
  /** For each parameter: the field whose value goes there, or null for a constant of the query. */
  plaats: Array<string | null>;
}

export type Sjabloon<A extends Waarden> = (c: Ctx, waarden: A) => Promise<QueryResult<unknown>>;

/**
 * `bouw` must give the same query shape for any values (no branching on them): it is called once with
 * markers in place of the values, and the markers' positions among the parameters are remembered.
 */
export function sjabloon<A extends Waarden>(
  velden: ReadonlyArray<keyof A & string>,
  bouw: (db: Kysely<Tabellen>, waarden: A, c: Ctx) => Compilable<unknown>,
): Sjabloon<A> {
  // One compiled query per view: the formal view's SQL reads other relations (see _zicht.ts).
  const sleutels = { alles: {}, formeel: {} };
  return (c, waarden) => {
    const sleutel = sleutels[c.zicht];
    let vast = c.gedeeld.sjablonen.get(sleutel) as Vast | undefined;
    if (!vast) {
      const merk = Object.fromEntries(velden.map((v) => [v, `\u0000${v}\u0000`])) as A;
      const query = bouw(c.db, merk, c).compile();
      const plaats = query.parameters.map((p) => velden.find((v) => merk[v] === p) ?? null);
      const ontbreekt = velden.filter((v) => !plaats.includes(v));
      if (ontbreekt.length > 0) throw new Error(`sjabloon: ${ontbreekt.join(', ')} niet als parameter gevonden`);
      vast = { query, plaats };
      c.gedeeld.sjablonen.set(sleutel, vast);
    }
    const { query, plaats } = vast;
    const parameters = plaats.map((v, i) => (v === null ? query.parameters[i] : waarden[v]));
    return c.db.executeQuery({ ...query, parameters });
  };
}
