/** GET never changes anything (audit rows excepted): every documented GET, then the store compared. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALMERE, type Fixture, createFixture } from '../_test/fixture.js';
import { verzoek } from '../_test/verzoeken.js';

let f: Fixture;
beforeAll(async () => {
  f = await createFixture();
});
afterAll(() => f.opruimen());

async function toestand() {
  const s = f.stores.almere;
  return JSON.stringify([
    await s.momentopname(ALMERE, '2024-06-01'),
    await s.listImports(),
    await s.listSleutels(),
    await s.historie({}),
  ]);
}

describe('GET', () => {
  it('changes nothing but the audit, on any documented route', async () => {
    const doc = (await (await f.request('/v1/openapi.json', { sleutel: null })).json()) as {
      paths: Record<string, object>;
    };
    const voor = await toestand();
    let aantal = 0;
    for (const [pad, item] of Object.entries(doc.paths)) {
      if (!pad.startsWith('/gemeenten/') || !('get' in item)) continue;
      const { url } = verzoek({ methode: 'get', pad });
      const res = await f.request(url);
      expect(res.status, url).toBeLessThan(500);
      aantal++;
    }
    expect(aantal).toBeGreaterThanOrEqual(15);
    expect(await toestand()).toBe(voor);
  });
});
