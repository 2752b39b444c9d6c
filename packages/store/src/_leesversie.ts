/**
 * The read version of a SQLite file: a value that changes whenever a commit may have changed what a read
 * answers, so answers can be cached per version (see _leescache.ts). Two parts:
 *
 * - an in-process counter per file, moved by the writer connections of this process after each commit
 *   (or autocommitted statement) that wrote something other than the read path's own bookkeeping: audit
 *   rows, their pseudonyms and salts, the chain's head in `instellingen`, security events. A busy server
 *   writes an audit row for every read; counting those would make every cached answer stale at once;
 * - SQLite's `PRAGMA data_version` on a writer connection, which changes when any other connection (another
 *   process: the CLI, a second server) committed, whatever it wrote.
 *
 * Not persistent and SQLite only: PostgreSQL has no `data_version`, so there `leesversie` is null and
 * nothing is cached. A general, persistent store version could replace both parts (the counter by its
 * value, read per request) without changing the cache.
 */
import type Database from 'better-sqlite3';
import type { Ctx } from './_context.js';

/** One writer connection of this process and whether its open transaction wrote anything that counts. */
interface Schrijver {
  readonly nr: number;
  readonly db: Database.Database;
  readonly dataVersie: Database.Statement;
  vuil: boolean;
}

/** Per file: the counter (never reset, so a version never repeats in this process) and the open writers. */
const tellers = new Map<string, number>();
const schrijvers = new Map<string, Set<Schrijver>>();
let volgnummer = 0;

/** What a statement means for the version; decided once per prepared statement. */
export type Soort = 'leest' | 'schrijft' | 'eindigt';

/** The read path's own writes: they never change a list of persons or a search. */
const BOEKHOUDING = new Set([
  'audit',
  'audit_betrokkenen',
  'betrokkenen',
  'instellingen',
  'beveiligingsgebeurtenissen',
]);
const DOEL = /^\s*(?:insert\s+(?:or\s+\w+\s+)?into|replace\s+into|update(?:\s+or\s+\w+)?|delete\s+from)\s+"?(\w+)"?/i;

export function soortVan(tekst: string): Soort {
  const woord = /^\s*(\w+)/.exec(tekst)?.[1]?.toLowerCase() ?? '';
  if (woord === 'commit' || woord === 'end' || woord === 'release') return 'eindigt';
  if (woord === 'rollback') return /^\s*rollback\s+(transaction\s+)?to\b/i.test(tekst) ? 'leest' : 'eindigt';
  if (woord === 'select' || woord === 'pragma' || woord === 'begin' || woord === 'savepoint' || woord === 'explain')
    return 'leest';
  if (woord === 'with') return /\b(insert|update|delete|replace)\b/i.test(tekst) ? 'schrijft' : 'leest';
  const doel = DOEL.exec(tekst)?.[1];
  return doel !== undefined && BOEKHOUDING.has(doel) ? 'leest' : 'schrijft';
}

/** Registers a writer connection of `db.name`; returns what its statements report to, and its removal. */
export function volgSchrijver(db: Database.Database): { na: (soort: Soort) => void; sluit: () => void } {
  const pad = db.name;
  const s: Schrijver = { nr: ++volgnummer, db, dataVersie: db.prepare('pragma data_version').pluck(), vuil: false };
  let set = schrijvers.get(pad);
  if (!set) {
    set = new Set();
    schrijvers.set(pad, set);
  }
  set.add(s);
  const open = set;
  return {
    na(soort) {
      if (soort === 'schrijft') s.vuil = true;
      // After the commit (or the autocommitted statement): a read from now on sees the change.
      if (s.vuil && !db.inTransaction) {
        s.vuil = false;
        tellers.set(pad, (tellers.get(pad) ?? 0) + 1);
      }
    },
    sluit() {
      open.delete(s);
    },
  };
}

/** The version of the store's data as reads outside a transaction see it; null when it cannot be told. */
export function leesversie(ctx: Ctx): string | null {
  if (ctx.tx || ctx.gedeeld.motor.soort !== 'sqlite') return null;
  const pad = ctx.gedeeld.pad;
  const s = schrijvers.get(pad)?.values().next().value;
  if (!s) return null;
  try {
    return `${tellers.get(pad) ?? 0}:${s.nr}:${s.dataVersie.get() as number}`;
  } catch {
    // The connection is busy (or just closed): no version, so no cached answer either.
    return null;
  }
}
