/**
 * Tenants and keys over every route in the OpenAPI document, so a new route cannot escape: without
 * a key 401, with another gemeente's key 403, and no refused answer carries fixture data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, ALMERE, ARNHEM, type Fixture, GEHEIMEN, createFixture } from '../_test/fixture.js';
import { gevonden, naaldenVan } from '../_test/naalden.js';
import { type Operatie, verzoek } from '../_test/verzoeken.js';

let f: Fixture;
let operaties: Operatie[];
let naalden: string[];
/** Refused bodies scanned, per status: proves the scan ran over every call. */
const gescand = new Map<number, number>();
beforeAll(async () => {
  f = await createFixture();
  naalden = await naaldenVan([
    [f.stores.almere, ALMERE],
    [f.stores.arnhem, ARNHEM],
  ]);
  const doc = (await (await f.request('/v1/openapi.json', { sleutel: null })).json()) as {
    paths: Record<string, object>;
  };
  operaties = Object.entries(doc.paths)
    .filter(([pad]) => pad.startsWith('/gemeenten/'))
    .flatMap(([pad, item]) => Object.keys(item).map((methode) => ({ methode, pad })));
});
afterAll(() => f.opruimen());

async function geweigerd(res: Response, status: number, wat: string) {
  expect(res.status, wat).toBe(status);
  expect(res.headers.get('content-type'), wat).toMatch(/^application\/problem\+json/);
  const tekst = await res.text();
  for (const geheim of GEHEIMEN) expect(tekst, wat).not.toContain(geheim);
  expect(gevonden(tekst, naalden), wat).toEqual([]);
  gescand.set(status, (gescand.get(status) ?? 0) + 1);
}

describe('tenant isolation over every documented route', () => {
  it('finds the routes in the document', () => {
    expect(operaties.length).toBeGreaterThanOrEqual(20);
  });

  it('has needles to scan for: 5 names, 5 surnames, 5 addresses, 2 phones in 5 forms, 4 organisations, 1 meeting', () => {
    expect(naalden).toHaveLength(30);
    expect(naalden).toEqual(
      expect.arrayContaining(['Noor Dubbelrol', 'Dubbelrol', 'gijs@example.org', '06 12345673', '06-12345671']),
    );
  });

  it('finds them in an allowed answer, so a leak would be seen', async () => {
    const tekst = await (await f.request(`${A}/personen?paginaGrootte=100`)).text();
    // Almere's four persons (name, surname, address), two phones as stored and their three
    // organisations: 17; the dialled forms are not how the API writes a number, and Arnhem is not here.
    expect(gevonden(tekst, naalden).filter((n) => !/^0|^\+31 /.test(n))).toHaveLength(17);
    expect(gevonden(tekst, naalden)).not.toContain('Gijs Arnhemmer');
  });

  it('answers 401 with WWW-Authenticate without a key, an unknown, a malformed or a revoked key', async () => {
    const { id, sleutel } = await import('../sleutels/index.js').then((m) =>
      m.createSleutel(f.stores.almere, { rol: 'beheerder', omschrijving: 'in te trekken' }),
    );
    await f.stores.almere.revokeSleutel(id);
    const onbekend = `nr_almere_${'A'.repeat(43)}`;
    for (const op of operaties) {
      const { url, init } = verzoek(op);
      for (const s of [null, onbekend, 'geen-sleutel', sleutel, `nr_utrecht_${'B'.repeat(43)}`]) {
        const res = await f.request(url, { ...init, sleutel: s });
        expect(res.headers.get('www-authenticate'), url).toMatch(/^Bearer/);
        await geweigerd(res, 401, `${op.methode} ${url} (${s ? s.slice(0, 12) : 'geen'})`);
      }
    }
  });

  it('answers 403 to a key of another gemeente, in both directions, and never with data', async () => {
    for (const op of operaties) {
      const naarAlmere = verzoek(op, 'almere');
      await geweigerd(
        await f.request(naarAlmere.url, { ...naarAlmere.init, sleutel: f.sleutels.arnhem }),
        403,
        `arnhem → ${naarAlmere.url}`,
      );
      const naarArnhem = verzoek(op, 'arnhem');
      await geweigerd(
        await f.request(naarArnhem.url, { ...naarArnhem.init, sleutel: f.sleutels.beheerder }),
        403,
        `almere → ${naarArnhem.url}`,
      );
    }
  });

  it('refuses a path of a gemeente this instance does not serve', async () => {
    await geweigerd(await f.request('/v1/gemeenten/utrecht/organisaties'), 403, 'utrecht');
  });

  it('scanned every refused body: 5 kinds of missing key and 2 directions of the wrong gemeente per route', () => {
    expect(Object.fromEntries(gescand)).toEqual({ 401: operaties.length * 5, 403: operaties.length * 2 + 1 });
  });

  it('changed nothing while refusing', async () => {
    expect((await f.stores.almere.listContactmomenten({})).totaal).toBe(1);
    expect((await f.stores.almere.listImports()).totaal).toBe(0);
  });
});
