/**
 * Caps every request body (JSON above all) at `maxBytes`, checked on Content-Length and while reading,
 * so a huge body is refused before it is parsed. The upload route has its own, larger limit.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { Probleem, probleemAntwoord } from '../probleem/index.js';

export interface BodyLimietOpties {
  maxBytes: number;
  /** Requests that carry their own limit (the upload); they pass untouched. */
  uitgezonderd?: (c: Parameters<MiddlewareHandler>[0]) => boolean;
}

export function bodyLimiet(opties: BodyLimietOpties): MiddlewareHandler {
  const kb = Math.floor(opties.maxBytes / 1024);
  const limiet = bodyLimit({
    maxSize: opties.maxBytes,
    onError: (c) =>
      probleemAntwoord(
        new Probleem(413, `De body van het verzoek is groter dan ${kb} kB.`, { code: 'verzoek.te-groot' }),
        c.req.path,
      ),
  });
  // GET and HEAD carry no body (@hono/node-server gives them none); asking would build a whole `Request`
  // object per read, a tenth of a read's CPU.
  return (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD' || opties.uitgezonderd?.(c) ? next() : limiet(c, next);
}
