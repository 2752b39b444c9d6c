/** The list answers' body with the items' JSON kept per cached list (lijst-json.ts). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, createFixture, type Fixture, ID } from '../_test/fixture.js';

let f: Fixture;
beforeAll(async () => {
  f = await createFixture();
});
afterAll(() => f.opruimen());

const tekst = async (pad: string, init?: RequestInit) => {
  const res = await f.request(pad, { sleutel: f.sleutels.regisseur, ...init });
  expect(res.status, pad).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/json');
  return res.text();
};
const zoek = (termen: string, doel: string) =>
  tekst(`${A}/personen/_zoek?doel=${doel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ termen }),
  });

describe('list answers from cached items', () => {
  it('writes what JSON.stringify writes, with the links of each request', async () => {
    const eerste = await tekst(`${A}/personen?domein=zorg&doel=een`);
    const tweede = await tekst(`${A}/personen?domein=zorg&doel=twee`);
    expect(JSON.stringify(JSON.parse(eerste))).toBe(eerste);
    expect(JSON.stringify(JSON.parse(tweede))).toBe(tweede);
    const a = JSON.parse(eerste);
    const b = JSON.parse(tweede);
    expect(b.resultaten).toEqual(a.resultaten);
    expect(a.resultaten.map((p: { naam: string }) => p.naam)).toEqual(['Fenna Proefmans', 'Noor Dubbelrol']);
    expect(Object.keys(a)).toEqual(['resultaten', 'totaal', 'pagina', 'paginaGrootte', 'aantalPaginas', '_links']);
    expect(a._links.self.href).toBe('/v1/gemeenten/almere/personen?domein=zorg&doel=een&pagina=1&paginaGrootte=50');
    expect(b._links.self.href).toBe('/v1/gemeenten/almere/personen?domein=zorg&doel=twee&pagina=1&paginaGrootte=50');
  });

  it('answers a search anew after a change', async () => {
    const voor = JSON.parse(await zoek('proefmans', 'een'));
    expect(voor.resultaten.map((p: { naam: string }) => p.naam)).toEqual(['Fenna Proefmans']);
    expect(JSON.parse(await zoek('proefmans', 'twee')).resultaten).toEqual(voor.resultaten);
    await f.stores.almere.upsertPersoon(
      { id: ID.fenna, naam: 'Fenna Proefmans-Nieuw', email: 'fenna.proefmans@example.org', telefoon: '+31612345671' },
      { actor: 'test' },
    );
    const na = JSON.parse(await zoek('proefmans', 'drie'));
    expect(na.resultaten.map((p: { naam: string }) => p.naam)).toEqual(['Fenna Proefmans-Nieuw']);
    expect(na.totaal).toBe(1);
  });
});
