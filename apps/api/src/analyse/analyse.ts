/**
 * Network analysis (regisseur and up): health indicators and their trend, the work list with whom
 * to call, centrality, the network for a map, and who can introduce whom. The analysis runs in the
 * analysis worker of packages/toepassing, off the event loop, through the caller's view of the store;
 * an answer is kept until the store changes (its version), so asking again costs a lookup.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { IndicatorStand } from '@netwerkregie/analysis';
import { INDICATOR_IDS } from '@netwerkregie/analysis/schemas';
import { type AnalyseUitkomst, type AnalyseVraag, analysewerker } from '@netwerkregie/toepassing';
import type { Context } from 'hono';
import { register } from '../openapi/index.js';
import { Probleem } from '../probleem/index.js';
import type { Omgeving } from '../types.js';
import {
  AUDIT,
  centraliteitRoute,
  gezondheidRoute,
  introductieRoute,
  netwerkRoute,
  TREND_AUDIT,
  trendRoute,
  werklijstRoute,
} from './_routes.js';

/**
 * Asks the worker. The persons of the snapshot are the call's data subjects (audit), as when the route
 * analysed the snapshot itself; the map never named them, and still does not. They go in as a set: the
 * worker hands out one list per snapshot, and the store writes its pseudonyms once for all calls on it.
 */
async function vraag(
  c: Context<Omgeving>,
  v: AnalyseVraag,
  peildatum: string | undefined,
  betrokkenen = true,
): Promise<AnalyseUitkomst> {
  const uitkomst = await analysewerker()
    .beantwoord(c.var.store, c.var.gemeente, v, { peildatum })
    .catch((e: unknown) => {
      // The worker ran out of its heap limit and was replaced: a clear answer, not an internal error.
      if (e instanceof Error && e.name === 'AnalyseGeheugenFout') {
        throw new Probleem(503, e.message, { code: 'analyse.geheugen', headers: { 'Retry-After': '60' } });
      }
      throw e;
    });
  if (betrokkenen) c.set('betrokkenenset', uitkomst.betrokkenen);
  return uitkomst;
}

// biome-ignore lint/suspicious/noExplicitAny: the body is built by the same code the schemas describe (see analyse.test.ts)
type Body = any;

export function analyseRoutes(): OpenAPIHono<Omgeving> {
  const app = new OpenAPIHono<Omgeving>();

  register(app, gezondheidRoute, { rol: 'regisseur', audit: AUDIT }, async (c) => {
    const { body } = await vraag(c, { soort: 'gezondheid' }, c.req.valid('query').peildatum);
    return c.json(body as Body, 200);
  });

  register(app, werklijstRoute, { rol: 'regisseur', audit: AUDIT }, async (c) => {
    const q = c.req.valid('query');
    const { body } = await vraag(
      c,
      { soort: 'werklijst', aantal: q.aantal, introducties: q.introducties },
      q.peildatum,
    );
    return c.json(body as Body, 200);
  });

  register(app, centraliteitRoute, { rol: 'regisseur', audit: AUDIT }, async (c) => {
    const q = c.req.valid('query');
    const { body } = await vraag(c, { soort: 'centraliteit', top: q.top }, q.peildatum);
    return c.json(body as Body, 200);
  });

  register(app, netwerkRoute, { rol: 'regisseur', audit: AUDIT }, async (c) => {
    const q = c.req.valid('query');
    const { body } = await vraag(c, { soort: 'netwerk', posities: q.posities === 'true' }, q.peildatum, false);
    return c.json(body as Body, 200);
  });

  // The trend is kept over the whole network (informal included), so it is for the regisseur, as the report is.
  register(app, trendRoute, { rol: 'regisseur', audit: TREND_AUDIT }, async (c) => {
    const { indicator } = c.req.valid('query');
    const rijen = await c.var.store.listIndicatorStanden(indicator ? { indicatorId: indicator } : {});
    // The store keeps any id; an indicator the analysis no longer computes has no place in its schema.
    const standen = rijen.filter((r): r is IndicatorStand =>
      (INDICATOR_IDS as readonly string[]).includes(r.indicatorId),
    );
    return c.json({ standen }, 200);
  });

  register(app, introductieRoute, { rol: 'regisseur', audit: AUDIT }, async (c) => {
    const q = c.req.valid('query');
    const { body, onbekend } = await vraag(c, { soort: 'introductie', van: q.van, naar: q.naar }, q.peildatum);
    if (onbekend.length > 0) {
      throw new Probleem(400, 'Onbekende partij; zie invalidParams.', {
        code: 'invoer.ongeldig',
        invalidParams: onbekend.map((name) => ({ name, reason: 'Geen persoon, organisatie of overleg met dit id.' })),
      });
    }
    return c.json(body as Body, 200);
  });
  return app;
}
