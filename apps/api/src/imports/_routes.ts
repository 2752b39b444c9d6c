/** The import routes as the OpenAPI document describes them. */
import { createRoute, z } from '@hono/zod-openapi';
import {
  bestand,
  DoelQuery,
  fouten,
  GemeenteParams,
  idParams,
  json,
  lijstSchema,
  versieKop,
} from '../openapi/index.js';
import { PagineringQuery, sorteerQuery } from '../paginering/index.js';
import { ImportKortSchema, ImportSchema, TerugdraaiingSchema } from './_resource.js';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const AUDIT = { entiteit: 'import', doel: 'beheer contactlijst' };

const Upload = z
  .object({
    bestand: z
      .custom<File>((v) => v instanceof File, { error: 'Stuur het bestand mee in het veld bestand.' })
      .openapi({ type: 'string', format: 'binary', description: 'De contactlijst: .xlsx of .csv.' }),
    modus: z
      .enum(['aanvullend', 'volledig'])
      .default('aanvullend')
      .openapi({ description: 'volledig: het bestand is de hele lijst.' }),
    blad: z.string().trim().min(1).max(100).optional().openapi({ description: 'Alleen dit blad van de werkmap.' }),
    voortgang: z
      .string()
      .regex(/^[A-Za-z0-9-]{8,64}$/, { error: 'voortgang: 8 tot 64 letters, cijfers of streepjes.' })
      .optional()
      .openapi({
        description:
          'Een zelfgekozen kenmerk; zolang het plan gemaakt wordt, staat de voortgang onder importvoortgang/{id}.',
        example: '3f2b8c1e-5d4a-4e8f-9b7c-1a2d3e4f5a6b',
      }),
  })
  .openapi('ImportUpload', { description: 'Het bestand en hoe het gelezen wordt.' });

export const uploadRoute = createRoute({
  method: 'post',
  path: '/gemeenten/{gemeente}/imports',
  tags: ['Imports'],
  summary: 'Een contactlijst inlezen (proefrun)',
  description:
    'Leest het bestand en maakt het plan: wat er toegevoegd, gewijzigd en afgewezen zou worden. Er verandert nog niets; pas het plan toe met toepassing.',
  request: {
    params: GemeenteParams,
    query: DoelQuery,
    body: { required: true, content: { 'multipart/form-data': { schema: Upload } } },
  },
  responses: {
    201: {
      ...json(ImportSchema, 'Het plan, bewaard als import met status gepland.'),
      headers: { ...versieKop, Location: { description: 'Waar de import staat.', schema: { type: 'string' } } },
    },
    ...fouten(413, 415),
  },
});

export const lijstRoute = createRoute({
  method: 'get',
  path: '/gemeenten/{gemeente}/imports',
  tags: ['Imports'],
  summary: 'Imports opvragen',
  request: {
    params: GemeenteParams,
    query: PagineringQuery.extend(sorteerQuery(['tijd', 'id', 'bestand', 'status'], '-tijd').shape).extend(
      DoelQuery.shape,
    ),
  },
  responses: {
    200: json(
      lijstSchema(ImportKortSchema, 'ImportLijst', 'Een pagina imports.'),
      'Een pagina imports, nieuwste eerst.',
    ),
  },
});

export const eenRoute = createRoute({
  method: 'get',
  path: '/gemeenten/{gemeente}/imports/{id}',
  tags: ['Imports'],
  summary: 'Een import opvragen',
  request: { params: idParams('Id van de import.'), query: DoelQuery },
  responses: { 200: json(ImportSchema, 'De import.') },
});

export const toepassingRoute = createRoute({
  method: 'post',
  path: '/gemeenten/{gemeente}/imports/{id}/toepassing',
  tags: ['Imports'],
  summary: 'Een geplande import toepassen',
  description:
    'Maakt het plan opnieuw uit het bewaarde bestand en past het in één transactie toe. Met strikt: true wordt niets toegepast zodra een rij is afgewezen.',
  request: {
    params: idParams('Id van de import.'),
    query: DoelQuery,
    body: {
      required: false,
      content: {
        'application/json': {
          schema: z
            .object({ strikt: z.boolean().default(false) })
            .openapi('ImportToepassing', { description: 'Hoe een geplande import wordt toegepast.' }),
        },
      },
    },
  },
  responses: { 200: json(ImportSchema, 'De toegepaste import.'), ...fouten(409) },
});

