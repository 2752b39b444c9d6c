import { Script } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, ALMERE, createFixture, type Fixture, ID } from '../_test/fixture.js';
import { createApp } from './app.js';

let f: Fixture;
beforeAll(async () => {
  f = await createFixture();
});
afterAll(() => f.opruimen());

async function probleem(res: Response) {
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = (await res.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ status: res.status, title: expect.any(String), detail: expect.any(String) });
  return body;
}

describe('rules of the road (NL API Design Rules)', () => {
  it('answers a trailing slash with 404, never a redirect', async () => {
    for (const pad of [`${A}/organisaties/`, '/v1/openapi.json/', '/v1/']) {
      const res = await f.request(pad);
      expect(res.status, pad).toBe(404);
      expect(res.headers.get('location')).toBeNull();
      await probleem(res);
    }
  });

  it('answers an unsupported method with 405 and Allow, before authentication', async () => {
    const res = await f.request(`${A}/organisaties`, { method: 'PUT', sleutel: null });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    await probleem(res);
    const contact = await f.request(`${A}/contactmomenten`, { method: 'DELETE' });
    expect(contact.status).toBe(405);
    expect(contact.headers.get('allow')).toBe('GET, HEAD, POST');
    const openapi = await f.request('/v1/openapi.json', { method: 'POST', sleutel: null });
    expect(openapi.status).toBe(405);
  });

  it('sets API-Version on every response: success, refusal, error', async () => {
    for (const [pad, sleutel] of [
      [`${A}/organisaties`, f.sleutels.lezer],
      [`${A}/organisaties`, null],
      ['/v1/bestaat-niet', null],
      ['/v1/openapi.json', null],
    ] as const) {
      const res = await f.request(pad, { sleutel });
      expect(res.headers.get('api-version'), pad).toBe('1.0.0');
    }
  });

  it('serves openapi.json publicly with open CORS, preflight included', async () => {
    const res = await f.request('/v1/openapi.json', {
      sleutel: null,
      headers: { Origin: 'https://elders.example.org' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(((await res.json()) as { openapi: string }).openapi).toMatch(/^3\.\d+\.\d+$/);
    const preflight = await f.request('/v1/openapi.json', {
      method: 'OPTIONS',
      sleutel: null,
      headers: { Origin: 'https://elders.example.org', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('serves the docs page from local content only', async () => {
    const res = await f.request('/v1/docs', { sleutel: null });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('/gemeenten/{gemeente}/personen/_zoek');
    expect(html).not.toMatch(/https?:\/\/(cdn|unpkg)|<script>/);
    expect(html).toContain('<script src="/v1/docs/probeer.js">');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'; script-src 'self'");
    const script = await f.request('/v1/docs/probeer.js', { sleutel: null });
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    const code = await script.text();
    expect(() => new Script(code)).not.toThrow();
  });

  it('sets security headers', async () => {
    const res = await f.request(`${A}/organisaties`, { sleutel: f.sleutels.lezer });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('strict-transport-security')).toBeTruthy();
  });

  it('answers invalid input with 400 listing every error together', async () => {
    const res = await f.request(
      `${A}/personen?pagina=0&paginaGrootte=9999&domein=ruimtevaart&sorteer=leeftijd&kleur=rood`,
    );
    expect(res.status).toBe(400);
    const body = await probleem(res);
    const namen = (body.invalidParams as Array<{ name: string; reason: string }>).map((p) => p.name).sort();
    expect(namen).toEqual(['domein', 'kleur', 'pagina', 'paginaGrootte', 'sorteer']);
    for (const p of body.invalidParams as Array<{ reason: string }>) expect(p.reason).toMatch(/\S/);
  });

  it('answers a body error and a query error together', async () => {
    const res = await f.request(`${A}/contactmomenten?doel=`, {
      method: 'POST',
      sleutel: f.sleutels.regisseur,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ organisatieId: 'x', datum: '2024-02-30', kanaal: 'duif' }),
    });
    expect(res.status).toBe(400);
    const namen = ((await probleem(res)).invalidParams as Array<{ name: string }>).map((p) => p.name).sort();
    expect(namen).toEqual(['aanleiding', 'datum', 'doel', 'initiatief', 'kanaal']);
  });

  it('refuses a body field the operation does not know, as it refuses an unknown query parameter, and stores nothing', async () => {
    const voor = (await f.stores.almere.listContactmomenten({})).totaal;
    const res = await f.request(`${A}/contactmomenten`, {
      method: 'POST',
      sleutel: f.sleutels.regisseur,
      headers: { 'Content-Type': 'application/json' },
      // A free-text note about people is exactly what the list must never hold (DESIGN.md).
      body: JSON.stringify({
        organisatieId: ID.wijkteam,
        datum: '2025-01-15',
        kanaal: 'telefoon',
        aanleiding: 'regulier',
        initiatief: 'gemeente',
        notitie: 'vrije tekst',
      }),
    });
    expect(res.status).toBe(400);
    expect((await probleem(res)).invalidParams).toEqual([{ name: 'notitie', reason: 'Onbekend veld.' }]);
    expect((await f.stores.almere.listContactmomenten({})).totaal).toBe(voor);
  });

  it('answers broken JSON with 400', async () => {
    const res = await f.request(`${A}/personen/_zoek`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"termen":',
    });
    expect(res.status).toBe(400);
    await probleem(res);
  });

  it('hides internal errors: 500 without stack, message or SQL', async () => {
    const meldingen: string[] = [];
    const app = createApp({
      gemeenten: [ALMERE],
      openStore: async () => {
        throw new Error('SQLITE_CANTOPEN: select * from personen where naam = "Fenna Proefmans"');
      },
      log: (r) => meldingen.push(r),
    });
    const res = await app.request(`${A}/organisaties`, { headers: { Authorization: `Bearer ${f.sleutels.lezer}` } });
    expect(res.status).toBe(500);
    const tekst = await res.clone().text();
    expect(tekst).not.toMatch(/SQLITE|select|Fenna|at .*\.ts/);
    await probleem(res);
    expect(meldingen.join('\n')).not.toContain('Fenna');
  });

  it('limits requests per key (429 with Retry-After) and counts keys apart', async () => {
    const g = await createFixture({ limieten: { verzoekenPerMinuut: 3 } });
    try {
      for (let i = 0; i < 3; i++)
        expect((await g.request(`${A}/organisaties`, { sleutel: g.sleutels.lezer })).status).toBe(200);
      const res = await g.request(`${A}/organisaties`, { sleutel: g.sleutels.lezer });
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      await probleem(res);
      expect((await g.request(`${A}/organisaties`, { sleutel: g.sleutels.regisseur })).status).toBe(200);
    } finally {
      await g.opruimen();
    }
  });

  it('refuses an upload larger than the limit with 413, on Content-Length and while streaming', async () => {
    const g = await createFixture({ limieten: { uploadBytes: 1024 } });
    try {
      const form = new FormData();
      form.append('bestand', new File(['x'.repeat(4096)], 'groot.csv', { type: 'text/csv' }));
      const res = await g.request(`${A}/imports`, { method: 'POST', body: form });
      expect(res.status).toBe(413);
      await probleem(res);
      const stroom = new ReadableStream({
        start(c) {
          c.enqueue(
            new TextEncoder().encode('--x\r\nContent-Disposition: form-data; name="bestand"; filename="a.csv"\r\n\r\n'),
          );
          c.enqueue(new TextEncoder().encode('y'.repeat(4096)));
          c.close();
        },
      });
      const zonderLengte = await g.request(`${A}/imports`, {
        method: 'POST',
        body: stroom,
        headers: { 'Content-Type': 'multipart/form-data; boundary=x' },
        duplex: 'half',
      } as RequestInit);
      expect(zonderLengte.status).toBe(413);
    } finally {
      await g.opruimen();
    }
  });
});

describe('embedding', () => {
  it('works mounted under a prefix in another Hono app', async () => {
    const { Hono } = await import('hono');
    const buiten = new Hono();
    const binnen = createApp({ gemeenten: [ALMERE], openStore: async () => f.stores.almere, log: () => {} });
    buiten.route('/intern', binnen);
    const kop = { Authorization: `Bearer ${f.sleutels.lezer}` };
    const lijst = await buiten.request(`/intern${A}/organisaties?paginaGrootte=1`, { headers: kop });
    expect(lijst.status).toBe(200);
    expect(((await lijst.json()) as { _links: { next: { href: string } } })._links.next.href).toMatch(
      /^\/intern\/v1\//,
    );
    expect((await buiten.request(`/intern${A}/organisaties`, { method: 'PUT', headers: kop })).status).toBe(405);
    expect((await buiten.request(`/intern${A}/organisaties/`, { headers: kop })).status).toBe(404);
    expect((await buiten.request('/intern/v1/openapi.json')).status).toBe(200);
  });
});
