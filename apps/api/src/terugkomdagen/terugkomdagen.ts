/**
 * Refresher days due (§4, terugkomdagen): the whole list beside the other analyses, and one
 * organisation's for its page. Training dates are the regisseur's data (as `/trainingen`), so
 * both routes are regisseur and up, and audited: they name persons.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { TerugkomdagenSchema, TerugkomdagOrganisatieSchema } from '@netwerkregie/analysis/schemas';
import { analysePakket } from '../_pakketten.js';
import { datumQuery } from '../filters/index.js';
import { DoelQuery, GemeenteParams, idParams, json, register } from '../openapi/index.js';
import { Probleem } from '../probleem/index.js';
import type { Omgeving } from '../types.js';

const Query = z
  .object({ peildatum: datumQuery('De dag waarvoor de lijst geldt; standaard vandaag.') })
  .extend(DoelQuery.shape);

// Clones, named here: see analyse/_schemas.ts for why.
const Organisatie = TerugkomdagOrganisatieSchema.clone().openapi('TerugkomdagOrganisatie', {
  description: 'De leden van een organisatie die een terugkomdag nodig hebben.',
});
export const TerugkomdagenAntwoordSchema = TerugkomdagenSchema.extend({ organisaties: z.array(Organisatie) }).openapi(
  'Terugkomdagen',
  { description: 'Wie langer dan de termijn van de gemeente geleden voor het laatst getraind is, per organisatie.' },
);
export const OrganisatieTerugkomdagenSchema = TerugkomdagenSchema.omit({ organisaties: true })
  .extend(Organisatie.shape)
  .openapi('OrganisatieTerugkomdagen', {
    description: 'Wie bij deze organisatie een terugkomdag nodig heeft; personen is leeg als niemand.',
  });

const UITLEG =
  'Na de basistraining houden terugkomdagen de kennis op peil (§4). Wie voor de grens (de peildatum min terugkomdagTermijnMaanden van de gemeente, standaard 24) voor het laatst getraind is, staat op de lijst; een training zonder datum telt niet mee.';

const lijstRoute = createRoute({
  method: 'get',
  path: '/gemeenten/{gemeente}/analyse/terugkomdagen',
  tags: ['Analyse'],
  summary: 'Wie een terugkomdag nodig heeft',
  description: `Per organisatie de leden die langer dan de termijn geleden getraind zijn. ${UITLEG}`,
  request: { params: GemeenteParams, query: Query },
  responses: { 200: json(TerugkomdagenAntwoordSchema, 'Wie een terugkomdag nodig heeft.') },
});

const organisatieRoute = createRoute({
  method: 'get',
  path: '/gemeenten/{gemeente}/organisaties/{id}/terugkomdagen',
  tags: ['Organisaties'],
  summary: 'Terugkomdagen van een organisatie',
  description: `De leden van deze organisatie die een terugkomdag nodig hebben. ${UITLEG}`,
  request: { params: idParams('Id van de organisatie.'), query: Query },
  responses: { 200: json(OrganisatieTerugkomdagenSchema, 'Wie bij deze organisatie een terugkomdag nodig heeft.') },
});

const AUDIT = { actie: 'lezen', entiteit: 'training', doel: 'terugkomdagen plannen' };

export function terugkomdagRoutes(): OpenAPIHono<Omgeving> {
  const app = new OpenAPIHono<Omgeving>();
  register(app, lijstRoute, { rol: 'regisseur', audit: AUDIT }, async (c) => {
    const { terugkomdagen } = await analysePakket();
    const m = await c.var.store.momentopname(c.var.gemeente, c.req.valid('query').peildatum);
    const lijst = terugkomdagen(m);
    c.set(
      'betrokkenen',
      lijst.organisaties.flatMap((o) => o.personen.map((p) => p.persoon.slice('persoon:'.length))),
    );
    return c.json(lijst, 200);
  });

  register(app, organisatieRoute, { rol: 'regisseur', audit: AUDIT }, async (c) => {
    const { terugkomdagen } = await analysePakket();
    const id = c.req.valid('param').id;
    const m = await c.var.store.momentopname(c.var.gemeente, c.req.valid('query').peildatum);
    const { organisaties, ...rest } = terugkomdagen(m, { organisatie: id });
    const organisatie = organisaties[0];
    if (!organisatie) throw new Probleem(404, 'Deze organisatie bestaat niet.');
    c.set(
      'betrokkenen',
      organisatie.personen.map((p) => p.persoon.slice('persoon:'.length)),
    );
    return c.json({ ...rest, ...organisatie }, 200);
  });
  return app;
}
