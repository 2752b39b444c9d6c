/**
 * Partner organisations, readable by every role within its view (a lezer: the formal ones), and an
 * organisation's history (regisseur and up: who changed what, from which import).
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { HistorieRegel } from '@netwerkregie/store';
import { VocabulaireQuery, wijkVanGemeente } from '../filters/index.js';
import {
  DoelQuery,
  GemeenteParams,
  HistorieRegelSchema,
  idParams,
  json,
  lijstSchema,
  OrganisatieSchema,
  register,
} from '../openapi/index.js';
import { inGeheugen, lijstAntwoord, PagineringQuery, sorteerQuery, venster } from '../paginering/index.js';
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

const historieRoute = createRoute({
  method: 'get',
  path: '/gemeenten/{gemeente}/organisaties/{id}/historie',
  tags: ['Organisaties'],
  summary: 'De historie van een organisatie',
  description:
    'Elke wijziging van de organisatie en van de lidmaatschappen die zij nu heeft, nieuwste eerst: welk veld, van welke naar welke waarde, door wie en uit welke import.',
  request: { params: idParams('Id van de organisatie.'), query: PagineringQuery.extend(DoelQuery.shape) },
  responses: {
    200: json(
      lijstSchema(HistorieRegelSchema, 'HistorieLijst', 'Een pagina wijzigingen.'),
      'Een pagina wijzigingen, nieuwste eerst.',
    ),
  },
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
  register(
    app,
    historieRoute,
    { rol: 'regisseur', audit: { actie: 'lezen', entiteit: 'organisatie', doel: 'raadplegen historie' } },
    async (c) => {
      const { id } = c.req.valid('param');
      const organisatie = await c.var.store.organisatie(id);
      if (!organisatie) throw new Probleem(404, 'Deze organisatie bestaat niet.');
      const lidmaatschappen = await c.var.store.lidmaatschappenVanOrganisatie(id);
      const regels: HistorieRegel[] = [
        ...(await c.var.store.historie({ entiteit: 'organisatie', entiteitId: id })),
        ...(
          await Promise.all(
            lidmaatschappen.map((l) => c.var.store.historie({ entiteit: 'lidmaatschap', entiteitId: l.id })),
          )
        ).flat(),
      ].sort((a, b) => b.id - a.id);
      c.set('betrokkenen', [...new Set(lidmaatschappen.map((l) => l.persoonId))]);
      const q = c.req.valid('query');
      return c.json(lijstAntwoord(c.req.url, q, inGeheugen(regels, q)), 200);
    },
  );
  return app;
}
