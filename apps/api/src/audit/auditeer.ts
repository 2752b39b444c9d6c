/**
 * Writes exactly one audit row for a call that read or changed personal data: actor (the key's id),
 * action, entity, id, purpose and route. Only successful calls are logged: a refused call showed nothing.
 * When the row cannot be written, the call fails (500) and its data is not sent.
 */
import type { MiddlewareHandler } from 'hono';
import type { Omgeving } from '../types.js';

export interface AuditOpties {
  /** What the call does: `lezen`, `zoeken`, `inzage`, `wissen`, `aanmaken`, `exporteren`, `importeren`, ... */
  actie: string;
  /** What it is about: `persoon`, `contactmoment`, `training`, `import`, ... */
  entiteit: string;
  /** The purpose when the caller names none (query `doel` or header `Doel`). */
  doel: string;
  /** Path parameter holding the entity's id, if any; default `id`. */
  idParameter?: string;
}

export function auditeer(opties: AuditOpties): MiddlewareHandler<Omgeving> {
  const idParameter = opties.idParameter ?? 'id';
  return async (c, next) => {
    await next();
    if (c.res.status < 200 || c.res.status >= 300 || c.error) return;
    await c.var.store.audit({
      actor: c.var.toegang.sleutelId,
      actie: opties.actie,
      entiteit: opties.entiteit,
      entiteitId: c.var.auditId ?? c.req.param(idParameter) ?? null,
      doel: gevraagdDoel(c) ?? opties.doel,
      route: `${c.req.method} ${c.req.path}`,
      traceId: c.var.traceId ?? null,
    });
  };
}

/** The purpose the caller named (query `doel`, else header `Doel`), trimmed; undefined when none. */
export function gevraagdDoel(c: Parameters<MiddlewareHandler>[0]): string | undefined {
  const doel = (c.req.query('doel') ?? c.req.header('doel'))?.trim();
  return doel ? doel : undefined;
}
