/** Security events, throttling of failed authentication, key expiry and trace ids (issue 13, finding 4). */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, type Fixture, createFixture } from '../_test/fixture.js';
import { createSleutel } from '../sleutels/index.js';

let f: Fixture;
beforeAll(async () => {
  f = await createFixture({ adres: (c) => c.req.header('x-test-adres') ?? 'onbekend' });
});
afterAll(() => f.opruimen());

const vanaf = (adres: string, sleutel: string | null, pad = `${A}/personen`, headers: Record<string, string> = {}) =>
  f.request(pad, { sleutel, headers: { 'x-test-adres': adres, ...headers } });

const fout = `nr_almere_${'Q'.repeat(43)}`;

describe('security events', () => {
  it('logs a failed and a refused authentication with address, route and trace id, and no key material', async () => {
    const voor = (await f.stores.almere.listBeveiligingsgebeurtenissen()).totaal;
    const mislukt = await vanaf('192.0.2.1', fout);
    expect(mislukt.status).toBe(401);
    const geweigerd = await vanaf('192.0.2.1', f.sleutels.lezer, `${A}/audit`);
    expect(geweigerd.status).toBe(403);
    const lijst = await f.stores.almere.listBeveiligingsgebeurtenissen({ limiet: 2 });
    expect(lijst.totaal).toBe(voor + 2);
    const trace = (res: Response) => res.headers.get('traceparent')?.split('-')[1];
    expect(lijst.items.map(({ id: _, tijd: __, ...e }) => e)).toEqual([
      {
        soort: 'toegang.geweigerd',
        status: 403,
        adres: '192.0.2.1',
        actor: f.sleutelIds.lezer,
        route: 'GET /v1/gemeenten/almere/audit',
        traceId: trace(geweigerd),
      },
      {
        soort: 'authenticatie.mislukt',
        status: 401,
        adres: '192.0.2.1',
        actor: null,
        route: 'GET /v1/gemeenten/almere/personen',
        traceId: trace(mislukt),
      },
    ]);
    const alles = JSON.stringify((await f.stores.almere.listBeveiligingsgebeurtenissen({ limiet: 1000 })).items);
    for (const k of [fout, f.sleutels.lezer]) {
      for (const spoor of [k, k.slice('nr_almere_'.length, -8), createHash('sha256').update(k).digest('hex')]) {
        expect(alles).not.toContain(spoor);
      }
    }
  });

  it('shows them to a beheerder only, paged like the audit', async () => {
    const res = await vanaf('192.0.2.2', f.sleutels.beheerder, `${A}/beveiligingsgebeurtenissen?paginaGrootte=1`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { resultaten: Array<{ soort: string }>; totaal: number };
    expect(body.resultaten).toHaveLength(1);
    expect(body.totaal).toBe((await f.stores.almere.listBeveiligingsgebeurtenissen()).totaal);
    expect((await vanaf('192.0.2.2', f.sleutels.regisseur, `${A}/beveiligingsgebeurtenissen`)).status).toBe(403);
  });
});

describe('throttling', () => {
  it('answers 429 with Retry-After after 20 failures a minute from one address, even with a valid key', async () => {
    const voor = (await f.stores.almere.listBeveiligingsgebeurtenissen()).totaal;
    for (let i = 0; i < 20; i++) expect((await vanaf('198.51.100.9', fout)).status).toBe(401);
    const te = await vanaf('198.51.100.9', f.sleutels.beheerder);
    expect(te.status).toBe(429);
    expect(te.headers.get('retry-after')).toMatch(/^([1-9]|[1-5][0-9]|60)$/);
    expect(await te.json()).toMatchObject({ code: 'authenticatie.afgeremd', status: 429 });
    expect((await vanaf('198.51.100.9', fout)).status).toBe(429);
    // Another address is not held up.
    expect((await vanaf('198.51.100.10', f.sleutels.beheerder)).status).toBe(200);
    const na = await f.stores.almere.listBeveiligingsgebeurtenissen({ limiet: 1 });
    // 20 failures and one throttling event, not one per refused request.
    expect(na.totaal - voor).toBe(21);
    expect(na.items[0]).toMatchObject({ soort: 'authenticatie.afgeremd', status: 429, adres: '198.51.100.9' });
  });
});

describe('key expiry', () => {
  it('refuses an expired key with 401 naming the date', async () => {
    const { sleutel } = await createSleutel(f.stores.almere, {
      rol: 'beheerder',
      omschrijving: 'oud',
      verloopt: '2020-01-01',
    });
    const res = await vanaf('203.0.113.5', sleutel);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({
      detail: 'Deze API-sleutel is verlopen op 2020-01-01; vraag de beheerder om een nieuwe.',
      code: 'sleutel.ongeldig',
    });
    const geldig = await createSleutel(f.stores.almere, { rol: 'lezer', omschrijving: 'nieuw', verloopt: '2099-12-31' });
    expect((await vanaf('203.0.113.5', geldig.sleutel)).status).toBe(200);
  });
});

describe('trace id', () => {
  it('takes a valid traceparent, answers with it and logs it with the processing', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const res = await vanaf('203.0.113.6', f.sleutels.beheerder, `${A}/personen/p-fenna`, {
      traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('traceparent')).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
    expect((await f.stores.almere.listAudit({}, { limiet: 1 })).items[0]?.traceId).toBe(traceId);
    const zelf = await vanaf('203.0.113.6', f.sleutels.beheerder, `${A}/personen/p-fenna`, {
      traceparent: `00-${'0'.repeat(32)}-00f067aa0ba902b7-01`,
    });
    const nieuw = zelf.headers.get('traceparent')?.split('-')[1];
    expect(nieuw).toMatch(/^[0-9a-f]{32}$/);
    expect(nieuw).not.toBe('0'.repeat(32));
  });
});
