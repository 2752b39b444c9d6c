/** Meeting structures and who takes part (within the store's view: a lezer sees the formal network's participations). */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  DeelnameSchema,
  GemeenteParams,
  idParams,
  json,
  lijstSchema,
  OverlegSchema,
  register,
} from '../openapi/index.js';
import { inGeheugen, lijstAntwoord, PagineringQuery, sorteerQuery, venster } from '../paginering/index.js';
import { Probleem } from '../probleem/index.js';
import type { Omgeving } from '../types.js';

const lijstRoute = createRoute({
  method: 'get',
  path: '/gemeenten/{gemeente}/overleggen',
  tags: ['Overleggen'],
  summary: 'Overleggen opvragen',
  description:
    'De overlegstructuren: Veiligheidshuis, Jeugd Interventie Teams, Zorg Advies Teams, casusoverleg en andere.',
  request: {
    params: GemeenteParams,
    query: PagineringQuery.extend(sorteerQuery(['naam', 'soort', 'id'], 'naam').shape),
  },
  responses: {
    200: json(lijstSchema(OverlegSchema, 'OverlegLijst', 'Een pagina overleggen.'), 'Een pagina overleggen.'),
  },
});

const deelnameRoute = createRoute({
  method: 'get',
  path: '/gemeenten/{gemeente}/overleggen/{id}/deelnames',
  tags: ['Overleggen'],
  summary: 'Deelnames aan een overleg',
  description: 'De organisaties en personen die aan het overleg deelnemen.',
  request: { params: idParams('Id van het overleg.'), query: PagineringQuery },
  responses: {
    200: json(lijstSchema(DeelnameSchema, 'DeelnameLijst', 'Een pagina deelnames.'), 'Een pagina deelnames.'),
  },
});

export function overlegRoutes(): OpenAPIHono<Omgeving> {
  const app = new OpenAPIHono<Omgeving>();
  register(app, lijstRoute, { rol: 'lezer' }, async (c) => {
    const q = c.req.valid('query');
    return c.json(lijstAntwoord(c.req.url, q, await c.var.store.listOverleggen(venster(q))), 200);
  });
  register(
    app,
    deelnameRoute,
    { rol: 'lezer', audit: { actie: 'lezen', entiteit: 'deelname', doel: 'raadplegen overleg', idParameter: 'id' } },
    async (c) => {
      const { id } = c.req.valid('param');
      const q = c.req.valid('query');
      const store = c.var.store;
      if (!(await store.overleg(id))) throw new Probleem(404, 'Dit overleg bestaat niet.');
      const deelnames = await store.deelnamesVanOverleg(id);
      deelnames.sort((a, b) => a.id.localeCompare(b.id));
      c.set(
        'betrokkenen',
        deelnames.flatMap((d) => (d.persoonId ? [d.persoonId] : [])),
      );
      return c.json(lijstAntwoord(c.req.url, q, inGeheugen(deelnames, q)), 200);
    },
  );
  return app;
}
