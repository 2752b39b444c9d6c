/** The confirmation round routes as the OpenAPI document describes them. */
import { createRoute, z } from '@hono/zod-openapi';
import { DoelQuery, fouten, GemeenteParams, idParams, json, versieKop } from '../openapi/index.js';
import { GestarteRondeSchema, RondeSchema, RondeStartSchema, VoortgangSchema } from './_resource.js';

export const startRoute = createRoute({
  method: 'post',
  path: '/gemeenten/{gemeente}/bevestigingsrondes',
  tags: ['Bevestigingsrondes'],
  summary: 'Een bevestigingsronde starten',
  description:
    'Elke formele partner (of die van een domein, wijk of bewaard segment) krijgt een persoonlijke link waarmee de organisatie de eigen gegevens bevestigt of verbetert. De links staan eenmalig in het antwoord; met SMTP ingesteld gaan ze ook per e-mail naar de contactpersoon.',
  request: {
    params: GemeenteParams,
    query: DoelQuery,
    body: { required: false, content: { 'application/json': { schema: RondeStartSchema } } },
  },
  responses: {
    201: {
      ...json(GestarteRondeSchema, 'De ronde en de links.'),
      headers: { ...versieKop, Location: { description: 'Waar de ronde staat.', schema: { type: 'string' } } },
    },
    ...fouten(409),
  },
});

export const lijstRoute = createRoute({
  method: 'get',
  path: '/gemeenten/{gemeente}/bevestigingsrondes',
  tags: ['Bevestigingsrondes'],
  summary: 'Bevestigingsrondes opvragen',
  description: 'Alle rondes, nieuwste eerst.',
  request: { params: GemeenteParams, query: DoelQuery },
  responses: {
    200: json(z.object({ resultaten: z.array(RondeSchema) }).openapi('RondeLijst'), 'De rondes, nieuwste eerst.'),
  },
});

export const voortgangRoute = createRoute({
  method: 'get',
  path: '/gemeenten/{gemeente}/bevestigingsrondes/{id}',
  tags: ['Bevestigingsrondes'],
  summary: 'De voortgang van een ronde',
  description:
    'Per organisatie: openstaand, verzonden, geopend, bevestigd, gecorrigeerd, afgewezen (de beheerder wees de correcties af), verlopen, onbestelbaar of ingetrokken.',
  request: { params: idParams('Id van de ronde.'), query: DoelQuery },
  responses: { 200: json(VoortgangSchema, 'De voortgang.') },
});

export const intrekRoute = createRoute({
  method: 'post',
  path: '/gemeenten/{gemeente}/bevestigingsrondes/{id}/intrekking',
  tags: ['Bevestigingsrondes'],
  summary: 'Links van een ronde intrekken',
  description:
    'Trekt de nog niet beantwoorde links in: alle, of die van één organisatie. Een ingetrokken link geeft 404.',
  request: {
    params: idParams('Id van de ronde.'),
    query: DoelQuery,
    body: {
      required: false,
      content: {
        'application/json': {
          schema: z
            .object({
              organisatie: z
                .string()
                .min(1)
                .max(200)
                .optional()
                .openapi({ description: 'Alleen de link van deze organisatie (id).' }),
            })
            .openapi('RondeIntrekking'),
        },
      },
    },
  },
  responses: {
    200: json(
      z.object({ ingetrokken: z.number().int() }).openapi('RondeIngetrokken'),
      'Hoeveel links zijn ingetrokken.',
    ),
  },
});
