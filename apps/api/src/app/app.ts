/** `createApp`: the whole API as one Hono app, for `startServer` or to embed in a gemeente's own server. */
import { OpenAPIHono } from '@hono/zod-openapi';
import { DEFAULT_DATAMAP, defaultDb } from '@netwerkregie/store';
import { analysewerker, catchUpTrend } from '@netwerkregie/toepassing';
import type { Context } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { analyseRoutes } from '../analyse/index.js';
import { auditRoutes, limitDoel } from '../audit/index.js';
import { bevestigRoutes } from '../bevestigen/index.js';
import { rondeRoutes } from '../bevestigingsrondes/index.js';
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
import { segmentRoutes } from '../segmenten/index.js';
import { bestandsOpener, optiesOpener, StoreRegister } from '../stores/index.js';
import { terugkomdagRoutes } from '../terugkomdagen/index.js';
import { toegang } from '../toegang/index.js';
import { trainingRoutes } from '../trainingen/index.js';
import type { ApiConfig, Omgeving } from '../types.js';

export type NetwerkregieApp = OpenAPIHono & {
  /**
   * For a server, once it listens: keeps the trend of every gemeente whose store changed since its latest
   * trend point (a bundle pending when the server stopped, an import by the command line), and looks
   * again every `trendControleMs`. In the analysis worker, off the event loop.
   */
  start(): Promise<void>;
  /** Closes the gemeenten's stores (after the server stopped taking requests), and the analysis worker if started. */
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
  const dataMap = config.dataMap ?? DEFAULT_DATAMAP;
  const stores = config.openOpties
    ? new StoreRegister(optiesOpener(config.openOpties))
    : config.openStore
      ? new StoreRegister(config.openStore)
      : new StoreRegister(bestandsOpener(dataMap), (g) => defaultDb(g.slug, dataMap));
  const limieten = {
    verzoekenPerMinuut: 600,
    uploadBytes: 10 * 1024 * 1024,
    bodyBytes: 1024 * 1024,
    mislukteAanmeldingenPerMinuut: 20,
    importplanGeldigMs: 7 * 24 * 60 * 60 * 1000,
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
    importRoutes({ uploadBytes: limieten.uploadBytes, planGeldigMs: limieten.importplanGeldigMs }),
    analyseRoutes(),
    terugkomdagRoutes(),
    segmentRoutes(),
    exportRoutes(),
    auditRoutes(),
    rondeRoutes(config.verzend ? { verzend: config.verzend } : {}),
  ]) {
    v1.route('/', routes);
  }
  const document = documentRoutes(v1, { contact: config.contact ?? STANDAARD_CONTACT });
  app.route('/v1', v1);
  // The pages for people (start, map, import): outside /v1 and outside the OpenAPI document.
  app.route('/', paginaRoutes({ gemeenten: config.gemeenten }));
  // The partner's confirmation page: a personal link instead of a key, outside /v1 (no token reaches the API).
  app.route('/', bevestigRoutes({ gemeenten, stores, adres: config.adres ?? bronAdres }));
  const trend = trendWacht(config, stores);
  return Object.assign(app, {
    start: trend.start,
    close: async () => {
      await trend.stop();
      await stores.close();
    },
    openapiDocument: document,
  });
}

/** The server's side of the trend: caught up on start and now and then (see NetwerkregieApp.start). */
function trendWacht(config: ApiConfig, stores: StoreRegister) {
  let timer: ReturnType<typeof setInterval> | undefined;
  const log = config.log ?? console.error;
  const controleer = async () => {
    for (const gemeente of config.gemeenten) {
      try {
        await catchUpTrend(await stores.get(gemeente), gemeente);
      } catch (fout) {
        log(`Trend van ${gemeente.slug} niet bijgewerkt: ${(fout as Error)?.message ?? String(fout)}`);
      }
    }
  };
  return {
    async start() {
      timer ??= setInterval(() => void controleer(), config.trendControleMs ?? 60_000);
      timer.unref();
      // Not awaited: the server answers meanwhile; the worker does the work.
      void controleer();
    },
    async stop() {
      if (!timer) return;
      clearInterval(timer);
      timer = undefined;
      await analysewerker().close();
    },
  };
}
