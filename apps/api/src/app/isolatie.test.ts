/**
 * Tenants and keys over every route in the OpenAPI document, so a new route cannot escape: without
 * a key 401, with another gemeente's key 403, and no refused answer carries fixture data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, GEHEIMEN, maakFixture } from '../_test/fixture.js';
import { type Operatie, verzoek } from '../_test/verzoeken.js';

let f: Fixture;
let operaties: Operatie[];
beforeAll(async () => {
  f = await maakFixture();
  const doc = (await (await f.vraag('/v1/openapi.json', { sleutel: null })).json()) as {
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
}

describe('tenant isolation over every documented route', () => {
  it('finds the routes in the document', () => {
    expect(operaties.length).toBeGreaterThanOrEqual(20);
  });

  it('answers 401 with WWW-Authenticate without a key, an unknown, a malformed or a revoked key', async () => {
    const { id, sleutel } = await import('../sleutels/index.js').then((m) =>
      m.maakSleutel(f.stores.almere, { rol: 'beheerder', omschrijving: 'in te trekken' }),
    );
    await f.stores.almere.trekSleutelIn(id);
    const onbekend = `nr_almere_${'A'.repeat(43)}`;
    for (const op of operaties) {
      const { url, init } = verzoek(op);
      for (const s of [null, onbekend, 'geen-sleutel', sleutel, `nr_utrecht_${'B'.repeat(43)}`]) {
        const res = await f.vraag(url, { ...init, sleutel: s });
        expect(res.headers.get('www-authenticate'), url).toMatch(/^Bearer/);
        await geweigerd(res, 401, `${op.methode} ${url} (${s ? s.slice(0, 12) : 'geen'})`);
      }
    }
  });

  it('answers 403 to a key of another gemeente, in both directions, and never with data', async () => {
    for (const op of operaties) {
      const naarAlmere = verzoek(op, 'almere');
      await geweigerd(
        await f.vraag(naarAlmere.url, { ...naarAlmere.init, sleutel: f.sleutels.arnhem }),
        403,
        `arnhem → ${naarAlmere.url}`,
      );
      const naarArnhem = verzoek(op, 'arnhem');
      await geweigerd(
        await f.vraag(naarArnhem.url, { ...naarArnhem.init, sleutel: f.sleutels.beheerder }),
        403,
        `almere → ${naarArnhem.url}`,
      );
    }
  });

  it('refuses a path of a gemeente this instance does not serve', async () => {
    await geweigerd(await f.vraag('/v1/gemeenten/utrecht/organisaties'), 403, 'utrecht');
  });

  it('changed nothing while refusing', async () => {
    expect((await f.stores.almere.listContactmomenten({})).totaal).toBe(1);
    expect((await f.stores.almere.listImports()).totaal).toBe(0);
  });
});
