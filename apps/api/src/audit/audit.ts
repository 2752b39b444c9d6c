/** `GET audit`: who read or changed personal data, when and why. Beheerder only. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { AuditRegelSchema, DoelQuery, GemeenteParams, json, lijstSchema, register } from '../openapi/index.js';
import { lijstAntwoord, PagineringQuery, sorteerQuery, venster } from '../paginering/index.js';
import type { Omgeving } from '../types.js';
import { beveiligingRoutes } from './beveiliging.js';

const lijstRoute = createRoute({
  method: 'get',
  path: '/gemeenten/{gemeente}/audit',
  tags: ['AVG'],
  summary: 'De audit opvragen',
  description:
    'Elk lezen en wijzigen van persoonsgegevens, nieuwste eerst. Het raadplegen van de audit wordt zelf ook vastgelegd.',
  request: {
    params: GemeenteParams,
    query: PagineringQuery.extend({
      entiteit: z.string().min(1).max(50).optional().openapi({ description: 'Alleen over deze soort, zoals persoon.' }),
      entiteitId: z.string().min(1).max(200).optional().openapi({ description: 'Alleen over dit id.' }),
      actor: z.string().min(1).max(200).optional().openapi({ description: 'Alleen van deze sleutel (id).' }),
    })
      .extend(sorteerQuery(['id', 'tijd', 'actor', 'actie'], '-id').shape)
      .extend(DoelQuery.shape),
  },
  responses: {
    200: json(lijstSchema(AuditRegelSchema, 'AuditLijst', 'Een pagina auditregels.'), 'Een pagina auditregels.'),
  },
});

export function auditRoutes(): OpenAPIHono<Omgeving> {
  const app = new OpenAPIHono<Omgeving>();
  register(
    app,
    lijstRoute,
    { rol: 'beheerder', audit: { actie: 'lezen', entiteit: 'audit', doel: 'controle audit' } },
    async (c) => {
      const q = c.req.valid('query');
      const filter = { entiteit: q.entiteit, entiteitId: q.entiteitId, actor: q.actor };
      return c.json(lijstAntwoord(c.req.url, q, await c.var.store.listAudit(filter, venster(q))), 200);
    },
  );
  beveiligingRoutes(app);
  return app;
}
