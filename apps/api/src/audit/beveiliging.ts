/** `GET beveiligingsgebeurtenissen`: failed and refused authentication (BIO2 1.3). Beheerder only. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { BeveiligingsGebeurtenisSchema, GemeenteParams, json, lijstSchema, register } from '../openapi/index.js';
import { lijstAntwoord, PagineringQuery, sorteerQuery, venster } from '../paginering/index.js';
import type { Omgeving } from '../types.js';

const lijstRoute = createRoute({
  method: 'get',
  path: '/gemeenten/{gemeente}/beveiligingsgebeurtenissen',
  tags: ['AVG'],
  summary: 'De beveiligingsgebeurtenissen opvragen',
  description:
    'Mislukte (401), geweigerde (403) en afgeremde (429) aanmeldingen, nieuwste eerst, met bronadres en route; nooit de sleutel zelf.',
  request: {
    params: GemeenteParams,
    query: PagineringQuery.extend(sorteerQuery(['id', 'tijd', 'soort', 'adres'], '-id').shape),
  },
  responses: {
    200: json(
      lijstSchema(
        BeveiligingsGebeurtenisSchema,
        'BeveiligingsGebeurtenisLijst',
        'Een pagina beveiligingsgebeurtenissen.',
      ),
      'Een pagina beveiligingsgebeurtenissen.',
    ),
  },
});

export function beveiligingRoutes(app: OpenAPIHono<Omgeving>): void {
  const audit = { actie: 'lezen', entiteit: 'beveiligingsgebeurtenis', doel: 'controle beveiliging' };
  register(app, lijstRoute, { rol: 'beheerder', audit }, async (c) => {
    const q = c.req.valid('query');
    return c.json(lijstAntwoord(c.req.url, q, await c.var.store.listBeveiligingsgebeurtenissen(venster(q))), 200);
  });
}
