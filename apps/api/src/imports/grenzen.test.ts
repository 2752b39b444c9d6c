/** What the import page needs from the server: the limits up front, progress while planning, plans that expire. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, createFixture, type Fixture } from '../_test/fixture.js';

let f: Fixture;
beforeAll(async () => {
  // Plans stay valid for 300 ms here, so that one can expire within the test.
  f = await createFixture({ limieten: { uploadBytes: 2 * 1024 * 1024, importplanGeldigMs: 300 } });
});
afterAll(() => f.opruimen());

const CSV = [
  'Organisatie;Domein;Naam;E-mail',
  'Jongerenwerk Proefstad;Jongerenwerk;Lotte Importmans;lotte.importmans@example.org',
  '',
].join('\r\n');

async function upload(velden: Record<string, string> = {}) {
  const form = new FormData();
  form.append('bestand', new File([CSV], 'lijst.csv'));
  for (const [k, v] of Object.entries(velden)) form.append(k, v);
  return f.request(`${A}/imports`, { method: 'POST', body: form });
}

describe('import limits, progress and expiry', () => {
  it('tells the upload limit and the validity of a plan before any upload', async () => {
    const res = await f.request(`${A}/importinstellingen`);
    expect([res.status, await res.json()]).toEqual([
      200,
      { maxBytes: 2 * 1024 * 1024, planGeldigMs: 300, planGeldig: '1 minuut' },
    ]);
    expect((await f.request(`${A}/importinstellingen`, { sleutel: f.sleutels.regisseur })).status).toBe(403);
  });

  it('keeps the progress of a plan under the token the upload named', async () => {
    const token = 'proef-voortgang-0001';
    expect((await f.request(`${A}/importvoortgang/${token}`)).status).toBe(404);
    expect((await upload({ voortgang: token })).status).toBe(201);
    const stand = await f.request(`${A}/importvoortgang/${token}`);
    const bytes = new TextEncoder().encode(CSV).length;
    expect(await stand.json()).toEqual({ fase: 'klaar', gelezenBytes: bytes, totaalBytes: bytes });
    const fout = await upload({ voortgang: 'kort' });
    expect(fout.status).toBe(400);
  });

  it('shows a plan not applied in time as verlopen and refuses to apply it with a Dutch problem', async () => {
    const plan = (await (await upload()).json()) as { id: string; status: string; _links: Record<string, unknown> };
    expect([plan.status, Object.keys(plan._links)]).toEqual([
      'gepland',
      ['self', 'toepassing', 'afwijzing', 'foutenrapport'],
    ]);
    await new Promise((r) => setTimeout(r, 400));
    const nu = (await (await f.request(`${A}/imports/${plan.id}`)).json()) as typeof plan;
    expect([nu.status, Object.keys(nu._links)]).toEqual(['verlopen', ['self', 'afwijzing', 'foutenrapport']]);
    // An expired plan can no longer be applied, but may still be rejected, to say so plainly.
    const lijst = (await (await f.request(`${A}/imports`)).json()) as {
      resultaten: Array<{ id: string; status: string }>;
    };
    expect(lijst.resultaten.find((i) => i.id === plan.id)?.status).toBe('verlopen');
    const res = await f.request(`${A}/imports/${plan.id}/toepassing`, { method: 'POST' });
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({
      status: 409,
      code: 'import.verlopen',
      detail:
        'Dit plan is verlopen: het is ouder dan 1 minuut. Lees het bestand opnieuw in om een nieuw plan te maken.',
    });
    const lotte = await f.request(`${A}/personen/_zoek`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ termen: 'Importmans' }),
    });
    expect(((await lotte.json()) as { totaal: number }).totaal).toBe(0);
    const afwijzing = await f.request(`${A}/imports/${plan.id}/afwijzing`, { method: 'POST' });
    expect([afwijzing.status, ((await afwijzing.json()) as { status: string }).status]).toEqual([200, 'afgewezen']);
  });
});
