/** The pages as HTTP resources: served in Dutch with a strict CSP, outside the OpenAPI document, no leak into the API. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, type Fixture, createFixture } from '../_test/fixture.js';
import { PAGINA_CSP, paginaRoutes } from './paginas.js';

let f: Fixture;
beforeAll(async () => {
  f = await createFixture();
});
afterAll(() => f.opruimen());

describe('pages', () => {
  it('serves /, /kaart and /import as Dutch HTML with a CSP that allows only own scripts', async () => {
    for (const [pad, script] of [
      ['/', 'start'],
      ['/kaart', 'kaart'],
      ['/import', 'import'],
    ] as const) {
      const res = await f.request(pad, { sleutel: null });
      expect(res.status, pad).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/unsafe-(inline|eval)|https?:/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const html = await res.text();
      expect(html).toContain('<html lang="nl">');
      expect(html).toContain(`<script type="module" src="/paginas/${script}.js"></script>`);
      expect(html).not.toMatch(/<script>|https?:\/\/(?!www\.w3\.org)/);
    }
  });

  it('stays out of the OpenAPI document and leaves the API responses alone', async () => {
    const doc = (await (await f.request('/v1/openapi.json', { sleutel: null })).json()) as { paths: object };
    expect(Object.keys(doc.paths).filter((p) => !p.startsWith('/gemeenten/') && !p.startsWith('/openapi'))).toEqual([]);
    const api = await f.request(`${A}/organisaties`);
    expect(api.status).toBe(200);
    expect(api.headers.get('content-security-policy')).toBeNull();
  });

  it('serves bundled scripts and styles with their types, and 404 for anything else', async () => {
    const map = await mkdtemp(join(tmpdir(), 'netwerkregie-paginas-'));
    try {
      await writeFile(join(map, 'kaart.js'), 'export {};');
      await writeFile(join(map, 'stijl.css'), 'body{}');
      const app = paginaRoutes({ gemeenten: [{ slug: 'almere', naam: 'Almere' }], map });
      const js = await app.request('/paginas/kaart.js');
      expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect((await app.request('/paginas/stijl.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
      expect((await app.request('/kaart')).headers.get('content-security-policy')).toBe(PAGINA_CSP);
      const onbekend = await f.request('/paginas/..%2Fpackage.json', { sleutel: null });
      expect(onbekend.status).toBe(404);
      expect((await f.request('/paginas/bestaat-niet.js', { sleutel: null })).status).toBe(404);
      expect((await f.request('/kaart/', { sleutel: null })).status).toBe(404);
    } finally {
      await rm(map, { recursive: true, force: true });
    }
  });
});
