/**
 * Audit trail and processing log (Logboek Dataverwerkingen): who read or changed what, why, under which
 * processing activity, in which trace, and which persons it touched (as pseudonyms). Holds ids only,
 * never personal data. Append-only with a hash chain (see _keten.ts).
 */
import type { CompiledQuery } from 'kysely';
import { type Ctx, nu, transaction } from './_context.js';
import { auditHash, geheim, kop, setKop, tekstHash } from './_keten.js';
import { sjabloon } from './_sjabloon.js';
import { betrokkenenset, type SetVerwijzing } from './betrokkenensets.js';
import { count, lijst, paginate, type Sorteerbaar, venster } from './pagina.js';
import { pseudoniem, pseudonymize } from './pseudoniemen.js';
import type { AuditFilter, AuditInvoer, AuditRegel, Lijst, Pagina } from './types.js';

const BLOK = 500;

/** A row on its way to the chain: its set of data subjects, if any, is written already. */
type Regel = AuditInvoer & { set?: SetVerwijzing };

export async function audit(ctx: Ctx, regel: AuditInvoer): Promise<void> {
  for (const veld of ['actor', 'actie', 'entiteit', 'doel'] as const) {
    if (typeof regel[veld] !== 'string' || regel[veld].trim() === '') {
      throw new TypeError(`Auditregel zonder ${veld}.`);
    }
  }
  // The set before the row: once per set, not per call, and outside the group commit's transaction.
  const set = regel.betrokkenenset?.length ? await betrokkenenset(ctx, regel.betrokkenenset) : undefined;
  const invoer: Regel = set ? { ...regel, set } : regel;
  // Inside the caller's transaction: the row commits (or rolls back) with the caller's writes.
  if (ctx.tx) return schrijfRegels(ctx, [invoer]);
  return inGroep(ctx, invoer);
}

/**
 * Group commit: rows from calls outside a transaction wait in a queue and are written together, one
 * transaction for all rows that arrived while the previous one ran. Each caller's promise settles only
 * after the transaction holding its row committed, so no processing goes unlogged; the chain stays one
 * row after another, in the queue's order.
 */
interface Wachtend {
  regel: AuditInvoer;
  klaar: () => void;
  fout: (e: unknown) => void;
}
interface Groep {
  wachtend: Wachtend[];
  bezig: Promise<void> | null;
}
const groepen = new WeakMap<object, Groep>();

function inGroep(ctx: Ctx, regel: AuditInvoer): Promise<void> {
  let groep = groepen.get(ctx.gedeeld);
  if (!groep) {
    groep = { wachtend: [], bezig: null };
    groepen.set(ctx.gedeeld, groep);
  }
  const g = groep;
  return new Promise<void>((klaar, fout) => {
    g.wachtend.push({ regel, klaar, fout });
    // setImmediate: the calls of this turn of the event loop join the first transaction too.
    g.bezig ??= new Promise<void>((r) => setImmediate(r)).then(() => spoel(ctx, g));
  });
}

async function spoel(ctx: Ctx, g: Groep): Promise<void> {
  while (g.wachtend.length > 0) {
    const deel = g.wachtend.splice(0);
    try {
      await transaction(
        ctx,
        (c) =>
          schrijfRegels(
            c,
            deel.map((w) => w.regel),
          ),
        { alleenAudit: true },
      );
      for (const w of deel) w.klaar();
    } catch {
      // One bad row must not fail the others: each again in a transaction of its own.
      for (const w of deel)
        await transaction(ctx, (c) => schrijfRegels(c, [w.regel]), { alleenAudit: true }).then(w.klaar, w.fout);
    }
  }
  g.bezig = null;
}

/** Waits until every queued row is written (before closing the store). */
export async function wachtOpAudit(gedeeld: object): Promise<void> {
  while (groepen.get(gedeeld)?.bezig) await groepen.get(gedeeld)?.bezig;
}

