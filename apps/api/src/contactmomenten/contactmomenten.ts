/** Contact moments: the network director reads them and logs new ones (reciprocity, §2.4 of the advice). */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { AANLEIDINGEN, INITIATIEVEN, KANALEN } from '@netwerkregie/domain';
import { saveTrendBatched, recordContactmoment } from '@netwerkregie/toepassing';
import { DatumInvoer, datumQuery } from '../filters/index.js';
import {
  ContactmomentSchema,
  DoelQuery,
  GemeenteParams,
  idParams,
  json,
  lijstSchema,
  register,
  versieKop,
} from '../openapi/index.js';
import { lijstAntwoord, PagineringQuery, sorteerQuery, venster } from '../paginering/index.js';
import { Probleem } from '../probleem/index.js';
import type { Omgeving } from '../types.js';

const Filter = z.object({
  organisatie: z.string().min(1).max(200).optional().openapi({ description: 'Alleen met deze organisatie (id).' }),
  persoon: z.string().min(1).max(200).optional().openapi({ description: 'Alleen met deze persoon (id).' }),
  vanaf: datumQuery('Op of na deze datum.'),
  tot: datumQuery('Voor deze datum.'),
});

const lijstRoute = createRoute({
  method: 'get',
  path: '/gemeenten/{gemeente}/contactmomenten',
  tags: ['Contactmomenten'],
  summary: 'Contactmomenten opvragen',
  description: 'Contactmomenten, nieuwste eerst.',
  request: {
    params: GemeenteParams,
    query: PagineringQuery.extend(Filter.shape)
      .extend(sorteerQuery(['datum', 'kanaal', 'aanleiding', 'initiatief', 'id'], '-datum').shape)
      .extend(DoelQuery.shape),
  },
  responses: {
    200: json(
      lijstSchema(ContactmomentSchema, 'ContactmomentLijst', 'Een pagina contactmomenten.'),
      'Een pagina contactmomenten.',
    ),
  },
});

const ContactmomentInvoer = z
  .object({
    organisatieId: z.string().min(1).max(200).openapi({ description: 'De organisatie waarmee contact was.' }),
    persoonId: z
      .string()
      .min(1)
      .max(200)
      .nullable()
      .default(null)
      .openapi({ description: 'De persoon, als het om één persoon ging.' }),
    datum: DatumInvoer,
    kanaal: z.enum(KANALEN, { error: `Onbekend kanaal; kies uit ${KANALEN.join(', ')}.` }),
    aanleiding: z.enum(AANLEIDINGEN, { error: 'Aanleiding is regulier of signaal.' }),
    initiatief: z.enum(INITIATIEVEN, { error: 'Initiatief is gemeente of partner.' }),
  })
  .openapi('ContactmomentInvoer', { description: 'Een nieuw contactmoment.' });

const nieuwRoute = createRoute({
  method: 'post',
  path: '/gemeenten/{gemeente}/contactmomenten',
  tags: ['Contactmomenten'],
  summary: 'Een contactmoment vastleggen',
  request: {
    params: GemeenteParams,
    query: DoelQuery,
    body: { required: true, content: { 'application/json': { schema: ContactmomentInvoer } } },
  },
  responses: {
    201: {
      ...json(ContactmomentSchema, 'Vastgelegd.'),
      headers: { ...versieKop, Location: { description: 'Waar het contactmoment staat.', schema: { type: 'string' } } },
    },
  },
});

const eenRoute = createRoute({
  method: 'get',
  path: '/gemeenten/{gemeente}/contactmomenten/{id}',
  tags: ['Contactmomenten'],
  summary: 'Een contactmoment opvragen',
  request: { params: idParams('Id van het contactmoment.'), query: DoelQuery },
  responses: { 200: json(ContactmomentSchema, 'Het contactmoment.') },
});

export function contactmomentRoutes(): OpenAPIHono<Omgeving> {
  const app = new OpenAPIHono<Omgeving>();
  register(
    app,
    lijstRoute,
    { rol: 'regisseur', audit: { actie: 'lezen', entiteit: 'contactmoment', doel: 'raadplegen contactmomenten' } },
    async (c) => {
      const q = c.req.valid('query');
      const filter = { organisatieId: q.organisatie, persoonId: q.persoon, vanaf: q.vanaf, tot: q.tot };
      const lijst = await c.var.store.listContactmomenten(filter, venster(q));
      c.set(
        'betrokkenen',
        lijst.items.flatMap((m) => (m.persoonId ? [m.persoonId] : [])),
      );
      return c.json(lijstAntwoord(c.req.url, q, lijst), 200);
    },
  );
  register(
    app,
    nieuwRoute,
    { rol: 'regisseur', audit: { actie: 'aanmaken', entiteit: 'contactmoment', doel: 'vastleggen contactmoment' } },
    async (c) => {
      const moment = await recordContactmoment(c.var.store, c.var.gemeente, c.req.valid('json'), {
        actor: c.var.toegang.sleutelId,
        trend: saveTrendBatched,
      });
      c.set('auditId', moment.id);
      if (moment.persoonId) c.set('betrokkenen', [moment.persoonId]);
      c.header('Location', `${c.req.path}/${moment.id}`);
      return c.json(moment, 201);
    },
  );
  register(
    app,
    eenRoute,
    { rol: 'regisseur', audit: { actie: 'lezen', entiteit: 'contactmoment', doel: 'raadplegen contactmomenten' } },
    async (c) => {
      const moment = await c.var.store.contactmoment(c.req.valid('param').id);
      if (!moment) throw new Probleem(404, 'Dit contactmoment bestaat niet.');
      if (moment.persoonId) c.set('betrokkenen', [moment.persoonId]);
      return c.json(moment, 200);
    },
  );
  return app;
}
