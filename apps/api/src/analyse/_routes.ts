/** The analysis routes as the OpenAPI document describes them. */
import { createRoute, z } from '@hono/zod-openapi';
import { INDICATOR_IDS } from '@netwerkregie/analysis/schemas';
import { datumQuery } from '../filters/index.js';
import { DoelQuery, GemeenteParams, json } from '../openapi/index.js';
import {
  CentraliteitAntwoordSchema,
  GezondheidAntwoordSchema,
  IntroductieAntwoordSchema,
  NetwerkKaartAntwoordSchema,
  TrendAntwoordSchema,
  WerklijstAntwoordSchema,
} from './_schemas.js';

export const AUDIT = { actie: 'analyseren', entiteit: 'netwerk', doel: 'analyse netwerk' };
const Peildatum = z
  .object({ peildatum: datumQuery('De dag waarvoor de analyse geldt; standaard vandaag.') })
  .extend(DoelQuery.shape);
const route = <Q extends z.ZodObject, S extends z.ZodType>(
  pad: string,
  summary: string,
  description: string,
  query: Q,
  schema: S,
) =>
  createRoute({
    method: 'get',
    path: `/gemeenten/{gemeente}/analyse/${pad}`,
    tags: ['Analyse'],
    summary,
    description,
    request: { params: GemeenteParams, query },
    responses: { 200: json(schema, summary) },
  });

export const gezondheidRoute = route(
  'gezondheid',
  'De gezondheid van het netwerk',
  'De indicatoren van het advies: contactpersonen radicalisering, banden tussen veiligheid en zorg, informeel en formeel, wederkerigheid, kwetsbaarheid, training, wijkdekking, overlegdruk, silo’s en kandidaten voor de netwerkregisseur.',
  Peildatum,
  GezondheidAntwoordSchema,
);
export const werklijstRoute = route(
  'werklijst',
  'De werklijst van de netwerkregisseur',
  'De partners die nu aandacht vragen (lang geen contact, geen contactpersoon, afhankelijk van één persoon), met wie te bellen, en voorstellen wie elkaar moet leren kennen.',
  Peildatum.extend({
    aantal: z.coerce
      .number()
      .int()
      .min(1)
      .max(100)
      .default(10)
      .openapi({ description: 'Aantal partners.', example: 10 }),
    introducties: z.coerce
      .number()
      .int()
      .min(0)
      .max(100)
      .default(20)
      .openapi({ description: 'Aantal voorstellen.', example: 20 }),
  }),
  WerklijstAntwoordSchema,
);
export const centraliteitRoute = route(
  'centraliteit',
  'Centraliteit en structuur',
  'Wie het netwerk bijeenhoudt: de hoogste betweenness en closeness, componenten, gemeenschappen, articulatiepunten en bruggen.',
  Peildatum.extend({
    top: z.coerce
      .number()
      .int()
      .min(1)
      .max(100)
      .default(10)
      .openapi({ description: 'Lengte van de toplijsten.', example: 10 }),
  }),
  CentraliteitAntwoordSchema,
);
export const netwerkRoute = route(
  'netwerk',
  'Het netwerk als knopen en kanten',
  'Personen, organisaties en overleggen met hun banden, voor een kaart. Met posities=true krijgt elke knoop x en y (ForceAtlas2; traag bij grote netwerken).',
  Peildatum.extend({
    posities: z.enum(['true', 'false']).default('false').openapi({ description: 'Posities (x, y) berekenen.' }),
  }),
  NetwerkKaartAntwoordSchema,
);
export const introductieRoute = route(
  'introductie',
  'Wie kan wie voorstellen',
  'De kortste keten van banden tussen twee partijen (persoon, organisatie of overleg, op id) en wie de introductie kan doen.',
  z
    .object({
      van: z
        .string()
        .min(1)
        .max(250)
        .openapi({ description: 'Id van de ene partij (of knoop persoon:<id>).', example: '5f0c6c7e' }),
      naar: z.string().min(1).max(250).openapi({ description: 'Id van de andere partij.', example: '9a51c2f4' }),
    })
    .extend(Peildatum.shape),
  IntroductieAntwoordSchema,
);
export const TREND_AUDIT = { actie: 'lezen', entiteit: 'trend', doel: 'trend netwerk' };
export const trendRoute = route(
  'trend',
  'De trend van de indicatoren',
  'De waarde en status van elke indicator na elke toegepaste import en elk vastgelegd contactmoment, oudste eerst: wordt het netwerk gezonder? Berekend over het hele netwerk, het informele inbegrepen.',
  z
    .object({
      indicator: z.enum(INDICATOR_IDS).optional().openapi({ description: 'Alleen deze indicator.' }),
    })
    .extend(DoelQuery.shape),
  TrendAntwoordSchema,
);
