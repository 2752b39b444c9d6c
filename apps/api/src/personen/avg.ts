/** AVG: inzage (art. 15, everything held about a person) and erasure (art. 17). Beheerder only. */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { type Entiteit, type Lijst, MAX_LIMIET } from '@netwerkregie/store';
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
  registreer,
  TrainingSchema,
} from '../openapi/index.js';
import { Probleem } from '../probleem/index.js';
import type { Omgeving } from '../types.js';

/** Every page of a list, not the first 1,000 rows: an inzage must be complete. */
async function alles<T>(lees: (pagina: { offset: number; limiet: number }) => Promise<Lijst<T>>): Promise<T[]> {
  const uit: T[] = [];
  for (;;) {
    const { items, totaal } = await lees({ offset: uit.length, limiet: MAX_LIMIET });
    uit.push(...items);
    if (items.length === 0 || uit.length >= totaal) return uit;
  }
}

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
  registreer(
    app,
    inzageRoute,
    { rol: 'beheerder', audit: { actie: 'inzage', entiteit: 'persoon', doel: 'inzageverzoek AVG' } },
    async (c) => {
      const store = c.var.store;
      const id = c.req.valid('param').id;
      const persoon = await store.persoonKaart(id);
      if (!persoon) throw new Probleem(404, 'Deze persoon bestaat niet.');
      const [trainingen, contactmomenten, momentopname, audit] = await Promise.all([
        alles((p) => store.listTrainingen({ persoonId: id }, p)),
        alles((p) => store.listContactmomenten({ persoonId: id }, p)),
        store.momentopname(c.var.gemeente),
        alles((p) => store.listAudit({ betrokkene: id }, p)),
      ]);
      const overlegNaam = new Map(momentopname.overleggen.map((o) => [o.id, o.naam]));
      const deelnames = momentopname.deelnames
        .filter((d) => d.persoonId === id)
        .map((d) => ({ ...d, overlegNaam: overlegNaam.get(d.overlegId) ?? null }));
      const relaties = momentopname.relaties.filter((r) => r.entiteit === 'persoon' && (r.van === id || r.naar === id));
      const over: Array<[Entiteit, string]> = [
        ['persoon', id],
        ...persoon.lidmaatschappen.map((l): [Entiteit, string] => ['lidmaatschap', l.id]),
        ...trainingen.map((t): [Entiteit, string] => ['training', t.id]),
        ...contactmomenten.map((m): [Entiteit, string] => ['contactmoment', m.id]),
        ...deelnames.map((d): [Entiteit, string] => ['deelname', d.id]),
        ...relaties.map((r): [Entiteit, string] => ['relatie', r.id]),
      ];
      const historie = (
        await Promise.all(over.map(([entiteit, entiteitId]) => store.historie({ entiteit, entiteitId })))
      )
        .flat()
        .sort((a, b) => a.id - b.id);
      return c.json(
        {
          persoon,
          trainingen,
          contactmomenten,
          deelnames,
          relaties,
          historie,
          audit,
          verwerkingsactiviteiten: Object.values(c.var.gemeente.verwerkingsactiviteiten).filter((v) =>
            audit.some((a) => a.verwerking === v.id),
          ),
        },
        200,
      );
    },
  );
  // wisPersoon writes its own audit row (actie wissen), so this route adds none: exactly one per call.
  registreer(app, wisRoute, { rol: 'beheerder' }, async (c) => {
    const gewist = await c.var.store.wisPersoon(c.req.valid('param').id, {
      actor: c.var.toegang.sleutelId,
      doel: gevraagdDoel(c) ?? 'verzoek tot wissen (AVG art. 17)',
    });
    if (!gewist) throw new Probleem(404, 'Deze persoon bestaat niet.');
    return c.body(null, 204);
  });
}
