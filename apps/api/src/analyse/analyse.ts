/**
 * Network analysis (regisseur and up): health indicators, the work list, centrality, the network
 * for a map, and who can introduce whom. Each call analyses a fresh snapshot of the store.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Entiteit } from '@netwerkregie/analysis';
import type { Context } from 'hono';
import { analysePakket } from '../_pakketten.js';
import { register } from '../openapi/index.js';
import { Probleem } from '../probleem/index.js';
import type { Omgeving } from '../types.js';
import {
  AUDIT,
  centraliteitRoute,
  gezondheidRoute,
  introductieRoute,
  netwerkRoute,
  werklijstRoute,
} from './_routes.js';

const SLEUTEL = /^(persoon|organisatie|overleg|wijk):/;

/** Name and kind of every node key the answer mentions. */
function entiteiten(
  ctx: { graaf: { hasNode(k: string): boolean }; entiteit(k: string): Entiteit },
  waarde: unknown,
): Record<string, Entiteit> {
  const sleutels = new Set<string>();
  const loop = (w: unknown): void => {
    if (typeof w === 'string') {
      if (SLEUTEL.test(w)) sleutels.add(w);
    } else if (Array.isArray(w)) w.forEach(loop);
    else if (w && typeof w === 'object') {
      for (const [k, v] of Object.entries(w)) {
        if (SLEUTEL.test(k)) sleutels.add(k);
        loop(v);
      }
    }
  };
  loop(waarde);
  return Object.fromEntries(
    [...sleutels]
      .sort()
      .filter((k) => k.startsWith('wijk:') || ctx.graaf.hasNode(k))
      .map((k) => [k, ctx.entiteit(k)]),
  );
}

export function analyseRoutes(): OpenAPIHono<Omgeving> {
  const app = new OpenAPIHono<Omgeving>();
  const context = async (c: Context<Omgeving>, peildatum: string | undefined) => {
    const { createContext } = await analysePakket();
    const m = await c.var.store.momentopname(c.var.gemeente, peildatum);
    c.set(
      'betrokkenen',
      m.personen.map((p) => p.id),
    );
    return createContext(m);
  };

  register(app, gezondheidRoute, { rol: 'regisseur', audit: AUDIT }, async (c) => {
    const { computeIndicatoren } = await analysePakket();
    const ctx = await context(c, c.req.valid('query').peildatum);
    const indicatoren = computeIndicatoren(ctx);
    return c.json({ peildatum: ctx.m.peildatum, indicatoren, entiteiten: entiteiten(ctx, indicatoren) }, 200);
  });

  register(app, werklijstRoute, { rol: 'regisseur', audit: AUDIT }, async (c) => {
    const { buildWerklijst } = await analysePakket();
    const q = c.req.valid('query');
    const ctx = await context(c, q.peildatum);
    const werklijst = buildWerklijst(ctx, { aantal: q.aantal, introducties: q.introducties });
    return c.json({ ...werklijst, entiteiten: entiteiten(ctx, werklijst) }, 200);
  });

  register(app, centraliteitRoute, { rol: 'regisseur', audit: AUDIT }, async (c) => {
    const { analyse } = await analysePakket();
    const q = c.req.valid('query');
    const ctx = await context(c, q.peildatum);
    const { centraliteit, ...rest } = analyse(ctx, { top: q.top }).metrieken;
    return c.json({ peildatum: ctx.m.peildatum, ...centraliteit, ...rest }, 200);
  });

  register(app, netwerkRoute, { rol: 'regisseur', audit: AUDIT }, async (c) => {
    const { buildAnnotatedGraph, layoutGraph, toNetwerk } = await analysePakket();
    const q = c.req.valid('query');
    const m = await c.var.store.momentopname(c.var.gemeente, q.peildatum);
    const graaf = buildAnnotatedGraph(m);
    if (q.posities === 'true') layoutGraph(graaf);
    return c.json({ peildatum: m.peildatum, ...toNetwerk(graaf) }, 200);
  });

  register(app, introductieRoute, { rol: 'regisseur', audit: AUDIT }, async (c) => {
    const { findIntroductie } = await analysePakket();
    const q = c.req.valid('query');
    const ctx = await context(c, q.peildatum);
    const knoop = (id: string) =>
      id.includes(':')
        ? id
        : (['persoon', 'organisatie', 'overleg'].map((s) => `${s}:${id}`).find((k) => ctx.graaf.hasNode(k)) ?? id);
    const [van, naar] = [knoop(q.van), knoop(q.naar)];
    const onbekend = [['van', van] as const, ['naar', naar] as const].filter(([, k]) => !ctx.graaf.hasNode(k));
    if (onbekend.length > 0) {
      throw new Probleem(400, 'Onbekende partij; zie invalidParams.', {
        code: 'invoer.ongeldig',
        invalidParams: onbekend.map(([name]) => ({ name, reason: 'Geen persoon, organisatie of overleg met dit id.' })),
      });
    }
    const uitkomst = findIntroductie(ctx, van, naar);
    const introductie = uitkomst.status === 'gevonden' ? uitkomst.introductie : null;
    return c.json(
      { status: introductie ? 'gevonden' : 'geen-pad', introductie, entiteiten: entiteiten(ctx, introductie) },
      200,
    );
  });
  return app;
}
