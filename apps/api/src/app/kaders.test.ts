/** Hardening: body size, the purpose header, caching and source maps (issue 13, findings 3, 6, 8). */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, type Fixture, createFixture } from '../_test/fixture.js';
import { paginaRoutes } from '../paginas/index.js';
import { foutAfhandelaar } from '../probleem/index.js';

let f: Fixture;
beforeAll(async () => {
  f = await createFixture();
});
afterAll(() => f.opruimen());

async function probleem(res: Response) {
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  return (await res.json()) as Record<string, unknown>;
}

const find = (body: string, headers: Record<string, string> = {}) =>
  f.request(`${A}/personen/_zoek`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  });

describe('body limit', () => {
  it('refuses a JSON body over 1 MiB with 413 in Dutch, read or announced', async () => {
    const groot = JSON.stringify({ termen: 'x'.repeat(1024 * 1024) });
    const gelezen = await find(groot);
    expect(gelezen.status).toBe(413);
    expect(await probleem(gelezen)).toMatchObject({
      status: 413,
      title: 'Verzoek te groot',
      detail: 'De body van het verzoek is groter dan 1024 kB.',
      code: 'verzoek.te-groot',
    });
    const aangekondigd = await find('{}', { 'Content-Length': String(300 * 1024 * 1024) });
    expect(aangekondigd.status).toBe(413);
    expect((await probleem(aangekondigd)).detail).toBe('De body van het verzoek is groter dan 1024 kB.');
  });

  it('refuses it before authentication, and lets a body under the limit through', async () => {
    const zonder = await f.request(`${A}/personen/_zoek`, {
      method: 'POST',
      sleutel: null,
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(2 * 1024 * 1024) },
      body: '{}',
    });
    expect(zonder.status).toBe(413);
    const klein = await find(JSON.stringify({ termen: 'Fenna' }));
    expect(klein.status).toBe(200);
  });

  it('keeps the upload on its own, larger limit', async () => {
    const form = new FormData();
    // One cell of 1.5 MB: past the JSON limit, so the import's own check on the cell must answer.
    const csv = `Organisatie;Naam;Functie\nWijkteam Haven Proef;Proef Persoon;${'x'.repeat(1.5 * 1024 * 1024)}\n`;
    form.set('bestand', new File([csv], 'groot.csv', { type: 'text/csv' }));
    const res = await f.request(`${A}/imports`, { method: 'POST', body: form });
    expect(res.status).toBe(400);
    expect(await probleem(res)).toMatchObject({ code: 'cel.te-groot' });
  });
});

describe('purpose header', () => {
  it('refuses a Doel header over 200 characters like the query, and stores none of it', async () => {
    const voor = await f.stores.almere.listAudit({});
    const res = await f.request(`${A}/personen/p-fenna`, { headers: { Doel: 'x'.repeat(201) } });
    expect(res.status).toBe(400);
    expect(await probleem(res)).toMatchObject({
      code: 'invoer.ongeldig',
      invalidParams: [{ name: 'Doel', reason: 'Het doel is te lang: ten hoogste 200 tekens.' }],
    });
    const query = await f.request(`${A}/personen/p-fenna?doel=${'x'.repeat(201)}`);
    expect(query.status).toBe(400);
    expect((await f.stores.almere.listAudit({})).totaal).toBe(voor.totaal);
    const precies = await f.request(`${A}/personen/p-fenna`, { headers: { Doel: 'y'.repeat(200) } });
    expect(precies.status).toBe(200);
    const rij = (await f.stores.almere.listAudit({})).items[0];
    expect(rij?.doel).toBe('y'.repeat(200));
  });
});

describe('caching', () => {
  it('says no-store on every answer under /v1/gemeenten, refusals included', async () => {
    const antwoorden = [
      await f.request(`${A}/personen`),
      await f.request(`${A}/personen/p-fenna`),
      await f.request(`${A}/export?formaat=csv`),
      await f.request(`${A}/personen`, { sleutel: null }),
      await f.request(`${A}/audit`, { sleutel: f.sleutels.lezer }),
      await f.request(`${A}/personen/bestaat-niet`),
      await f.request(`${A}/bestaat-niet`),
    ];
    expect(antwoorden.map((r) => r.status)).toEqual([200, 200, 200, 401, 403, 404, 404]);
    for (const r of antwoorden) expect(r.headers.get('cache-control')).toBe('no-store');
  });
});

describe('source maps', () => {
  it('serves no .js.map, even when one lies in the folder', async () => {
    const map = await mkdtemp(join(tmpdir(), 'netwerkregie-paginas-'));
    try {
      await writeFile(join(map, 'kaart.js'), 'export {};');
      await writeFile(join(map, 'kaart.js.map'), '{"version":3}');
      const app = new Hono();
      app.onError(foutAfhandelaar({ log: () => {} }));
      app.route('/', paginaRoutes({ gemeenten: [{ slug: 'almere', naam: 'Almere' }], map }));
      expect((await app.request('/paginas/kaart.js')).status).toBe(200);
      expect((await app.request('/paginas/kaart.js.map')).status).toBe(404);
    } finally {
      await rm(map, { recursive: true, force: true });
    }
  });
});
