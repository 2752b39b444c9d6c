/** The confirmation round routes as the OpenAPI document describes them. */
import { createRoute, z } from '@hono/zod-openapi';
import { DOMEINEN } from '@netwerkregie/domain';
import { DoelQuery, fouten, GemeenteParams, idParams, json, versieKop } from '../openapi/index.js';

const STATUSSEN = [
  'openstaand',
  'verzonden',
  'geopend',
  'bevestigd',
  'gecorrigeerd',
  'verlopen',
  'onbestelbaar',
  'ingetrokken',
] as const;

const Tijd = z.string().openapi({ format: 'date-time', example: '2026-03-01T09:00:00.000Z' });
const Dag = z.string().openapi({ format: 'date', example: '2026-03-31' });

export const RondeSelectieSchema = z
  .object({
    domein: z.enum(DOMEINEN).optional().openapi({ description: 'Alleen formele partners van dit domein.' }),
    wijk: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .optional()
      .openapi({ description: 'Alleen formele partners in deze wijk.' }),
    segment: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .optional()
      .openapi({ description: 'Een bewaard segment (nog niet beschikbaar: geeft 400).' }),
  })
  .openapi('RondeSelectie', { description: 'Welke formele partners de ronde uitnodigt; leeg: allemaal.' });

export const RondeStartSchema = RondeSelectieSchema.extend({
  geldigDagen: z
    .number()
    .int()
    .min(1)
    .max(365)
    .optional()
    .openapi({ description: 'Hoeveel dagen een link werkt; standaard uit de configuratie van de gemeente (30).' }),
}).openapi('RondeStart', { description: 'Een bevestigingsronde starten.' });

export const RondeSchema = z
  .object({
    id: z.string(),
    gestart: Tijd,
    actor: z.string().openapi({ description: 'Wie de ronde startte (id van de API-sleutel).' }),
    geldigTot: Dag,
    selectie: RondeSelectieSchema,
  })
  .openapi('Ronde', { description: 'Een bevestigingsronde.' });

export const RondeLinkSchema = z
  .object({
    organisatie: z.string().openapi({ description: 'Id van de organisatie.' }),
    naam: z.string(),
    link: z.string().openapi({ description: 'De persoonlijke link; alleen nu te zien, de gemeente bewaart hem niet.' }),
    verloopt: Dag,
  })
  .openapi('RondeLink');

export const GestarteRondeSchema = z
  .object({
    ronde: RondeSchema,
    links: z.array(RondeLinkSchema),
    verzonden: z
      .number()
      .int()
      .openapi({ description: 'Hoeveel berichten per e-mail zijn verstuurd (0 zonder SMTP).' }),
  })
  .openapi('GestarteRonde', { description: 'De ronde en de links, eenmalig.' });

export const RondeRegelSchema = z
  .object({
    organisatie: z.string().openapi({ description: 'Id van de organisatie.' }),
    naam: z.string(),
    status: z.enum(STATUSSEN),
    verloopt: Dag,
    verzonden: Tijd.nullable(),
    geopend: Tijd.nullable(),
    beantwoord: Tijd.nullable(),
    herinnerd: Tijd.nullable(),
    import: z
      .string()
      .nullable()
      .openapi({ description: 'Id van de geplande import met de correcties, voor de beheerder.' }),
  })
  .openapi('RondeRegel');

export const VoortgangSchema = z
  .object({
    ronde: RondeSchema,
    totalen: z.record(z.enum(STATUSSEN), z.number().int()).openapi({ description: 'Aantal organisaties per status.' }),
    organisaties: z.array(RondeRegelSchema),
  })
  .openapi('RondeVoortgang', { description: 'Hoe ver elke organisatie is.' });

export const startRoute = createRoute({
  method: 'post',
  path: '/gemeenten/{gemeente}/bevestigingsrondes',
  tags: ['Bevestigingsrondes'],
  summary: 'Een bevestigingsronde starten',
  description:
    'Elke formele partner (of die van een domein of wijk) krijgt een persoonlijke link waarmee de organisatie de eigen gegevens bevestigt of verbetert. De links staan eenmalig in het antwoord; met SMTP ingesteld gaan ze ook per e-mail naar de contactpersoon.',
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
    'Per organisatie: verzonden, geopend, bevestigd, gecorrigeerd, openstaand, verlopen, onbestelbaar of ingetrokken.',
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
