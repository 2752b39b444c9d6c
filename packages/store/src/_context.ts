/** The handle every module function receives, and the transaction machinery around it. */
import type { Kysely } from 'kysely';
import { type Bulkmodus, endBulkmodus } from './_bulkmodus.js';
import { commit, type Motor, releaseSavepoint, rollback, rollbackToSavepoint, savepoint } from './_motor.js';
import type { Tabellen } from './_tabellen.js';
import { zichtDb } from './_zicht.js';
import { translateFout } from './fouten.js';
import { vergeetPseudoniemen } from './pseudoniemen.js';
import type { Zicht } from './types.js';

/** What one open transaction remembers until its commit. */
export interface TxStaat {
  /** Persons whose search-index row must be rebuilt; done once, just before commit, so an import indexes each person once. */
  vuil: Set<string>;
  /** Of those, the ones not yet indexed by a search inside the transaction. */
  nieuw: Set<string>;
  /**
   * Lowest `personen.nr` a bulk insert (insertBulk) may have used in this transaction, or null. Every
   * person from there on is indexed in one insert-select at commit instead of one by one.
   */
  bulkVanaf: number | null;
  /** Ids of persons added in bulk: their memberships need no marking, the range above covers them. */
  bulkPersonen: Set<string>;
  /** The bulk range changed since the last index update inside the transaction (see updateZoekindex). */
  bulkNieuw: boolean;
  /** Bulk mode, while it lasts (see _bulkmodus.ts). */
  bulk: Bulkmodus | null;
  /** Whether this transaction has considered bulk mode already (it does once, at its first bulk insert). */
  bulkGeprobeerd: boolean;
  /** Savepoints open now. */
  diepte: number;
  /** An erasure happened: purge the index, and after commit leave no old copies (motor.naWissen). */
  gewist: boolean;
  savepoints: number;
  actief: boolean;
  /** The audit's group commit: writes audit rows (and salts) only, so it may use cached pseudonyms (pseudoniemen.ts). */
  alleenAudit: boolean;
}

/** Shared by the root store and every transaction store of one open file. */
export interface Gedeeld {
  readonly gemeente: string;
  /** The SQLite file, or a description of the PostgreSQL database and schema (never its password). */
  readonly pad: string;
  readonly motor: Motor;
  /** The connection that writes (and reads inside transactions). */
  readonly root: Kysely<Tabellen>;
  /** For reads outside transactions: SQLite's second, read-only connection, so they need not wait for a long import (WAL). */
  readonly lezer: Kysely<Tabellen>;
  /** Compiled queries of this store (see _sjabloon.ts). */
  readonly sjablonen: Map<object, unknown>;
  /** Keys found recently, by hash, and until when they may be used without a lookup (see sleutels.ts). */
  readonly sleutelCache: Map<string, { record: unknown; tot: number }>;
  readonly sleutelCacheMs: number;
  gesloten: boolean;
}

export interface Ctx {
  /** The root Kysely, or the one connection of the running transaction. */
  readonly db: Kysely<Tabellen>;
  readonly tx: TxStaat | null;
  readonly gedeeld: Gedeeld;
  /** The view `db` reads through (see _zicht.ts); compiled queries are kept per view. */
  readonly zicht: Zicht;
}

/**
 * Refuses calls on a closed store, and on a transaction's store after its transaction ended (its
 * connection is no longer reserved for it). Note: the outer store must not be awaited inside
 * transaction()'s callback for a write: it waits for the connection the transaction holds.
 */
export function guard(ctx: Ctx): void {
  if (ctx.gedeeld.gesloten) throw new Error('De store is gesloten.');
  if (ctx.tx && !ctx.tx.actief)
    throw new Error('Deze transactie is al afgelopen; gebruik de store van een nieuwe transactie.');
}

