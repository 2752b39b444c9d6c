/** Partner organisations, readable by every role within its view (a lezer: the formal ones). */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { VocabulaireQuery, wijkVanGemeente } from '../filters/index.js';
import { GemeenteParams, idParams, json, lijstSchema, OrganisatieSchema, register } from '../openapi/index.js';
import { lijstAntwoord, PagineringQuery, sorteerQuery, venster } from '../paginering/index.js';
import { Probleem } from '../probleem/index.js';
import type { Omgeving } from '../types.js';

const OrganisatieLijst = lijstSchema(OrganisatieSchema, 'OrganisatieLijst', 'Een pagina organisaties.');

const lijstRoute = createRoute({
  method: 'get',
  path: '/gemeenten/{gemeente}/organisaties',
  tags: ['Organisaties'],
  summary: 'Organisaties opvragen',
  description:
    'De partnerorganisaties van de gemeente, te filteren op domein, wijk en netwerk. Een lezer ziet alleen het formele netwerk.',
  request: {
    params: GemeenteParams,
    query: PagineringQuery.extend(VocabulaireQuery.pick({ domein: true, wijk: true, netwerk: true }).shape).extend(
      sorteerQuery(['naam', 'domein', 'netwerk', 'soort', 'id'], 'naam').shape,
    ),
  },
  responses: { 200: json(OrganisatieLijst, 'Een pagina organisaties.') },
});

const eenRoute = createRoute({
  method: 'get',
  path: '/gemeenten/{gemeente}/organisaties/{id}',
  tags: ['Organisaties'],
  summary: 'Een organisatie opvragen',
  request: { params: idParams('Id van de organisatie.') },
  responses: { 200: json(OrganisatieSchema, 'De organisatie.') },
});

export function organisatieRoutes(): OpenAPIHono<Omgeving> {
  const app = new OpenAPIHono<Omgeving>();
  register(app, lijstRoute, { rol: 'lezer' }, async (c) => {
    const q = c.req.valid('query');
    const filter = { domein: q.domein, netwerk: q.netwerk, wijk: wijkVanGemeente(c.var.gemeente, q.wijk) };
    const lijst = await c.var.store.listOrganisaties(filter, venster(q));
    return c.json(lijstAntwoord(c.req.url, q, lijst), 200);
  });
  register(app, eenRoute, { rol: 'lezer' }, async (c) => {
    const organisatie = await c.var.store.organisatie(c.req.valid('param').id);
    if (!organisatie) throw new Probleem(404, 'Deze organisatie bestaat niet.');
    return c.json(organisatie, 200);
  });
  return app;
}
