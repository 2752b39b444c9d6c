/** Persons: the list with filters, one person, and search by name (terms in the body, never in the URL). */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Gemeente } from '@netwerkregie/domain';
import type { PersoonFilter } from '@netwerkregie/store';
import { VocabulaireQuery, wijkVanGemeente } from '../filters/index.js';
import {
  DoelQuery,
  GemeenteParams,
  idParams,
  json,
  lijstSchema,
  PersoonKaartSchema,
  register,
} from '../openapi/index.js';
import { lijstJson, PagineringQuery, sorteerQuery, venster } from '../paginering/index.js';
import { Probleem } from '../probleem/index.js';
import type { Omgeving } from '../types.js';
import { avgRoutes } from './avg.js';

const PersoonLijst = lijstSchema(PersoonKaartSchema, 'PersoonLijst', 'Een pagina personen.');
const Sortering = sorteerQuery(['naam', 'email', 'telefoon', 'id'], 'naam');

const lijstRoute = createRoute({
  method: 'get',
  path: '/gemeenten/{gemeente}/personen',
  tags: ['Personen'],
  summary: 'Personen opvragen',
  description:
    'Contactpersonen met hun lidmaatschappen. Criteria op domein, wijk, rol, netwerk en organisatie gelden voor een en hetzelfde lidmaatschap. Een lezer ziet alleen het formele netwerk.',
  request: {
    params: GemeenteParams,
    query: PagineringQuery.extend(VocabulaireQuery.shape).extend(Sortering.shape).extend(DoelQuery.shape),
  },
  responses: { 200: json(PersoonLijst, 'Een pagina personen.') },
});

const eenRoute = createRoute({
  method: 'get',
  path: '/gemeenten/{gemeente}/personen/{id}',
  tags: ['Personen'],
  summary: 'Een persoon opvragen',
  request: { params: idParams('Id van de persoon.'), query: DoelQuery },
  responses: { 200: json(PersoonKaartSchema, 'De persoon.') },
});

const ZoekVraag = z
  .object({
    termen: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .openapi({ description: 'Woorden uit de naam, de organisatie of de functie.', example: 'de vries' }),
  })
  .extend(VocabulaireQuery.pick({ domein: true, wijk: true, rol: true, netwerk: true, organisatie: true }).shape)
  .openapi('ZoekVraag', { description: 'Zoektermen en filters; hoofdletters en accenten tellen niet.' });

const zoekRoute = createRoute({
  method: 'post',
  path: '/gemeenten/{gemeente}/personen/_zoek',
  tags: ['Personen'],
  summary: 'Personen zoeken op naam',
  description:
    'Zoeken op naam, organisatie en functie, ongevoelig voor hoofdletters en accenten. De termen staan in de body, zodat namen niet in URL’s en logbestanden terechtkomen. Een lezer vindt alleen wat in het formele netwerk staat.',
  request: {
    params: GemeenteParams,
    query: PagineringQuery.extend(Sortering.shape).extend(DoelQuery.shape),
    body: { required: true, content: { 'application/json': { schema: ZoekVraag } } },
  },
  responses: { 200: json(PersoonLijst, 'Een pagina gevonden personen.') },
});

type Filters = Partial<Record<'domein' | 'wijk' | 'rol' | 'netwerk' | 'organisatie', string>> & {
  getraind?: boolean | undefined;
  nietGesprokenSinds?: string | undefined;
};

/** The store filter; the store's view (chosen from the key's role) decides what a role sees. */
function filterVan(q: Filters, gemeente: Gemeente): PersoonFilter {
  return {
    domein: q.domein as PersoonFilter['domein'],
    wijk: wijkVanGemeente(gemeente, q.wijk),
    rol: q.rol as PersoonFilter['rol'],
    netwerk: q.netwerk as PersoonFilter['netwerk'],
    organisatieId: q.organisatie,
    getraind: q.getraind,
    nietGesprokenSinds: q.nietGesprokenSinds,
  };
}

export function personenRoutes(): OpenAPIHono<Omgeving> {
  const app = new OpenAPIHono<Omgeving>();
  register(
    app,
    lijstRoute,
    { rol: 'lezer', audit: { actie: 'lezen', entiteit: 'persoon', doel: 'raadplegen contactlijst' } },
    async (c) => {
      const q = c.req.valid('query');
      const lijst = await c.get('store').listPersonen(filterVan(q, c.get('gemeente')), venster(q));
      c.set(
        'betrokkenen',
        lijst.items.map((k) => k.id),
      );
      return lijstJson(c, q, lijst);
    },
  );
  register(
    app,
    zoekRoute,
    { rol: 'lezer', audit: { actie: 'zoeken', entiteit: 'persoon', doel: 'zoeken in contactlijst' } },
    async (c) => {
      const q = c.req.valid('query');
      const { termen, ...filters } = c.req.valid('json');
      const lijst = await c.get('store').searchPersonen(termen, filterVan(filters, c.get('gemeente')), venster(q));
      c.set(
        'betrokkenen',
        lijst.items.map((k) => k.id),
      );
      return lijstJson(c, q, lijst);
    },
  );
  register(
    app,
    eenRoute,
    { rol: 'lezer', audit: { actie: 'lezen', entiteit: 'persoon', doel: 'raadplegen contactpersoon' } },
    async (c) => {
      const kaart = await c.get('store').persoonKaart(c.req.valid('param').id);
      if (!kaart) throw new Probleem(404, 'Deze persoon bestaat niet.');
      return c.json(kaart, 200);
    },
  );
  avgRoutes(app);
  return app;
}
