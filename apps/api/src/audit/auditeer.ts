/**
 * Writes exactly one audit row for a call that read or changed personal data: actor (the key's id),
 * action, entity, id, purpose and route, and for the processing log (Logboek Dataverwerkingen) the
 * trace id, the processing activity of the gemeente's register and the persons the call returned or
 * changed (`c.set('betrokkenen', ids)` in the handler; stored as pseudonyms; `c.set('betrokkenenset', ids)`
 * for a list many calls share, stored once as a set). Only successful calls are logged: a refused call showed nothing.
 * When the row cannot be written, the call fails (500) and its data is not sent.
 */
import type { Verwerking } from '@netwerkregie/domain';
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
  /** The kind of processing in the gemeente's register; default derived from action and entity. */
  verwerking?: Verwerking;
}

/** Reading the logs is control, a person's rights are theirs, analysis is analysis; the rest keeps the list. */
function verwerkingVan(opties: AuditOpties): Verwerking {
  if (opties.verwerking) return opties.verwerking;
  if (opties.entiteit === 'audit' || opties.entiteit === 'beveiligingsgebeurtenis') return 'controle';
  if (opties.actie === 'inzage' || opties.actie === 'wissen') return 'avg-rechten';
  if (opties.actie === 'analyseren') return 'netwerkanalyse';
  return 'netwerkbeheer';
}

export function auditRequests(opties: AuditOpties): MiddlewareHandler<Omgeving> {
  const idParameter = opties.idParameter ?? 'id';
  const soort = verwerkingVan(opties);
  return async (c, next) => {
    await next();
    if (c.res.status < 200 || c.res.status >= 300 || c.error) return;
    await c.get('store').audit({
      actor: c.get('toegang').sleutelId,
      actie: opties.actie,
      entiteit: opties.entiteit,
      entiteitId: c.get('auditId') ?? c.req.param(idParameter) ?? null,
      doel: gevraagdDoel(c) ?? opties.doel,
      route: `${c.req.method} ${c.req.path}`,
      traceId: c.get('traceId') ?? null,
      verwerking: c.get('gemeente').verwerkingsactiviteiten[soort].id,
      betrokkenen: c.get('betrokkenen') ?? [],
      betrokkenenset: c.get('betrokkenenset') ?? [],
    });
  };
}

/** The purpose the caller named (query `doel`, else header `Doel`), trimmed; undefined when none. */
export function gevraagdDoel(c: Parameters<MiddlewareHandler>[0]): string | undefined {
  const doel = (c.req.query('doel') ?? c.req.header('doel'))?.trim();
  return doel ? doel : undefined;
}
