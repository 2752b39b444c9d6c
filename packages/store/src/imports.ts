/** Import records: the import package plans and applies; the store keeps the record and its JSON summary. */
import type { Ctx } from './_context.js';
import type { Rij } from './_tabellen.js';
import { count, lijst, paginate, type Sorteerbaar, venster } from './pagina.js';
import { IMPORTSTATUSSEN } from './statussen.js';
import type { ImportRecord, Lijst, Pagina } from './types.js';

const MODI = ['aanvullend', 'volledig'];

/** Inserts, or replaces the record with the same id. */
export async function saveImport(ctx: Ctx, record: ImportRecord): Promise<void> {
  if (!record.id) throw new TypeError('Importrecord zonder id.');
  if (!MODI.includes(record.modus)) throw new RangeError(`Onbekende modus "${record.modus}".`);
  if (!(IMPORTSTATUSSEN as readonly string[]).includes(record.status))
    throw new RangeError(`Onbekende status "${record.status}".`);
  const rij = {
    id: record.id,
    bestand: record.bestand,
    sha256: record.sha256,
    actor: record.actor,
    modus: record.modus,
    status: record.status,
    samenvatting: JSON.stringify(record.samenvatting ?? null),
    tijd: record.tijd,
    toegepast_op: record.toegepastOp ?? null,
    teruggedraaid_op: record.teruggedraaidOp ?? null,
    afgewezen_op: record.afgewezenOp ?? null,
    afwijzingsreden: record.afwijzingsreden ?? null,
  };
  const { id: _, ...rest } = rij;
  await ctx.db
    .insertInto('imports')
    .values(rij)
    .onConflict((oc) => oc.column('id').doUpdateSet(rest))
    .execute();
}

export function importUit(r: Rij<'imports'>): ImportRecord {
  return {
    id: r.id,
    bestand: r.bestand,
    sha256: r.sha256,
    actor: r.actor,
    modus: r.modus as ImportRecord['modus'],
    status: r.status as ImportRecord['status'],
    samenvatting: JSON.parse(r.samenvatting) as unknown,
    tijd: r.tijd,
    toegepastOp: r.toegepast_op,
    teruggedraaidOp: r.teruggedraaid_op,
    afgewezenOp: r.afgewezen_op,
    afwijzingsreden: r.afwijzingsreden,
  };
}

export async function importRecord(ctx: Ctx, id: string): Promise<ImportRecord | undefined> {
  const r = await ctx.db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirst();
  return r && importUit(r);
}

/** Keeps (or replaces) the uploaded file of an import; the import record must exist. */
export async function saveImportBestand(ctx: Ctx, id: string, inhoud: Uint8Array): Promise<void> {
  // better-sqlite3 binds a Buffer as a blob; a plain Uint8Array it refuses.
  const blob = Buffer.from(inhoud.buffer, inhoud.byteOffset, inhoud.byteLength);
  await ctx.db
    .insertInto('importbestanden')
    .values({ import_id: id, inhoud: blob })
    .onConflict((oc) => oc.column('import_id').doUpdateSet({ inhoud: blob }))
    .execute();
}

/** The uploaded file, or undefined when none was kept (or erasure dropped it). */
export async function importBestand(ctx: Ctx, id: string): Promise<Uint8Array | undefined> {
  const r = await ctx.db.selectFrom('importbestanden').select('inhoud').where('import_id', '=', id).executeTakeFirst();
  return r && new Uint8Array(r.inhoud);
}

const SORTEERBAAR: Sorteerbaar = { tijd: ['tijd'], id: ['id'], bestand: ['bestand'], status: ['status'] };

/** Newest first by default. */
export async function listImports(ctx: Ctx, pagina?: Pagina): Promise<Lijst<ImportRecord>> {
  const v = venster(pagina, SORTEERBAAR, '-tijd', 'id');
  const q = ctx.db.selectFrom('imports');
  const [rijen, totaal] = await Promise.all([paginate(q.selectAll(), v).execute(), count(q)]);
  return lijst(rijen.map(importUit), totaal, v);
}
