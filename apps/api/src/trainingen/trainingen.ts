/** Trainings followed by persons (the advice's trained first-line workers and refresher days). */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { TRAININGSOORTEN } from '@netwerkregie/domain';
import { DoelQuery, GemeenteParams, json, lijstSchema, register, TrainingSchema } from '../openapi/index.js';
import { lijstAntwoord, PagineringQuery, sorteerQuery, venster } from '../paginering/index.js';
import type { Omgeving } from '../types.js';

const lijstRoute = createRoute({
  method: 'get',
  path: '/gemeenten/{gemeente}/trainingen',
  tags: ['Trainingen'],
  summary: 'Trainingen opvragen',
  description: 'Gevolgde trainingen, nieuwste eerst.',
  request: {
    params: GemeenteParams,
    query: PagineringQuery.extend({
      persoon: z.string().min(1).max(200).optional().openapi({ description: 'Alleen van deze persoon (id).' }),
      soort: z.enum(TRAININGSOORTEN).optional().openapi({ description: 'Alleen deze soort training.' }),
    })
      .extend(sorteerQuery(['datum', 'soort', 'id'], '-datum').shape)
      .extend(DoelQuery.shape),
  },
  responses: {
    200: json(lijstSchema(TrainingSchema, 'TrainingLijst', 'Een pagina trainingen.'), 'Een pagina trainingen.'),
  },
});

export function trainingRoutes(): OpenAPIHono<Omgeving> {
  const app = new OpenAPIHono<Omgeving>();
  register(
    app,
    lijstRoute,
    { rol: 'regisseur', audit: { actie: 'lezen', entiteit: 'training', doel: 'raadplegen trainingen' } },
    async (c) => {
      const q = c.req.valid('query');
      const lijst = await c.var.store.listTrainingen({ persoonId: q.persoon, soort: q.soort }, venster(q));
      c.set(
        'betrokkenen',
        lijst.items.map((t) => t.persoonId),
      );
      return c.json(lijstAntwoord(c.req.url, q, lijst), 200);
    },
  );
  return app;
}
