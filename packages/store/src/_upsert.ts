/** The upsert every entity shares: insert or compare field by field, then write history. */
import type { Kysely } from 'kysely';
import type { Ctx } from './_context.js';
import type { KOLOMMEN } from './_rijen.js';
import { sjabloon } from './_sjabloon.js';
import type { Tabellen } from './_tabellen.js';
import { writeHistorie } from './historie.js';
import type { Bron, Entiteit, Wijziging } from './types.js';

/** The tables that hold an entity kind: those whose columns `_rijen.ts` maps. */
export type EntiteitTabel = keyof typeof KOLOMMEN;

/** How one kind of entity is read and written; the rest is generic. */
export interface Soort<E extends { id: string }, K extends string = Entiteit> {
  entiteit: K;
  tabel: EntiteitTabel;
  /** The stored columns, in the order `naarRij` fills them. */
  kolommen: readonly string[];
  naarRij(e: E): Record<string, unknown>;
  read(c: Ctx, id: string): Promise<E | undefined>;
  insert(c: Ctx, e: E): Promise<void>;
  update(c: Ctx, e: E): Promise<void>;
}

type Rij = Record<string, unknown> & { id: string };
// biome-ignore lint/suspicious/noExplicitAny: the table is a parameter here; the row mappers carry the types
type Los = Kysely<any>;

/** A Soort over one table whose text primary key is `id`; `kolommen` are the stored columns. */
export function tabelSoort<K extends string, E extends { id: string }, R extends Rij>(
  entiteit: K,
  tabel: EntiteitTabel,
  kolommen: ReadonlyArray<keyof R & string>,
  naarRij: (e: E) => R,
  vanRij: (r: R) => E,
): Soort<E, K> {
  const los = (db: Kysely<Tabellen>) => db as Los;
  const read = sjabloon<{ id: string }>(['id'], (db, a) =>
    los(db).selectFrom(tabel).select(kolommen).where('id', '=', a.id),
  );
  const insert = sjabloon<R>(kolommen, (db, r) => los(db).insertInto(tabel).values(r));
  const update = sjabloon<R>(kolommen, (db, r) => los(db).updateTable(tabel).set(r).where('id', '=', r.id));
  return {
    entiteit,
    tabel,
    kolommen,
    naarRij,
    async read(c, id) {
      const rij = (await read(c, { id })).rows[0] as R | undefined;
      return rij && vanRij(rij);
    },
    async insert(c, e) {
      await insert(c, naarRij(e));
    },
    async update(c, e) {
      await update(c, naarRij(e));
    },
  };
}

export interface Uitkomst<E> {
  wijzigingen: Wijziging[];
  /** The entity before the upsert; undefined when it was added. */
  oud: E | undefined;
}

/** Changed fields of `nieuw` against `oud`, in the field order of the schema. Lists compare by value and order. */
export function verschillen<E extends object>(oud: E, nieuw: E): Wijziging[] {
  const uit: Wijziging[] = [];
  for (const veld of Object.keys(nieuw) as Array<keyof E & string>) {
    const voor = oud[veld] ?? null;
    const na = nieuw[veld] ?? null;
    if (voor === na) continue;
    if (typeof voor === 'object' && typeof na === 'object' && JSON.stringify(voor) === JSON.stringify(na)) continue;
    uit.push({ veld, voor, na });
  }
  return uit;
}

/**
 * Must run inside a transaction (see `schrijf`). The main row is written before its history, so a
 * constraint error leaves nothing behind even inside a caller's larger transaction.
 */
export async function upsert<E extends { id: string }>(
  c: Ctx,
  soort: Soort<E, Entiteit>,
  e: E,
  bron: Bron,
): Promise<Uitkomst<E>> {
  const oud = await soort.read(c, e.id);
  if (!oud) {
    await soort.insert(c, e);
    const wijzigingen = [{ veld: '*', voor: null, na: e }];
    await writeHistorie(c, soort.entiteit, e.id, wijzigingen, bron);
    return { wijzigingen, oud };
  }
  const wijzigingen = verschillen(oud, e);
  if (wijzigingen.length > 0) {
    await soort.update(c, e);
    await writeHistorie(c, soort.entiteit, e.id, wijzigingen, bron);
  }
  return { wijzigingen, oud };
}
