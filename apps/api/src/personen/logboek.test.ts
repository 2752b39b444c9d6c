/** The processing log (Logboek Dataverwerkingen): who saw whom, through lists, searches, exports and analyses (finding 5). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, type Fixture, ID, createFixture } from '../_test/fixture.js';

let f: Fixture;
beforeAll(async () => {
  f = await createFixture();
});
afterAll(() => f.opruimen());

type Regel = {
  id: number;
  actor: string;
  actie: string;
  verwerking?: string;
  traceId?: string;
  doel: string;
  route: string | null;
};
const TRACE = '0af7651916cd43dd8448eb211c80319c';

async function inzage(id: string) {
  const res = await f.request(`${A}/personen/${id}/inzage`);
  expect(res.status).toBe(200);
  return (await res.json()) as { audit: Regel[]; verwerkingsactiviteiten: Array<{ id: string; grondslag: string }> };
}

describe('processing log', () => {
  it('logs the persons a list, a search, an export and an analysis returned, and inzage shows each', async () => {
    const lijst = await f.request(`${A}/personen?paginaGrootte=10`, {
      sleutel: f.sleutels.lezer,
      headers: { traceparent: `00-${TRACE}-b7ad6b7169203331-01` },
    });
    expect(lijst.status).toBe(200);
    const zoek = await f.request(`${A}/personen/_zoek`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ termen: 'Proefmans' }),
    });
    expect(zoek.status).toBe(200);
    expect((await f.request(`${A}/export?formaat=vcf`)).status).toBe(200);
    expect((await f.request(`${A}/analyse/gezondheid`)).status).toBe(200);
    // A search that did not find her is not about her.
    await f.request(`${A}/personen/_zoek`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ termen: 'Testhuis' }),
    });

    const fenna = await inzage(ID.fenna);
    const lijstRegel = fenna.audit.find((a) => a.traceId === TRACE);
    expect(lijstRegel).toMatchObject({
      actie: 'lezen',
      verwerking: 'netwerkbeheer',
      route: 'GET /v1/gemeenten/almere/personen',
    });
    expect(fenna.audit.filter((a) => a.actie === 'zoeken')).toHaveLength(1);
    expect(fenna.audit.map((a) => a.actie)).toEqual(
      expect.arrayContaining(['lezen', 'zoeken', 'exporteren', 'analyseren']),
    );
    expect(fenna.audit.find((a) => a.actie === 'analyseren')?.verwerking).toBe('netwerkanalyse');
    expect(fenna.verwerkingsactiviteiten.map((v) => v.id).sort()).toEqual(['netwerkanalyse', 'netwerkbeheer']);
    const jurre = await inzage(ID.jurre);
    expect(jurre.audit.filter((a) => a.actie === 'zoeken')).toHaveLength(1);
  });

  it('logs the persons an applied import added', async () => {
    const form = new FormData();
    const csv =
      'Organisatie;Domein;Naam;E-mail\r\nWijkteam Haven Proef;Zorg;Lotte Logboek;lotte.logboek@example.org\r\n';
    form.append('bestand', new File([csv], 'aanvulling.csv'));
    const upload = await f.request(`${A}/imports`, { method: 'POST', body: form });
    expect(upload.status).toBe(201);
    const { id } = (await upload.json()) as { id: string };
    const toepassing = await f.request(`${A}/imports/${id}/toepassing`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(toepassing.status).toBe(200);
    const lotte = await f.stores.almere.persoonOpEmail('lotte.logboek@example.org');
    expect(lotte).toBeDefined();
    const regels = await inzage(lotte?.id as string);
    expect(regels.audit.map((a) => [a.actie, a.verwerking])).toEqual([['toepassen', 'netwerkbeheer']]);
  });

  it('keeps search terms out of the log: not in the purpose, not in the route', async () => {
    await f.request(`${A}/personen/_zoek`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ termen: 'Voorbeeldzoon' }),
    });
    const alles = JSON.stringify((await f.stores.almere.listAudit({}, { limiet: 1000 })).items);
    expect(alles).not.toContain('Voorbeeldzoon');
    expect(alles).not.toContain('Proefmans');
  });

  it('shows every processing in an inzage, past 1,000 rows', async () => {
    for (let i = 0; i < 1005; i++) {
      await f.stores.almere.audit({
        actor: 'proef',
        actie: 'lezen',
        entiteit: 'persoon',
        doel: 'lijst',
        betrokkenen: [ID.noor],
      });
    }
    const noor = await inzage(ID.noor);
    expect(noor.audit.filter((a) => a.actor === 'proef')).toHaveLength(1005);
    const ids = noor.audit.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
