/** The published OpenAPI document (`/v1/openapi.json`, public, open CORS) and the page at `/v1/docs`. */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Contact, Omgeving } from '../types.js';
import { API_VERSIE, versieKop } from './antwoorden.js';
import { docsPagina, PROBEER_JS } from './docs.js';
import { SECURITY_SCHEME } from './route.js';

export const STANDAARD_CONTACT: Contact = {
  name: 'Netwerkregie',
  url: 'https://netwerkregie.example.org',
  email: 'netwerkregie@example.org',
};

const BESCHRIJVING = `De levende contactlijst van het preventienetwerk van een gemeente: organisaties, contactpersonen,
overleggen, contactmomenten en trainingen, met import, export, netwerkanalyse en AVG-functies.

Elke gemeente heeft haar eigen gegevens onder \`/gemeenten/{gemeente}\`. Een API-sleutel
(\`Authorization: Bearer nr_<gemeente>_...\`) hoort bij een gemeente en heeft een rol: \`lezer\`
(alleen het formele netwerk: alles van het informele netwerk bestaat voor een lezer niet, ook niet
in zoekresultaten, filters en totalen), \`regisseur\` (ook het informele netwerk, contactmomenten,
trainingen en analyse) of \`beheerder\` (ook imports, export, inzage, wissen en audit).
Elk lezen of wijzigen van persoonsgegevens wordt vastgelegd in de audit, met het doel uit de
query \`doel\` of de header \`Doel\`. De snelheidslimiet geldt per sleutel en per instantie.`;

export interface DocumentOpties {
  contact: Contact;
}

export function documentRoutes(v1: OpenAPIHono<Omgeving>, opties: DocumentOpties): () => Record<string, unknown> {
  v1.openAPIRegistry.registerComponent('securitySchemes', SECURITY_SCHEME, {
    type: 'http',
    scheme: 'bearer',
    description: 'API-sleutel van de vorm nr_<gemeente>_<geheim>, aan te vragen bij de beheerder.',
  });
  let document: Record<string, unknown> | undefined;
  const create = () => {
    document ??= v1.getOpenAPIDocument({
      openapi: '3.0.3',
      info: {
        title: 'Netwerkregie API',
        version: API_VERSIE,
        description: BESCHRIJVING,
        contact: { ...opties.contact },
        license: {
          name: 'EUPL-1.2',
          url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12',
        },
      },
      servers: [{ url: '/v1', description: 'Deze server, versie 1.' }],
      tags: [
        { name: 'Organisaties', description: 'Partnerorganisaties.' },
        { name: 'Personen', description: 'Contactpersonen en zoeken.' },
        { name: 'Overleggen', description: 'Overlegstructuren en deelnames.' },
        { name: 'Contactmomenten', description: 'Contact tussen gemeente en partners.' },
        { name: 'Trainingen', description: 'Gevolgde trainingen.' },
        { name: 'Imports', description: 'Contactlijsten inlezen, toepassen en terugdraaien.' },
        { name: 'Analyse', description: 'Gezondheid en structuur van het netwerk.' },
        { name: 'Export', description: 'De contactlijst als bestand.' },
        { name: 'AVG', description: 'Inzage, wissen en audit.' },
        { name: 'API', description: 'Over de API zelf.' },
      ],
    }) as unknown as Record<string, unknown>;
    return document;
  };
  v1.openapi(
    createRoute({
      method: 'get',
      path: '/openapi.json',
      tags: ['API'],
      summary: 'Het OpenAPI-document',
      description: 'Dit document (OpenAPI 3), openbaar en met open CORS.',
      security: [],
      responses: {
        200: {
          description: 'Het OpenAPI-document.',
          headers: {
            ...versieKop,
            'Access-Control-Allow-Origin': { description: 'Open CORS: *.', schema: { type: 'string', example: '*' } },
          },
          content: { 'application/json': { schema: z.object({ openapi: z.string() }).passthrough() } },
        },
      },
    }),
    (c) => c.json(create() as { openapi: string }, 200),
  );
  v1.get('/docs', (c) => {
    c.header(
      'Content-Security-Policy',
      "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'",
    );
    return c.html(docsPagina(create()));
  });
  v1.get('/docs/probeer.js', (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(PROBEER_JS);
  });
  return create;
}
