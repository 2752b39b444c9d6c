import type { MiddlewareHandler } from 'hono';

/** `Cache-Control: no-store` on every answer, refusals included: they hold or concern personal data. */
export function geenOpslag(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  };
}
