/**
 * Segments (§2.5, reciprocity): saved selections of the network the regisseur shares information with
 * when there is no crisis. A regisseur or beheerder makes and removes them; every role reads them and
 * their members, a lezer through the formal view (formal persons only). Reading members or exporting
 * them is a read of personal data: audited, with the persons named.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  createSegment,
  deleteSegment,
  exportLeden,
  listSegmenten,
  readSegment,
  SEGMENT_FORMATEN,
  segmentLeden,
} from '@netwerkregie/toepassing';
import { datumQuery } from '../filters/index.js';
import { bijlage } from '../imports/_bestanden.js';
import {
  bestand,
  DoelQuery,
  GemeenteParams,
  idParams,
  json,
  leeg,
  lijstSchema,
  register,
  versieKop,
} from '../openapi/index.js';
import { lijstAntwoord, PagineringQuery, sorteerQuery, venster } from '../paginering/index.js';
import type { Omgeving } from '../types.js';
import { SegmentInvoerSchema, SegmentLedenSchema, SegmentSchema } from './_schemas.js';

const TAG = ['Segmenten'];
const Params = idParams('Id van het segment.');
const Peildatum = z.object({ peildatum: datumQuery('De dag waarop iemand lid moet zijn; standaard vandaag.') });

const lijstRoute = createRoute({
  method: 'get',
  path: '/gemeenten/{gemeente}/segmenten',
  tags: TAG,
  summary: 'Segmenten opvragen',
  description: 'De bewaarde selecties uit het netwerk, op naam.',
  request: { params: GemeenteParams, query: PagineringQuery.extend(sorteerQuery(['naam', 'id'], 'naam').shape) },
  responses: {
    200: json(lijstSchema(SegmentSchema, 'SegmentLijst', 'Een pagina segmenten.'), 'Een pagina segmenten.'),
  },
});

const nieuwRoute = createRoute({
  method: 'post',
  path: '/gemeenten/{gemeente}/segmenten',
  tags: TAG,
  summary: 'Een segment bewaren',
  description:
    'Een selectie op domein, wijk, rol, overleg en netwerk. Een wijk die niet van de gemeente is of een overleg dat niet bestaat is 400.',
  request: {
    params: GemeenteParams,
    body: { required: true, content: { 'application/json': { schema: SegmentInvoerSchema } } },
  },
  responses: {
    201: {
      ...json(SegmentSchema, 'Bewaard.'),
      headers: { ...versieKop, Location: { description: 'Waar het segment staat.', schema: { type: 'string' } } },
    },
  },
});

const eenRoute = createRoute({
  method: 'get',
  path: '/gemeenten/{gemeente}/segmenten/{id}',
  tags: TAG,
  summary: 'Een segment opvragen',
  request: { params: Params },
  responses: { 200: json(SegmentSchema, 'Het segment.') },
});

const verwijderRoute = createRoute({
  method: 'delete',
  path: '/gemeenten/{gemeente}/segmenten/{id}',
  tags: TAG,
  summary: 'Een segment verwijderen',
  description: 'Verwijdert de selectie; de leden zelf blijven.',
  request: { params: Params },
  responses: { 204: leeg('Verwijderd.') },
});

const ledenRoute = createRoute({
  method: 'get',
  path: '/gemeenten/{gemeente}/segmenten/{id}/leden',
  tags: TAG,
  summary: 'De leden van een segment',
  description: 'Wie op de peildatum lid is, op naam. Een lezer ziet alleen personen uit het formele netwerk.',
  request: { params: Params, query: Peildatum.extend(DoelQuery.shape) },
  responses: { 200: json(SegmentLedenSchema, 'De leden.') },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/gemeenten/{gemeente}/segmenten/{id}/export',
  tags: TAG,
  summary: 'De leden van een segment exporteren',
  description:
    'csv: voor Nederlandse Excel (UTF-8 met BOM, puntkomma, één regel per persoon, formules onschadelijk gemaakt). vcard: vCard 4.0 voor het adresboek. mailto: een text/uri-list met één mailto:-adres (alle adressen in bcc) en een commentaarregel met wie geen e-mailadres heeft.',
  request: {
    params: Params,
    query: z
      .object({
        formaat: z
          .enum(SEGMENT_FORMATEN)
          .default('csv')
          .openapi({ description: 'Het bestandsformaat; standaard csv.', example: 'csv' }),
      })
      .extend(Peildatum.shape)
      .extend(DoelQuery.shape),
  },
  responses: { 200: bestand(['text/csv', 'text/vcard', 'text/uri-list'], 'Het bestand.') },
});

const LEZEN = { actie: 'lezen', entiteit: 'segment', doel: 'raadplegen segment' };

export function segmentRoutes(): OpenAPIHono<Omgeving> {
  const app = new OpenAPIHono<Omgeving>();
  register(app, lijstRoute, { rol: 'lezer' }, async (c) => {
    const q = c.req.valid('query');
    return c.json(lijstAntwoord(c.req.url, q, await listSegmenten(c.var.store, venster(q))), 200);
  });

  register(
    app,
    nieuwRoute,
    { rol: 'regisseur', audit: { actie: 'aanmaken', entiteit: 'segment', doel: 'bewaren segment' } },
    async (c) => {
      const segment = await createSegment(c.var.store, c.var.gemeente, c.req.valid('json'), {
        actor: c.var.toegang.sleutelId,
      });
      c.set('auditId', segment.id);
      c.header('Location', `${c.req.path}/${segment.id}`);
      return c.json(segment, 201);
    },
  );

  register(app, eenRoute, { rol: 'lezer' }, async (c) =>
    c.json(await readSegment(c.var.store, c.req.valid('param').id), 200),
  );

  register(
    app,
    verwijderRoute,
    { rol: 'regisseur', audit: { actie: 'verwijderen', entiteit: 'segment', doel: 'verwijderen segment' } },
    async (c) => {
      await deleteSegment(c.var.store, c.req.valid('param').id, { actor: c.var.toegang.sleutelId });
      return c.body(null, 204);
    },
  );

  register(app, ledenRoute, { rol: 'lezer', audit: LEZEN }, async (c) => {
    const { segment, peildatum, leden } = await segmentLeden(
      c.var.store,
      c.var.gemeente,
      c.req.valid('param').id,
      c.req.valid('query').peildatum,
    );
    c.set(
      'betrokkenen',
      leden.map((l) => l.id),
    );
    return c.json({ segment, peildatum, totaal: leden.length, leden }, 200);
  });

  register(
    app,
    exportRoute,
    { rol: 'lezer', audit: { actie: 'exporteren', entiteit: 'segment', doel: 'export segment' } },
    async (c) => {
      const q = c.req.valid('query');
      const { segment, peildatum, leden } = await segmentLeden(
        c.var.store,
        c.var.gemeente,
        c.req.valid('param').id,
        q.peildatum,
      );
      c.set(
        'betrokkenen',
        leden.map((l) => l.id),
      );
      const uit = exportLeden(leden, q.formaat);
      const naam =
        segment.naam
          .replace(/[^\p{L}\p{N}]+/gu, '-')
          .replace(/^-|-$/g, '')
          .toLowerCase() || 'segment';
      c.header('Content-Type', uit.mediatype);
      c.header('Content-Disposition', bijlage(`segment-${naam}-${peildatum}.${uit.extensie}`));
      return c.body(uit.inhoud, 200);
    },
  );
  return app;
}
