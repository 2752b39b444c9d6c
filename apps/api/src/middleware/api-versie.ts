import type { MiddlewareHandler } from 'hono';

/** Sets `API-Version` on every response, errors and refusals included (ADR /core/version-header). */
export function apiVersie(opties: { versie: string }): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.res.headers.set('API-Version', opties.versie);
  };
}
