/** AVG: inzage (art. 15, everything held about a person) and erasure (art. 17). Beheerder only. */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { inzage, erasePersoon } from '@netwerkregie/toepassing';
import { gevraagdDoel } from '../audit/index.js';
import {
  AuditRegelSchema,
  ContactmomentSchema,
  DeelnameSchema,
  DoelQuery,
  HistorieRegelSchema,
  idParams,
  json,
  leeg,
  PersoonMetLidmaatschappenSchema,
  register,
  TrainingSchema,
} from '../openapi/index.js';
import type { Omgeving } from '../types.js';

const InzageSchema = z
  .object({
    persoon: PersoonMetLidmaatschappenSchema,
    trainingen: z.array(TrainingSchema),
    contactmomenten: z.array(ContactmomentSchema),
    deelnames: z.array(DeelnameSchema.extend({ overlegNaam: z.string().nullable() })),
    relaties: z.array(
      z
        .object({ id: z.string(), entiteit: z.string(), van: z.string(), naar: z.string(), soort: z.string() })
        .openapi('Relatie'),
    ),
    historie: z.array(HistorieRegelSchema),
    audit: z.array(AuditRegelSchema).openapi({
      description:
        'Elke verwerking over of met de persoon: ook lijsten, zoekopdrachten, exports en analyses waarin de persoon voorkwam.',
    }),
    verwerkingsactiviteiten: z
      .array(
        z
          .object({ id: z.string(), naam: z.string(), doel: z.string(), grondslag: z.string() })
          .openapi('Verwerkingsactiviteit'),
      )
      .openapi({ description: 'De verwerkingsactiviteiten uit het register waaronder de audit hierboven valt.' }),
  })
  .openapi('Inzage', { description: 'Alles wat over de persoon is vastgelegd, met de historie en de audit.' });

const inzageRoute = createRoute({
  method: 'get',
  path: '/gemeenten/{gemeente}/personen/{id}/inzage',
  tags: ['AVG'],
  summary: 'Inzage in alles over een persoon',
  description:
    'Voor een verzoek om inzage (AVG art. 15): de persoon, lidmaatschappen, trainingen, contactmomenten, deelnames, relaties, historie en audit.',
  request: { params: idParams('Id van de persoon.'), query: DoelQuery },
  responses: { 200: json(InzageSchema, 'Alles over de persoon.') },
});

const wisRoute = createRoute({
  method: 'delete',
  path: '/gemeenten/{gemeente}/personen/{id}',
  tags: ['AVG'],
  summary: 'Een persoon wissen',
  description:
    'Wist de persoon (AVG art. 17) met lidmaatschappen, trainingen, deelnames en relaties; naam, e-mail en telefoon verdwijnen ook uit historie en vrije tekst. Contactmomenten blijven bij de organisatie, zonder persoon.',
  request: { params: idParams('Id van de persoon.'), query: DoelQuery },
  responses: { 204: leeg('Gewist.') },
});

export function avgRoutes(app: OpenAPIHono<Omgeving>): void {
  register(
    app,
    inzageRoute,
    { rol: 'beheerder', audit: { actie: 'inzage', entiteit: 'persoon', doel: 'inzageverzoek AVG' } },
    async (c) => c.json(await inzage(c.var.store, c.var.gemeente, c.req.valid('param').id), 200),
  );
  // wisPersoon writes its own audit row (actie wissen), so this route adds none: exactly one per call.
  register(app, wisRoute, { rol: 'beheerder' }, async (c) => {
    // An unknown person is a ToepassingFout persoon.onbekend: 404 (probleem/fouten.ts).
    await erasePersoon(c.var.store, c.req.valid('param').id, {
      actor: c.var.toegang.sleutelId,
      doel: gevraagdDoel(c) ?? 'verzoek tot wissen (AVG art. 17)',
    });
    return c.body(null, 204);
  });
}