const KOLOMMEN = [
  'actor',
  'actie',
  'entiteit',
  'entiteit_id',
  'tekst_hash',
  'trace_id',
  'verwerking',
  'tijd',
  'doel',
  'route',
  'vorige_hash',
  'hash',
  'betrokkenenset_id',
] as const;
type AuditRij = Record<(typeof KOLOMMEN)[number], string | number | null>;
/** Compiled once per store: a busy server writes this row for every read. */
const voegToe = sjabloon<AuditRij>(KOLOMMEN, (db, r) =>
  db
    .insertInto('audit')
    .values(r as never)
    .returning('id'),
);

/**
 * Rows and their data subjects, chained one after another; inside a write transaction, which holds the
 * writers' lock, so the chain's head is read once and moved once by one writer at a time.
 */
async function schrijfRegels(c: Ctx, regels: readonly Regel[]): Promise<void> {
  const g = await geheim(c.db, c.gedeeld);
  const begin = await kop(c.db, 'audit');
  // The pseudonyms of all rows' persons in one go: a pseudonym depends only on the person (and salt).
  const alle = await pseudonymize(
    c,
    regels.flatMap((r) => r.betrokkenen ?? []),
  );
  const pseudoniemVan = new Map<string, string>(
    [...new Set(regels.flatMap((r) => r.betrokkenen ?? []))].map((id, i) => [id, alle[i] as string]),
  );
  // The chain first (a row's hash needs only the one before it), then the rows in as few statements
  // as possible: on PostgreSQL every statement is a round trip, and a busy server writes a row per read.
  let vorigeHash = begin.hash;
  const rijen: AuditRij[] = [];
  const betrokkenen: string[][] = [];
  for (const regel of regels) {
    const pseudoniemen = [...new Set(regel.betrokkenen ?? [])].map((id) => pseudoniemVan.get(id) as string);
    const inhoud = {
      actor: regel.actor,
      actie: regel.actie,
      entiteit: regel.entiteit,
      entiteit_id: regel.entiteitId ?? null,
      tekst_hash: tekstHash(g, regel.doel, regel.route ?? null),
      trace_id: regel.traceId ?? null,
      verwerking: regel.verwerking ?? null,
      tijd: nu(),
    };
    const hash = auditHash(vorigeHash, inhoud, pseudoniemen, regel.set?.hash ?? null);
    rijen.push({
      ...inhoud,
      doel: regel.doel,
      route: regel.route ?? null,
      vorige_hash: vorigeHash,
      hash,
      betrokkenenset_id: regel.set?.id ?? null,
    });
    betrokkenen.push(pseudoniemen);
    vorigeHash = hash;
  }
  if (rijen.length === 0) return;
  const ids: number[] = [];
  for (let i = 0; i < rijen.length; i += RIJEN_PER_INSERT) {
    const deel = await voegRijenToe(c, rijen.slice(i, i + RIJEN_PER_INSERT));
    // Numbers are given in the order of the values (one writer holds the lock); RETURNING's order is not promised.
    ids.push(...deel.map((r) => Number(r.id)).sort((a, b) => a - b));
  }
  // The data subjects of all rows together, in blocks.
  const paren = betrokkenen.flatMap((pseudoniemen, n) =>
    pseudoniemen.map((p) => ({ audit_id: ids[n] as number, pseudoniem: p })),
  );
  for (let i = 0; i < paren.length; i += BLOK) {
    await c.db
      .insertInto('audit_betrokkenen')
      .values(paren.slice(i, i + BLOK))
      .execute();
  }
  await setKop(c.db, 'audit', ids[ids.length - 1] as number, vorigeHash);
}

/**
 * The insert of n rows, compiled once per n and view (Kysely builds and compiles a 12-column row in
 * tens of microseconds, and a group commit writes many); the values go in as parameters, row by row.
 */
