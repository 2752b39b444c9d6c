import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, type Fixture, ID, createFixture } from '../_test/fixture.js';
import {
  CentraliteitAntwoordSchema,
  GezondheidAntwoordSchema,
  IntroductieAntwoordSchema,
  NetwerkKaartAntwoordSchema,
  WerklijstAntwoordSchema,
} from './_schemas.js';

let f: Fixture;
beforeAll(async () => {
  f = await createFixture();
});
afterAll(() => f.opruimen());

const fetchJson = async (pad: string) => {
  const res = await f.request(pad, { sleutel: f.sleutels.regisseur });
  expect(res.status, pad).toBe(200);
  // biome-ignore lint/suspicious/noExplicitAny: a JSON answer
  return (await res.json()) as Record<string, any>;
};

describe('analyse', () => {
  it('gives the health indicators with their status and the names of what they concern', async () => {
    const body = await fetchJson(`${A}/analyse/gezondheid?peildatum=2024-06-01`);
    expect(body.peildatum).toBe('2024-06-01');
    expect(body.indicatoren.length).toBeGreaterThanOrEqual(9);
    for (const i of body.indicatoren) {
      expect(['goed', 'aandacht', 'zorgelijk']).toContain(i.status);
      expect(i.toelichting).toMatch(/§/);
      for (const k of i.betreft) expect(body.entiteiten[k], k).toBeDefined();
    }
  });

  it('gives the work list with whom to call', async () => {
    const body = await fetchJson(`${A}/analyse/werklijst?aantal=2&introducties=1`);
    expect(body.partners.length).toBeLessThanOrEqual(2);
    expect(body.partners[0]).toMatchObject({
      organisatie: expect.stringMatching(/^organisatie:/),
      redenen: expect.any(Array),
    });
    for (const p of body.partners) for (const k of p.contactpersonen) expect(body.entiteiten[k]).toBeDefined();
  });

  it('gives centrality leaders and structure', async () => {
    const body = await fetchJson(`${A}/analyse/centraliteit?top=3`);
    expect(body.betweenness.length).toBeLessThanOrEqual(3);
    expect(body.componenten.aantal).toBeGreaterThan(0);
    expect(['exact', 'steekproef']).toContain(body.methode);
  });

  it('gives nodes and edges for a map, positions on request', async () => {
    const body = await fetchJson(`${A}/analyse/netwerk?posities=true`);
    expect(body.knopen.map((k: { id: string }) => k.id)).toContain(`persoon:${ID.sahin}`);
    expect(body.kanten.length).toBeGreaterThan(0);
    expect(typeof body.knopen[0].x).toBe('number');
  });

  it('finds who can introduce whom, by id', async () => {
    const gevonden = await fetchJson(`${A}/analyse/introductie?van=${ID.fenna}&naar=${ID.sahin}`);
    expect(gevonden.status).toBe('gevonden');
    expect(gevonden.introductie.pad[0]).toBe(`persoon:${ID.fenna}`);
    expect(gevonden.introductie.pad.at(-1)).toBe(`persoon:${ID.sahin}`);
    expect(gevonden.entiteiten[`persoon:${ID.sahin}`].naam).toBe('Sahin Voorbeeldzoon');
    const geen = await fetchJson(`${A}/analyse/introductie?van=${ID.fenna}&naar=${ID.jurre}`);
    expect(geen).toMatchObject({ status: 'geen-pad', introductie: null });
    const res = await f.request(`${A}/analyse/introductie?van=niemand&naar=${ID.jurre}`, {
      sleutel: f.sleutels.regisseur,
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { invalidParams: Array<{ name: string }> }).invalidParams.map((p) => p.name)).toEqual(
      ['van'],
    );
  });

  it('writes one audit row per analysis call', async () => {
    const voor = (await f.stores.almere.listAudit({}, { limiet: 1 })).totaal;
    await fetchJson(`${A}/analyse/werklijst`);
    expect((await f.stores.almere.listAudit({}, { limiet: 1 })).totaal).toBe(voor + 1);
  });

  // The document and the answers come from the analysis package's schemas: every answer parses
  // without losing a field (zod drops fields a schema does not name), so nothing goes undocumented.
  it.each([
    ['gezondheid?peildatum=2024-06-01', GezondheidAntwoordSchema],
    ['werklijst?aantal=3&introducties=3', WerklijstAntwoordSchema],
    ['centraliteit?top=3', CentraliteitAntwoordSchema],
    ['netwerk?posities=true', NetwerkKaartAntwoordSchema],
    [`introductie?van=${ID.fenna}&naar=${ID.sahin}`, IntroductieAntwoordSchema],
  ] as const)('answers %s exactly as the OpenAPI document describes', async (pad, schema) => {
    const body = await fetchJson(`${A}/analyse/${pad}`);
    const uitkomst = schema.safeParse(body);
    expect(uitkomst.error?.issues).toBeUndefined();
    expect(uitkomst.data).toEqual(body);
  });
});