export const afwijzingRoute = createRoute({
  method: 'post',
  path: '/gemeenten/{gemeente}/imports/{id}/afwijzing',
  tags: ['Imports'],
  summary: 'Een geplande import afwijzen',
  description:
    'Wijst een plan af, zoals de correcties van een partner uit een bevestigingsronde: het wordt nooit toegepast en de contactlijst blijft zoals ze is. In de ronde staat de organisatie dan op afgewezen. Alleen een geplande import (ook een verlopen plan) kan worden afgewezen; anders 409.',
  request: {
    params: idParams('Id van de import.'),
    query: DoelQuery,
    body: {
      required: false,
      content: {
        'application/json': {
          schema: z
            .object({
              reden: z.string().trim().max(200, { error: 'Een reden is hoogstens 200 tekens.' }).optional().openapi({
                description: 'Kort waarom, over het plan (geen gegevens over personen).',
                example: 'Dubbel ingestuurd.',
              }),
            })
            .openapi('ImportAfwijzing', { description: 'Waarom een geplande import wordt afgewezen (optioneel).' }),
        },
      },
    },
  },
  responses: { 200: json(ImportSchema, 'De afgewezen import.'), ...fouten(409) },
});

export const terugdraaiRoute = createRoute({
  method: 'post',
  path: '/gemeenten/{gemeente}/imports/{id}/terugdraaiing',
  tags: ['Imports'],
  summary: 'Een toegepaste import terugdraaien',
  description:
    'Verwijdert wat de import toevoegde en herstelt wat hij wijzigde, behalve velden die later nog gewijzigd zijn (die staan in geweigerd).',
  request: { params: idParams('Id van de import.'), query: DoelQuery },
  responses: { 200: json(TerugdraaiingSchema, 'Wat er is teruggedraaid.'), ...fouten(409) },
});

export const instellingenRoute = createRoute({
  method: 'get',
  path: '/gemeenten/{gemeente}/importinstellingen',
  tags: ['Imports'],
  summary: 'De grenzen van een import',
  description:
    'Hoe groot een bestand mag zijn en hoe lang een plan toegepast kan worden, zodat een pagina dat vooraf kan zeggen.',
  request: { params: GemeenteParams },
  responses: {
    200: json(
      z
        .object({
          maxBytes: z.number().int().openapi({ description: 'Het grootste bestand in bytes.', example: 10485760 }),
          planGeldigMs: z
            .number()
            .int()
            .openapi({ description: 'Hoe lang een plan toegepast kan worden, in milliseconden.', example: 604800000 }),
          planGeldig: z.string().openapi({ description: 'Hetzelfde in woorden.', example: '7 dagen' }),
        })
        .openapi('ImportInstellingen', { description: 'De grenzen van een import.' }),
      'De grenzen.',
    ),
  },
});

export const voortgangRoute = createRoute({
  method: 'get',
  path: '/gemeenten/{gemeente}/importvoortgang/{id}',
  tags: ['Imports'],
  summary: 'Hoe ver het plannen van een upload is',
  description:
    'Voor het kenmerk dat bij de upload in het veld voortgang is meegegeven: lezen (met gelezen bytes), plannen, klaar of mislukt. Alleen de instantie die plant kent het; 404 als het (nog) niet bekend is.',
  request: { params: idParams('Het kenmerk uit het veld voortgang van de upload.') },
  responses: {
    200: json(
      z
        .object({
          fase: z.enum(['lezen', 'plannen', 'klaar', 'mislukt']),
          gelezenBytes: z.number().int(),
          totaalBytes: z.number().int(),
        })
        .openapi('ImportVoortgang', { description: 'Hoe ver het plannen van een upload is.' }),
      'De voortgang.',
    ),
  },
});

export const rapportRoute = createRoute({
  method: 'get',
  path: '/gemeenten/{gemeente}/imports/{id}/foutenrapport',
  tags: ['Imports'],
  summary: 'Het foutenrapport van een import',
  description:
    'Voor een werkmap: een kopie met elke foute cel rood en een toelichting, plus een blad Fouten. Voor CSV: een CSV van de meldingen.',
  request: { params: idParams('Id van de import.'), query: DoelQuery },
  responses: { 200: bestand([XLSX, 'text/csv'], 'Het foutenrapport.'), ...fouten(409) },
});
