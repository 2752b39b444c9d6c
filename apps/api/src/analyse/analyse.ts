/**
 * Network analysis (regisseur and up): health indicators and their trend, the work list with whom
 * to call, centrality, the network for a map, and who can introduce whom. Each call analyses a fresh snapshot of the store.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Entiteit, IndicatorStand, Werklijst } from '@netwerkregie/analysis';
import { INDICATOR_IDS } from '@netwerkregie/analysis/schemas';
import type { Momentopname } from '@netwerkregie/domain';
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
  TREND_AUDIT,
  trendRoute,
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

/** At most this many people to call per partner. */
const AANSPREEKPUNTEN = 5;

/**
 * Whom to call at each partner on the list, and how: its contact persons for radicalisation, or when
 * it has none its other current members. From the same snapshot as the list, so a lezer's view never
 * reaches here (the route is for the regisseur) and no one outside the list is named.
 */
function aanspreekpunten(m: Momentopname, werklijst: Werklijst) {
  const personen = new Map(m.personen.map((p) => [p.id, p]));
  const actief = (l: Momentopname['lidmaatschappen'][number]) =>
    (l.begin === null || l.begin <= m.peildatum) && (l.einde === null || l.einde >= m.peildatum);
  return Object.fromEntries(
    werklijst.partners.map((partner) => {
      const leden = m.lidmaatschappen.filter(
        (l) => `organisatie:${l.organisatieId}` === partner.organisatie && actief(l),
      );
      const gekozen = partner.contactpersonen.length
        ? leden.filter((l) => partner.contactpersonen.includes(`persoon:${l.persoonId}`))
        : leden;
      const lijst = gekozen.flatMap((l) => {
        const p = personen.get(l.persoonId);
        return p
          ? [
              {
                persoon: `persoon:${p.id}`,
                naam: p.naam,
                functie: l.functie ?? null,
                rollen: l.rollen,
                email: p.email ?? null,
                telefoon: p.telefoon ?? null,
              },
            ]
          : [];
      });
      lijst.sort((a, b) => a.naam.localeCompare(b.naam, 'nl') || a.persoon.localeCompare(b.persoon));
      return [partner.organisatie, lijst.slice(0, AANSPREEKPUNTEN)];
    }),
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
    return c.json(
      { ...werklijst, aanspreekpunten: aanspreekpunten(ctx.m, werklijst), entiteiten: entiteiten(ctx, werklijst) },
      200,
    );
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
