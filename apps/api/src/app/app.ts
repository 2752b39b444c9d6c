/** `createApp`: the whole API as one Hono app, for `startServer` or to embed in a gemeente's own server. */
import { OpenAPIHono } from '@hono/zod-openapi';
import { STANDAARD_DATAMAP, standaardDb } from '@netwerkregie/toepassing';
import type { Context } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { analyseRoutes } from '../analyse/index.js';
import { auditRoutes, limitDoel } from '../audit/index.js';
import { contactmomentRoutes } from '../contactmomenten/index.js';
import { exportRoutes } from '../export/index.js';
import { importRoutes } from '../imports/index.js';
import {
  apiVersie,
  beveiliging,
  bodyLimiet,
  geenOpslag,
  routering,
  snelheidslimiet,
  trace,
} from '../middleware/index.js';
import { API_VERSIE, documentRoutes, STANDAARD_CONTACT } from '../openapi/index.js';
import { organisatieRoutes } from '../organisaties/index.js';
import { overlegRoutes } from '../overleggen/index.js';
import { paginaRoutes } from '../paginas/index.js';
import { personenRoutes } from '../personen/index.js';
import { foutAfhandelaar, nietGevonden, validatieProbleem } from '../probleem/index.js';
import { bestandsOpener, StoreRegister } from '../stores/index.js';
import { toegang } from '../toegang/index.js';
import { trainingRoutes } from '../trainingen/index.js';
import type { ApiConfig, Omgeving } from '../types.js';

export type NetwerkregieApp = OpenAPIHono & {
  /** Closes the gemeenten's stores (after the server stopped taking requests). */
  close(): Promise<void>;
  /** The OpenAPI document as served at `/v1/openapi.json`. */
  openapiDocument(): Record<string, unknown>;
};

const defaultHook = (result: { success: boolean; error?: unknown; target: string }) => {
  if (!result.success) throw validatieProbleem((result.error as { issues: [] }).issues, result.target);
};

/** The peer's address from @hono/node-server; behind a proxy, pass `adres` in the config. */
const bronAdres = (c: Context): string =>
  (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress ??
  'onbekend';

export function createApp(config: ApiConfig): NetwerkregieApp {
  if (config.gemeenten.length === 0) throw new Error('createApp: geef ten minste een gemeente.');
  const gemeenten = new Map(config.gemeenten.map((g) => [g.slug, g]));
  const dataMap = config.dataMap ?? STANDAARD_DATAMAP;
  const stores = config.openStore
    ? new StoreRegister(config.openStore)
    : new StoreRegister(bestandsOpener(dataMap), (g) => standaardDb(g.slug, dataMap));
  const limieten = {
    verzoekenPerMinuut: 600,
    uploadBytes: 10 * 1024 * 1024,
    bodyBytes: 1024 * 1024,
    mislukteAanmeldingenPerMinuut: 20,
    ...config.limieten,
  };

  const app = new OpenAPIHono({ defaultHook });
  app.onError(foutAfhandelaar(config.log ? { log: config.log } : {}));
  app.notFound(nietGevonden);
  app.use('*', apiVersie({ versie: API_VERSIE }));
  app.use('*', secureHeaders());
  app.use('/v1/openapi.json', cors({ origin: '*', allowMethods: ['GET', 'HEAD'] }));
  app.use('/v1/gemeenten/*', geenOpslag());
  app.use('/v1/*', trace());
  app.use('*', routering({ routes: () => app.routes, optionsPaden: ['/v1/openapi.json'] }));
  // Before authentication: a huge body is refused on its Content-Length, unread. The upload has its own limit.
  app.use(
    '/v1/*',
    bodyLimiet({
      maxBytes: limieten.bodyBytes,
      uitgezonderd: (c) => c.req.method === 'POST' && /^\/v1\/gemeenten\/[^/]+\/imports$/.test(c.req.path),
    }),
  );
  app.use(
    '/v1/gemeenten/:gemeente/*',
    beveiliging({
      gemeenten,
      stores,
      limiet: limieten.mislukteAanmeldingenPerMinuut,
      adres: config.adres ?? bronAdres,
      ...(config.log ? { log: config.log } : {}),
    }),
  );
  app.use('/v1/gemeenten/:gemeente/*', toegang({ gemeenten, stores }));
  app.use('/v1/gemeenten/:gemeente/*', limitDoel());
  app.use(
    '/v1/gemeenten/:gemeente/*',
    snelheidslimiet({
      limiet: limieten.verzoekenPerMinuut,
      sleutel: (c) => (c.get('toegang') as Omgeving['Variables']['toegang'] | undefined)?.sleutelId,
    }),
  );

  const v1 = new OpenAPIHono<Omgeving>({ defaultHook });
  for (const routes of [
    organisatieRoutes(),
    personenRoutes(),
    overlegRoutes(),
    contactmomentRoutes(),
    trainingRoutes(),
    importRoutes({ uploadBytes: limieten.uploadBytes }),
    analyseRoutes(),
    exportRoutes(),
    auditRoutes(),
  ]) {
    v1.route('/', routes);
  }
  const document = documentRoutes(v1, { contact: config.contact ?? STANDAARD_CONTACT });
  app.route('/v1', v1);
  // The pages for people (start, map, import): outside /v1 and outside the OpenAPI document.
  app.route('/', paginaRoutes({ gemeenten: config.gemeenten }));
  return Object.assign(app, { close: () => stores.close(), openapiDocument: document });
}
