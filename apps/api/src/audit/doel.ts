/**
 * The header `Doel` under the same rule as the query `doel` (at most DOEL_MAX characters): a longer
 * purpose would be stored in every audit row and repeated in each inzage.
 */
import type { MiddlewareHandler } from 'hono';
import { DOEL_MAX } from '../openapi/params.js';
import { Probleem } from '../probleem/index.js';

export function limitDoel(): MiddlewareHandler {
  return async (c, next) => {
    const doel = c.req.header('doel')?.trim();
    if (doel && doel.length > DOEL_MAX) {
      throw new Probleem(400, 'Het verzoek bevat een fout; zie invalidParams.', {
        code: 'invoer.ongeldig',
        invalidParams: [{ name: 'Doel', reason: `Het doel is te lang: ten hoogste ${DOEL_MAX} tekens.` }],
      });
    }
    await next();
  };
}
