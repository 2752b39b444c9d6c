/**
 * Audit trail and processing log (Logboek Dataverwerkingen): who read or changed what, why, under which
 * processing activity, in which trace, and which persons it touched (as pseudonyms). Holds ids only,
 * never personal data. Append-only with a hash chain (see _keten.ts).
 */
import { type Ctx, nu, write } from './_context.js';
import { auditHash, geheim, kop, tekstHash, setKop } from './_keten.js';
import { lijst, paginate, type Sorteerbaar, count, venster } from './pagina.js';
import { pseudoniem, pseudonymize } from './pseudoniemen.js';
import type { AuditFilter, AuditInvoer, AuditRegel, Lijst, Pagina } from './types.js';

const BLOK = 500;

export async function audit(ctx: Ctx, regel: AuditInvoer): Promise<void> {
  for (const veld of ['actor', 'actie', 'entiteit', 'doel'] as const) {
    if (typeof regel[veld] !== 'string' || regel[veld].trim() === '') {
      throw new TypeError(`Auditregel zonder ${veld}.`);
    }
  }
  // In a transaction with the writers' lock: the chain's head is read and moved by one writer at a time.
  await write(ctx, async (c) => {
    const g = await geheim(c.db, c.gedeeld);
    const vorige = await kop(c.db, 'audit');
    const pseudoniemen = await pseudonymize(c, regel.betrokkenen ?? []);
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
    const hash = auditHash(vorige.hash, inhoud, pseudoniemen);
    const { id } = await c.db
      .insertInto('audit')
      .values({ ...inhoud, doel: regel.doel, route: regel.route ?? null, vorige_hash: vorige.hash, hash })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (let i = 0; i < pseudoniemen.length; i += BLOK) {
      const deel = pseudoniemen.slice(i, i + BLOK).map((p) => ({ audit_id: id, pseudoniem: p }));
      await c.db.insertInto('audit_betrokkenen').values(deel).execute();
    }
    await setKop(c.db, 'audit', id, hash);
  });
}

const SORTEERBAAR: Sorteerbaar = { id: ['id'], tijd: ['tijd'], actor: ['actor'], actie: ['actie'] };

/** Newest first by default. */
export async function listAudit(ctx: Ctx, filter: AuditFilter, pagina?: Pagina): Promise<Lijst<AuditRegel>> {
  const v = venster(pagina, SORTEERBAAR, '-id', 'id');
  let q = ctx.db.selectFrom('audit');
  if (filter.entiteit !== undefined) q = q.where('entiteit', '=', filter.entiteit);
  if (filter.entiteitId !== undefined) q = q.where('entiteit_id', '=', filter.entiteitId);
  if (filter.actor !== undefined) q = q.where('actor', '=', filter.actor);
  if (filter.betrokkene !== undefined) {
    // Rows about the person, and rows whose processing touched them (a list, a search, an export).
    const id = filter.betrokkene;
    const p = await pseudoniem(ctx, id);
    q = q.where((eb) =>
      eb.or([
        eb.and([eb('entiteit', '=', 'persoon'), eb('entiteit_id', '=', id)]),
        ...(p === undefined
          ? []
          : [eb('id', 'in', eb.selectFrom('audit_betrokkenen').select('audit_id').where('pseudoniem', '=', p))]),
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