/** Runs fn in a transaction: a new one at the root, a savepoint inside one. */
export async function transaction<T>(
  ctx: Ctx,
  fn: (c: Ctx) => Promise<T>,
  opties: { alleenAudit?: boolean } = {},
): Promise<T> {
  if (ctx.tx) return withSavepoint(ctx, ctx.tx, fn);
  const staat: TxStaat = {
    vuil: new Set(),
    nieuw: new Set(),
    bulkVanaf: null,
    bulkPersonen: new Set(),
    bulkNieuw: false,
    bulk: null,
    bulkGeprobeerd: false,
    diepte: 0,
    gewist: false,
    savepoints: 0,
    actief: true,
    alleenAudit: opties.alleenAudit === true,
  };
  const uitkomst = await ctx.gedeeld.root.connection().execute(async (verbinding) => {
    const c: Ctx = { db: zichtDb(verbinding, ctx.zicht), tx: staat, gedeeld: ctx.gedeeld, zicht: ctx.zicht };
    try {
      // Inside the try: on PostgreSQL the transaction is open when taking the lock fails (lock_timeout),
      // and must be rolled back before the connection goes back to the pool.
      await ctx.gedeeld.motor.beginWrite(verbinding);
      const r = await fn(c);
      await finish(c, staat);
      await commit(verbinding);
      return r;
    } catch (e) {
      // SQLite may already have rolled back by itself (a full disk, an I/O error); then this
      // rollback fails too, and the original error is the one worth telling.
      await rollback(verbinding).catch(() => undefined);
      throw translateFout(e);
    } finally {
      staat.actief = false;
    }
  });
  // Outside the transaction: a checkpoint (or VACUUM) cannot run inside one. The erasure is committed
  // either way; should this fail, the next checkpoint (at the latest on close) removes the old pages.
  if (staat.gewist) {
    // The store version moved with the erasure too; this forgets at once, before any other transaction.
    vergeetPseudoniemen(ctx.gedeeld);
    await ctx.gedeeld.motor.naWissen(ctx.gedeeld.root).catch(() => undefined);
  }
  return uitkomst;
}

/** Several reads that must see one state (a snapshot), even while another process writes. */
export async function readTogether<T>(ctx: Ctx, fn: (c: Ctx) => Promise<T>): Promise<T> {
  if (ctx.tx) return fn(ctx);
  return ctx.db.connection().execute(async (verbinding) => {
    try {
      await ctx.gedeeld.motor.beginRead(verbinding);
      return await fn({ db: zichtDb(verbinding, ctx.zicht), tx: null, gedeeld: ctx.gedeeld, zicht: ctx.zicht });
    } finally {
      await rollback(verbinding);
    }
  });
}

/** Writes run in the caller's transaction if there is one, else in their own, so each call is atomic. */
export function write<T>(ctx: Ctx, fn: (c: Ctx) => Promise<T>): Promise<T> {
  return ctx.tx ? fn(ctx) : transaction(ctx, fn);
}

async function withSavepoint<T>(ctx: Ctx, staat: TxStaat, fn: (c: Ctx) => Promise<T>): Promise<T> {
  const naam = `sp${++staat.savepoints}`;
  const buiten = staat.diepte;
  await savepoint(ctx.db, naam);
  staat.diepte++;
  try {
    const r = await fn(ctx);
    await releaseSavepoint(ctx.db, naam);
    return r;
  } catch (e) {
    // After an automatic rollback the savepoint is gone ("no such savepoint"): keep the original error.
    try {
      await rollbackToSavepoint(ctx.db, naam);
      await releaseSavepoint(ctx.db, naam);
    } catch {}
    // Bulk mode begun inside this savepoint is undone with it (its dropped indexes are back).
    if (staat.bulk && staat.bulk.diepte > buiten) staat.bulk = null;
    throw translateFout(e);
  } finally {
    staat.diepte = buiten;
    // Kept: from now on bulk mode belongs to the level outside.
    if (staat.bulk && staat.bulk.diepte > buiten) staat.bulk.diepte = buiten;
  }
}

/** Lets a search inside a transaction find the transaction's own changes. */
export async function updateZoekindex(c: Ctx): Promise<void> {
  if (!c.tx) return;
  if (c.tx.bulkNieuw && c.tx.bulkVanaf !== null) {
    c.tx.bulkNieuw = false;
    await c.gedeeld.motor.indexeerPersonenVanaf(c.db, c.tx.bulkVanaf);
  }
  if (c.tx.nieuw.size === 0) return;
  const ids = [...c.tx.nieuw];
  c.tx.nieuw.clear();
  await c.gedeeld.motor.indexeerPersonen(c.db, ids);
}

async function finish(c: Ctx, staat: TxStaat): Promise<void> {
  // All of them again, not only `nieuw`: a savepoint rolled back since a search may have undone its indexing.
  // Persons from bulkVanaf on (added in bulk, or after them) in one go; the rest one by one.
  // In bulk mode the search index is filled before the indexes are built (PostgreSQL's GIN index among them).
  const { motor } = c.gedeeld;
  if (staat.bulkVanaf !== null) await motor.indexeerPersonenVanaf(c.db, staat.bulkVanaf);
  if (staat.vuil.size > 0) await motor.indexeerPersonen(c.db, staat.vuil, staat.bulkVanaf ?? undefined);
  await endBulkmodus(c);
  if (staat.gewist) await motor.schoonNaWissen(c.db);
}

/** Marks persons for re-indexing at commit. */
export function mark(c: Ctx, ...persoonIds: Array<string | null | undefined>): void {
  if (!c.tx) throw new Error('mark buiten een transactie');
  for (const id of persoonIds) {
    if (id) {
      c.tx.vuil.add(id);
      c.tx.nieuw.add(id);
    }
  }
}

export const nu = (): string => new Date().toISOString();
