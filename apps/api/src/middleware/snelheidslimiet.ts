/**
 * Rate limit per API key in a fixed window of one minute. The count lives in this process: with
 * several instances behind a load balancer each instance counts on its own (documented as per-instance).
 */
import type { MiddlewareHandler } from 'hono';
import { Probleem } from '../probleem/index.js';

export interface SnelheidslimietOpties {
  /** Requests allowed per key per window. */
  limiet: number;
  /** Window length in ms; default one minute. */
  vensterMs?: number;
  /** The key to count under; undefined means not counted. */
  sleutel: (c: Parameters<MiddlewareHandler>[0]) => string | undefined;
  /** Clock, for tests. */
  nu?: () => number;
}

export function snelheidslimiet(opties: SnelheidslimietOpties): MiddlewareHandler {
  const vensterMs = opties.vensterMs ?? 60_000;
  const nu = opties.nu ?? Date.now;
  const tellers = new Map<string, { start: number; aantal: number }>();
  return async (c, next) => {
    const sleutel = opties.sleutel(c);
    if (sleutel === undefined) return next();
    const t = nu();
    if (tellers.size > 10_000) {
      for (const [k, v] of tellers) if (t - v.start >= vensterMs) tellers.delete(k);
    }
    let teller = tellers.get(sleutel);
    if (!teller || t - teller.start >= vensterMs) {
      teller = { start: t, aantal: 0 };
      tellers.set(sleutel, teller);
    }
    teller.aantal++;
    const resterend = Math.max(0, opties.limiet - teller.aantal);
    const reset = Math.max(1, Math.ceil((teller.start + vensterMs - t) / 1000));
    if (teller.aantal > opties.limiet) {
      throw new Probleem(
        429,
        `Meer dan ${opties.limiet} verzoeken per minuut met deze sleutel; probeer het over ${reset} s opnieuw.`,
        {
          headers: {
            'Retry-After': String(reset),
            'RateLimit-Limit': String(opties.limiet),
            'RateLimit-Remaining': '0',
          },
        },
      );
    }
    await next();
    c.res.headers.set('RateLimit-Limit', String(opties.limiet));
    c.res.headers.set('RateLimit-Remaining', String(resterend));
    c.res.headers.set('RateLimit-Reset', String(reset));
  };
}