const INSERTS = { alles: new Map<number, object>(), formeel: new Map<number, object>() };
async function voegRijenToe(c: Ctx, rijen: readonly AuditRij[]): Promise<Array<{ id: unknown }>> {
  if (rijen.length === 1) return (await voegToe(c, rijen[0] as AuditRij)).rows as Array<{ id: unknown }>;
  const n = rijen.length;
  let sleutel = INSERTS[c.zicht].get(n);
  if (!sleutel) {
    sleutel = {};
    INSERTS[c.zicht].set(n, sleutel);
  }
  let query = c.gedeeld.sjablonen.get(sleutel) as CompiledQuery | undefined;
  if (!query) {
    const merk = (i: number, k: string) => `\u0000${i}:${k}\u0000`;
    const merken = Array.from({ length: n }, (_, i) => Object.fromEntries(KOLOMMEN.map((k) => [k, merk(i, k)])));
    query = c.db
      .insertInto('audit')
      .values(merken as never)
      .returning('id')
      .compile();
    // The parameters must be the values row by row, column by column; else this cannot be used.
    const verwacht = merken.flatMap((r) => KOLOMMEN.map((k) => r[k]));
    if (query.parameters.length !== verwacht.length || query.parameters.some((p, i) => p !== verwacht[i]))
      throw new Error('audit: onverwachte volgorde van parameters');
    c.gedeeld.sjablonen.set(sleutel, query);
  }
  const parameters = rijen.flatMap((r) => KOLOMMEN.map((k) => r[k]));
  return (await c.db.executeQuery<{ id: unknown }>({ ...query, parameters })).rows;
}

/** 13 parameters a row: well below SQLite's and PostgreSQL's limits on parameters per statement. */
const RIJEN_PER_INSERT = 200;

const SORTEERBAAR: Sorteerbaar = { id: ['id'], tijd: ['tijd'], actor: ['actor'], actie: ['actie'] };

/** Newest first by default. */
export async function listAudit(ctx: Ctx, filter: AuditFilter, pagina?: Pagina): Promise<Lijst<AuditRegel>> {
  const v = venster(pagina, SORTEERBAAR, '-id', 'id');
  let q = ctx.db.selectFrom('audit');
  if (filter.entiteit !== undefined) q = q.where('entiteit', '=', filter.entiteit);
  if (filter.entiteitId !== undefined) q = q.where('entiteit_id', '=', filter.entiteitId);
  if (filter.actor !== undefined) q = q.where('actor', '=', filter.actor);
  if (filter.betrokkene !== undefined) {
    // Rows about the person, and rows whose processing touched them (a list, a search, an export), as
    // one of the row's own data subjects or in the set it refers to (an analysis).
    const id = filter.betrokkene;
    const p = await pseudoniem(ctx, id);
    q = q.where((eb) =>
      eb.or([
        eb.and([eb('entiteit', '=', 'persoon'), eb('entiteit_id', '=', id)]),
        ...(p === undefined
          ? []
          : [
              eb('id', 'in', eb.selectFrom('audit_betrokkenen').select('audit_id').where('pseudoniem', '=', p)),
              eb(
                'betrokkenenset_id',
                'in',
                eb.selectFrom('betrokkenenset_leden').select('set_id').where('pseudoniem', '=', p),
              ),
            ]),
      ]),
    );
  }
  const [rijen, totaal] = await Promise.all([paginate(q.selectAll(), v).execute(), count(q)]);
  return lijst(
    rijen.map((r) => ({
      id: r.id,
      actor: r.actor,
      actie: r.actie,
      entiteit: r.entiteit,
      entiteitId: r.entiteit_id,
      doel: r.doel,
      route: r.route,
      tijd: r.tijd,
      ...(r.trace_id === null ? {} : { traceId: r.trace_id }),
      ...(r.verwerking === null ? {} : { verwerking: r.verwerking }),
    })),
    totaal,
    v,
  );
}
