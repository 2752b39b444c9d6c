/**
 * Confirmation rounds for the regisseur: start one (the links once in the answer, and by e-mail when
 * SMTP is configured), see its progress per organisation, revoke links. The partner's page itself is
 * `/bevestigen/{token}` (folder bevestigen), outside /v1.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { RondeRecord } from '@netwerkregie/store';
import { revokeRonde, startRonde, voortgangRonde } from '@netwerkregie/toepassing';
import { register } from '../openapi/index.js';
import type { Omgeving } from '../types.js';
import { intrekRoute, lijstRoute, startRoute, voortgangRoute } from './_routes.js';

export interface RondeOpties {
  /** Sends a started round's messages (SMTP); returns how many went out. Absent: nothing is sent. */
  verzend?: (opdracht: Verzendopdracht) => Promise<number>;
}

/** What a sender needs: the store, the round, and each organisation's link. */
export interface Verzendopdracht {
  store: Omgeving['Variables']['store'];
  gemeente: Omgeving['Variables']['gemeente'];
  ronde: RondeRecord;
  links: Array<{ uitnodigingId: string; organisatieId: string; organisatie: string; url: string; verloopt: string }>;
}

const weergave = (r: RondeRecord) => ({
  id: r.id,
  gestart: r.gestart,
  actor: r.actor,
  geldigTot: r.geldigTot,
  selectie: r.selectie,
});

export function rondeRoutes(opties: RondeOpties = {}): OpenAPIHono<Omgeving> {
  const app = new OpenAPIHono<Omgeving>();
  register(app, startRoute, { rol: 'regisseur' }, async (c) => {
    const body = c.req.valid('json') ?? {};
    const { geldigDagen, ...selectie } = body;
    const { ronde, links } = await startRonde(c.var.store, c.var.gemeente, {
      selectie,
      ...(geldigDagen !== undefined ? { geldigDagen } : {}),
      actor: c.var.toegang.sleutelId,
    });
    const origin = new URL(c.req.url).origin;
    const metUrl = links.map((l) => ({ ...l, url: `${origin}/bevestigen/${l.token}` }));
    const verzonden = opties.verzend
      ? await opties.verzend({ store: c.var.store, gemeente: c.var.gemeente, ronde, links: metUrl })
      : 0;
    c.header('Location', `${c.req.path}/${ronde.id}`);
    return c.json(
      {
        ronde: weergave(ronde),
        links: metUrl.map((l) => ({
          organisatie: l.organisatieId,
          naam: l.organisatie,
          link: l.url,
          verloopt: l.verloopt,
        })),
        verzonden,
      },
      201,
    );
  });
  register(app, lijstRoute, { rol: 'regisseur' }, async (c) => {
    return c.json({ resultaten: (await c.var.store.listRondes()).map(weergave) }, 200);
  });
  register(app, voortgangRoute, { rol: 'regisseur' }, async (c) => {
    const v = await voortgangRonde(c.var.store, c.req.valid('param').id);
    return c.json(
      {
        ronde: weergave(v.ronde),
        totalen: v.totalen,
        organisaties: v.organisaties.map((o) => ({
          organisatie: o.organisatieId,
          naam: o.organisatie,
          status: o.status,
          verloopt: o.verloopt,
          verzonden: o.verzonden,
          geopend: o.geopend,
          beantwoord: o.beantwoord,
          herinnerd: o.herinnerd,
          import: o.importId,
        })),
      },
      200,
    );
  });
  register(app, intrekRoute, { rol: 'regisseur' }, async (c) => {
    const body = c.req.valid('json') ?? {};
    const ingetrokken = await revokeRonde(c.var.store, c.req.valid('param').id, body.organisatie);
    return c.json({ ingetrokken }, 200);
  });
  return app;
}
