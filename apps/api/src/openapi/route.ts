/** Registers a gemeente route: role check, validation of all input together, audit, security and standard errors in the document. */
import type { OpenAPIHono, RouteConfig, RouteHandler } from '@hono/zod-openapi';
import type { SleutelRol } from '@netwerkregie/store';
import type { MiddlewareHandler } from 'hono';
import { type AuditOpties, auditRequests } from '../audit/auditeer.js';
import { validate } from '../probleem/index.js';
import { vereisRol } from '../toegang/index.js';
import type { Omgeving } from '../types.js';
import { standaardFouten } from './antwoorden.js';

export type RouteContext<R extends RouteConfig> = Parameters<RouteHandler<R, Omgeving>>[0];
/**
 * A handler typed by its route: `c.json` must fit the documented response schema, so the OpenAPI
 * document and what the handler answers cannot drift.
 */
export type Behandelaar<R extends RouteConfig> = RouteHandler<R, Omgeving>;

export interface RouteOpties {
  /** The lowest role allowed: lezer < regisseur < beheerder. */
  rol: SleutelRol;
  /** Set when the call reads or changes personal data: one audit row per successful call. */
  audit?: AuditOpties;
  /** Middleware after the role check and before validation (a body limit). */
  voor?: MiddlewareHandler<Omgeving>[];
}

export const SECURITY_SCHEME = 'apiSleutel';

export function register<R extends RouteConfig>(
  app: OpenAPIHono<Omgeving>,
  route: R,
  opties: RouteOpties,
  handler: Behandelaar<R>,
): void {
  const toelichting = `Toegang: rol \`${opties.rol}\` of hoger.${opties.audit ? ' Wordt vastgelegd in de audit (doel via query `doel` of header `Doel`).' : ''}`;
  const middleware: MiddlewareHandler<Omgeving>[] = [
    vereisRol(opties.rol),
    ...(opties.voor ?? []),
    validate(route.request),
    ...(opties.audit ? [auditRequests(opties.audit)] : []),
  ];
  app.openapi(
    {
      ...route,
      description: route.description ? `${route.description}\n\n${toelichting}` : toelichting,
      security: [{ [SECURITY_SCHEME]: [] }],
      responses: { ...standaardFouten, ...route.responses },
      middleware,
    },
    handler,
  );
}
