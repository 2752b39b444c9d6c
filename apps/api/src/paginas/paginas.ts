/**
 * The pages for people: `/` (how the network is doing), `/werklijst` (whom to call this week),
 * `/kaart` (the network map), `/import` (the steward's flow) and `/organisaties/{id}` (one partner),
 * with their scripts and style sheet under `/paginas/`. The scripts are bundled from npm packages at
 * build time (`scripts/bundel-paginas.mjs` -> `dist/paginas/`) and served from here: no CDN. The
 * pages are not API resources, so they stay out of the OpenAPI document; they call the API with the
 * key the user enters, so they can do nothing the key's role cannot.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type Context, Hono } from 'hono';
import { Probleem } from '../probleem/index.js';
import { type PaginaNaam, paginaHtml } from './_html.js';

/** Scripts from this origin only; the map's layout worker runs from a blob: URL (graphology's ForceAtlas2 worker). */
export const PAGINA_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

export interface PaginaOpties {
  gemeenten: ReadonlyArray<{ slug: string; naam: string }>;
  /** Folder with the bundled scripts; default `dist/paginas` of this package. */
  map?: string;
}

/** `dist/paginas` beside the built `dist/index.js`, or from the sources (tests) two folders up. */
function standaardMap(): string {
  const kandidaten = [new URL('./paginas/', import.meta.url), new URL('../../dist/paginas/', import.meta.url)];
  const gevonden = kandidaten.find((u) => existsSync(fileURLToPath(u)));
  return fileURLToPath(gevonden ?? (kandidaten[0] as URL));
}

export function paginaRoutes(opties: PaginaOpties): Hono {
  const app = new Hono();
  const map = opties.map ?? standaardMap();
  // Set per handler: a `use('*')` here would, once mounted at '/', run for the API's routes too.
  const pagina = (naam: PaginaNaam) => (c: Context) => {
    c.header('Content-Security-Policy', PAGINA_CSP);
    c.header('Cache-Control', 'no-cache');
    return c.html(paginaHtml(naam, opties.gemeenten));
  };
  app.get('/', pagina('start'));
  app.get('/werklijst', pagina('werklijst'));
  app.get('/kaart', pagina('kaart'));
  app.get('/import', pagina('import'));
  app.get('/rondes', pagina('rondes'));
  // The id is read by the page's script from the address; the API says whether it exists.
  app.get('/organisaties/:id{[A-Za-z0-9._~-]{1,200}}', pagina('organisatie'));
  app.get('/paginas/:bestand', async (c) => {
    const bestand = c.req.param('bestand');
    const type = /^[a-z-]+\.(js|css)$/.exec(bestand)?.[1];
    if (!type) throw new Probleem(404, 'Dit bestand bestaat niet.');
    let inhoud: Buffer;
    try {
      inhoud = await readFile(`${map}/${bestand}`);
    } catch {
      throw new Probleem(404, 'Dit bestand bestaat niet; zijn de pagina’s gebouwd (npm run build)?');
    }
    c.header('Content-Type', TYPES[type] ?? 'application/octet-stream');
    c.header('Cache-Control', 'no-cache');
    return c.body(new Uint8Array(inhoud));
  });
  return app;
}
