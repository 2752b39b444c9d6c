/**
 * Refusals other than a missing key, a wrong gemeente or a low role (those walk every route in
 * isolatie.test.ts and rollen.test.ts): invalid input, a hidden person, a wrong method or media type,
 * a conflict, a too large upload, the rate limit. Each aims at personal data, so an answer that
 * explained too much would carry it; none may hold a needle of the fixture.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, ALMERE, ARNHEM, type Fixture, ID, createFixture } from '../_test/fixture.js';
import { gevonden, naaldenVan } from '../_test/naalden.js';

let f: Fixture;
let krap: Fixture;
let naalden: string[];
beforeAll(async () => {
  f = await createFixture();
  // A second instance with small limits, for 413 and 429.
  krap = await createFixture({ limieten: { uploadBytes: 512, verzoekenPerMinuut: 2 } });
  naalden = await naaldenVan([
    [f.stores.almere, ALMERE],
    [f.stores.arnhem, ARNHEM],
  ]);
});
afterAll(async () => {
  await f.opruimen();
  await krap.opruimen();
});

const JSON_KOP = { 'Content-Type': 'application/json' };
const CSV_FENNA =
  'Organisatie;Domein;Naam;E-mail;Telefoon\r\nWijkteam Haven Proef;Zorg;Fenna Proefmans;fenna.proefmans@example.org;0612345671\r\n';

function upload(inhoud: string, naam = 'lijst.csv', velden: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.append('bestand', new File([inhoud], naam));
  for (const [k, v] of Object.entries(velden)) form.append(k, v);
  return form;
}

describe('other refusals', () => {
  it('carry no name, address or number of the fixture', async () => {
    expect(naalden).toHaveLength(30);
    // An applied import, to be applied again (409), and one with a rejected row for strikt (409).
    const plan = (await (await f.request(`${A}/imports`, { method: 'POST', body: upload(CSV_FENNA) })).json()) as {
      id: string;
    };
    expect((await f.request(`${A}/imports/${plan.id}/toepassing`, { method: 'POST' })).status).toBe(200);
    const afgewezen = (await (
      await f.request(`${A}/imports`, {
        method: 'POST',
        body: upload(`${CSV_FENNA}Politie Basisteam Proef;Veiligheid;Jurre Testhuis;jurre@;06\r\n`),
      })
    ).json()) as { id: string };

    const gevallen: Array<[string, number, () => Promise<Response>]> = [
      ['unknown query parameter', 400, () => f.request(`${A}/personen?voornaam=x`)],
      ['page size not a number', 400, () => f.request(`${A}/personen?paginaGrootte=veel`)],
      [
        'contact moment with a real person and an unknown organisation',
        400,
        () =>
          f.request(`${A}/contactmomenten`, {
            method: 'POST',
            headers: JSON_KOP,
            body: JSON.stringify({
              organisatieId: 'bestaat-niet',
              persoonId: ID.fenna,
              datum: '2024-03-01',
              kanaal: 'bezoek',
              aanleiding: 'regulier',
              initiatief: 'gemeente',
            }),
          }),
      ],
      [
        'contact moment with a wrong channel',
        400,
        () =>
          f.request(`${A}/contactmomenten`, {
            method: 'POST',
            headers: JSON_KOP,
            body: JSON.stringify({ organisatieId: ID.wijkteam, persoonId: ID.sahin, kanaal: 'duif' }),
          }),
      ],
      [
        'malformed JSON in a search',
        400,
        () => f.request(`${A}/personen/_zoek`, { method: 'POST', headers: JSON_KOP, body: '{"termen":' }),
      ],
      [
        'an upload in an unknown mode',
        400,
        () => f.request(`${A}/imports`, { method: 'POST', body: upload(CSV_FENNA, 'lijst.csv', { modus: 'half' }) }),
      ],
      [
        'an unreadable upload',
        400,
        () => f.request(`${A}/imports`, { method: 'POST', body: upload('%PDF-1.4', 'x.pdf') }),
      ],
      [
        'the informal person for a lezer',
        404,
        () => f.request(`${A}/personen/${ID.sahin}`, { sleutel: f.sleutels.lezer }),
      ],
      ['an unknown contact moment', 404, () => f.request(`${A}/contactmomenten/bestaat-niet`)],
      ['a wrong method on a person', 405, () => f.request(`${A}/personen/${ID.fenna}`, { method: 'PUT' })],
      [
        'a search as plain text',
        415,
        () =>
          f.request(`${A}/personen/_zoek`, {
            method: 'POST',
            headers: { 'Content-Type': 'text/plain' },
            body: 'Fenna',
          }),
      ],
      ['applying an applied import', 409, () => f.request(`${A}/imports/${plan.id}/toepassing`, { method: 'POST' })],
      [
        'applying strictly with a rejected row',
        409,
        () =>
          f.request(`${A}/imports/${afgewezen.id}/toepassing`, {
            method: 'POST',
            headers: JSON_KOP,
            body: JSON.stringify({ strikt: true }),
          }),
      ],
      [
        'an upload over the limit',
        413,
        () => krap.request(`${A}/imports`, { method: 'POST', body: upload(CSV_FENNA.repeat(8)) }),
      ],
    ];
    for (const [wat, status, roep] of gevallen) {
      const res = await roep();
      expect(res.status, wat).toBe(status);
      expect(res.headers.get('content-type'), wat).toMatch(/^application\/problem\+json/);
      expect(gevonden(await res.text(), naalden), wat).toEqual([]);
    }
    expect(gevallen).toHaveLength(14);

    // The rate limit: the third call within the minute is refused.
    const statussen: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await krap.request(`${A}/personen`, { sleutel: krap.sleutels.lezer });
      statussen.push(res.status);
      if (res.status === 429) expect(gevonden(await res.text(), naalden)).toEqual([]);
      else await res.arrayBuffer();
    }
    expect(statussen).toEqual([200, 200, 429]);
  });
});
