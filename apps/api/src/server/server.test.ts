/** Against a real listening server with fetch: the API itself, and a graceful stop. */
import { openStore } from '@netwerkregie/store';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { A, createFixture, type Fixture, ID } from '../_test/fixture.js';
import { startServer } from './server.js';

describe('startServer with the API', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture();
  });
  afterAll(() => f.opruimen());

  it('serves the API over HTTP, then stops and closes the stores', async () => {
    const server = await startServer({ app: f.app, port: 0, signalen: false });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // A regisseur sees all three organisations (a lezer only the two formal ones).
    const res = await fetch(`${server.url}${A}/organisaties?paginaGrootte=2`, {
      headers: { Authorization: `Bearer ${f.sleutels.regisseur}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('api-version')).toBe('1.0.0');
    const body = (await res.json()) as { totaal: number; _links: { next: { href: string } } };
    expect(body.totaal).toBe(3);
    const volgende = await fetch(`${server.url}${body._links.next.href}`, {
      headers: { Authorization: `Bearer ${f.sleutels.regisseur}` },
    });
    expect(((await volgende.json()) as { resultaten: unknown[] }).resultaten).toHaveLength(1);
    const openapi = await fetch(`${server.url}/v1/openapi.json`, { headers: { Origin: 'https://elders.example.org' } });
    expect(openapi.headers.get('access-control-allow-origin')).toBe('*');
    const zonder = await fetch(`${server.url}${A}/personen`);
    expect(zonder.status).toBe(401);
    expect(zonder.headers.get('www-authenticate')).toMatch(/^Bearer/);
    await server.close();
    await expect(fetch(`${server.url}/v1/openapi.json`)).rejects.toThrow();
    await expect(f.stores.almere.listOrganisaties({})).rejects.toThrow();
  });
});

describe('graceful stop', () => {
  it('lets a request in flight finish, refuses new ones, then closes the app', async () => {
    let binnen!: () => void;
    const isBinnen = new Promise<void>((r) => {
      binnen = r;
    });
    let laatGaan!: () => void;
    const mag = new Promise<void>((r) => {
      laatGaan = r;
    });
    const hono = new Hono();
    hono.get('/langzaam', async (c) => {
      binnen();
      await mag;
      return c.text('klaar');
    });
    let gesloten = false;
    const app = {
      fetch: hono.fetch,
      close: async () => {
        gesloten = true;
      },
    };
    const aantalVoor = process.listenerCount('SIGTERM');
    const server = await startServer({ app, port: 0 });
    expect(process.listenerCount('SIGTERM')).toBe(aantalVoor + 1);

    const lopend = fetch(`${server.url}/langzaam`);
    await isBinnen;
    const sigterm = process.listeners('SIGTERM').at(-1) as (s: string) => void;
    sigterm('SIGTERM');
    const stoppen = server.close();
    const nieuw = await fetch(`${server.url}/langzaam`).then(
      (r) => r.status,
      () => 'geweigerd',
    );
    expect([503, 'geweigerd']).toContain(nieuw);
    expect(gesloten).toBe(false);
    laatGaan();
    const res = await lopend;
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('klaar');
    await stoppen;
    expect(gesloten).toBe(true);
    expect(process.listenerCount('SIGTERM')).toBe(aantalVoor);
  });
});

describe('the trend after a restart', () => {
  it('keeps, on start, the point of a change made while no server ran, and of one made beside it', async () => {
    const f = await createFixture({ trendControleMs: 200 });
    try {
      const store = f.stores.almere;
      const voor = (await store.listIndicatorStanden()).length;
      // The fixture wrote without a trend, as the command line's import does: the version moved past it.
      expect(await store.trendVersie()).toBeNull();
      const server = await startServer({ app: f.app, port: 0, signalen: false });
      try {
        await vi.waitFor(async () => expect(await store.trendVersie()).toBe(await store.versie()), {
          timeout: 20_000,
          interval: 50,
        });
        const na = await store.listIndicatorStanden();
        expect(na.slice(voor).map((s) => s.aanleiding)).toEqual(Array(11).fill('wijziging'));

        // Another process (the command line) changes the network while the server runs.
        const ander = await openStore({ gemeente: 'almere', pad: store.pad, bestaand: true });
        const org = await ander.organisatie(ID.politie);
        await ander.upsertOrganisatie({ ...org!, naam: 'Politie Basisteam Proef Noord' }, { actor: 'cli' });
        await ander.close();
        await vi.waitFor(async () => expect((await store.listIndicatorStanden()).length).toBe(na.length + 11), {
          timeout: 20_000,
          interval: 50,
        });
        expect(await store.trendVersie()).toBe(await store.versie());
      } finally {
        await server.close();
      }
    } finally {
      await f.opruimen();
    }
  });
});
