/** Audit trail: who read or changed what, and why. Holds ids only, never personal data. */
import { type Ctx, nu } from './_context.js';
import { lijst, pagineer, type Sorteerbaar, tel, venster } from './pagina.js';
import type { AuditFilter, AuditInvoer, AuditRegel, Lijst, Pagina } from './types.js';

export async function audit(ctx: Ctx, regel: AuditInvoer): Promise<void> {
  for (const veld of ['actor', 'actie', 'entiteit', 'doel'] as const) {
    if (typeof regel[veld] !== 'string' || regel[veld].trim() === '') {
      throw new TypeError(`Auditregel zonder ${veld}.`);
    }
  }
  await ctx.db
    .insertInto('audit')
    .values({
      actor: regel.actor,
      actie: regel.actie,
      entiteit: regel.entiteit,
      entiteit_id: regel.entiteitId ?? null,
      doel: regel.doel,
      route: regel.route ?? null,
      tijd: nu(),
    })
    .execute();
}

const SORTEERBAAR: Sorteerbaar = { id: ['id'], tijd: ['tijd'], actor: ['actor'], actie: ['actie'] };

/** Newest first by default. */
export async function listAudit(ctx: Ctx, filter: AuditFilter, pagina?: Pagina): Promise<Lijst<AuditRegel>> {
  const v = venster(pagina, SORTEERBAAR, '-id', 'id');
  let q = ctx.db.selectFrom('audit');
  if (filter.entiteit !== undefined) q = q.where('entiteit', '=', filter.entiteit);
  if (filter.entiteitId !== undefined) q = q.where('entiteit_id', '=', filter.entiteitId);
  if (filter.actor !== undefined) q = q.where('actor', '=', filter.actor);
  const [rijen, totaal] = await Promise.all([pagineer(q.selectAll(), v).execute(), tel(q)]);
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
    })),
    totaal,
    v,
  );
}
