import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, type Fixture, ID, createFixture } from '../_test/fixture.js';

let f: Fixture;
beforeAll(async () => {
  f = await createFixture();
});
afterAll(() => f.opruimen());

interface Lijst {
  resultaten: Array<{
    id: string;
    naam: string;
    getraind: boolean;
    lidmaatschappen: Array<{ organisatieNaam: string }>;
  }>;
  totaal: number;
  pagina: number;
  paginaGrootte: number;
  aantalPaginas: number;
  _links: Record<string, { href: string } | undefined>;
}
const list = async (pad: string, sleutel = f.sleutels.regisseur) => {
  const res = await f.request(pad, { sleutel });
  expect(res.status, pad).toBe(200);
  return (await res.json()) as Lijst;
};
const ids = (l: Lijst) => l.resultaten.map((p) => p.id).sort();

describe('personen', () => {
  it('lists persons with their memberships, sorted by name', async () => {
    const l = await list(`${A}/personen`);
    expect(l.resultaten.map((p) => p.naam)).toEqual([
      'Fenna Proefmans',
      'Jurre Testhuis',
      'Noor Dubbelrol',
      'Sahin Voorbeeldzoon',
    ]);
    expect(l.resultaten[0]).toMatchObject({
      email: 'fenna.proefmans@example.org',
      telefoon: '+31612345671',
      getraind: true,
    });
    expect(l.resultaten[0]?.lidmaatschappen[0]).toMatchObject({
      organisatieNaam: 'Wijkteam Haven Proef',
      domein: 'zorg',
      netwerk: 'formeel',
    });
  });

  it('filters on domein, wijk, rol, netwerk, organisatie, getraind and nietGesprokenSinds', async () => {
    expect(ids(await list(`${A}/personen?domein=veiligheid`))).toEqual([ID.jurre]);
    expect(ids(await list(`${A}/personen?wijk=almere%20haven`))).toEqual([ID.fenna, ID.noor]);
    expect(ids(await list(`${A}/personen?wijk=Haven`))).toEqual([ID.fenna, ID.noor]);
    expect(ids(await list(`${A}/personen?rol=sleutelfiguur`))).toEqual([ID.noor, ID.sahin]);
    expect(ids(await list(`${A}/personen?netwerk=informeel&rol=eerstelijnswerker`))).toEqual([]);
    expect(ids(await list(`${A}/personen?organisatie=${ID.politie}`))).toEqual([ID.jurre]);
    expect(ids(await list(`${A}/personen?getraind=true`))).toEqual([ID.fenna, ID.sahin]);
    expect(ids(await list(`${A}/personen?getraind=false`))).toEqual([ID.jurre, ID.noor]);
    expect(ids(await list(`${A}/personen?nietGesprokenSinds=2024-01-01`))).not.toContain(ID.fenna);
  });

  it('refuses a district the gemeente does not have, naming the valid ones', async () => {
    const res = await f.request(`${A}/personen?wijk=Kralingen`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { invalidParams: Array<{ name: string; reason: string }> };
    expect(body.invalidParams[0]).toMatchObject({ name: 'wijk', reason: expect.stringContaining('Almere Haven') });
  });

  it('pages with a total and links that keep the filters', async () => {
    const eerste = await list(`${A}/personen?paginaGrootte=3&rol=sleutelfiguur&pagina=1`);
    expect(eerste).toMatchObject({ totaal: 2, pagina: 1, paginaGrootte: 3, aantalPaginas: 1 });
    const p1 = await list(`${A}/personen?paginaGrootte=3`);
    expect(p1.resultaten).toHaveLength(3);
    expect(p1.aantalPaginas).toBe(2);
    expect(p1._links.prev).toBeUndefined();
    expect(p1._links.next?.href).toBe('/v1/gemeenten/almere/personen?paginaGrootte=3&pagina=2');
    expect(p1._links.last?.href).toContain('pagina=2');
    const p2 = await list(p1._links.next!.href);
    expect(p2.resultaten).toHaveLength(1);
    expect(p2._links.next).toBeUndefined();
    expect(p2._links.prev?.href).toContain('pagina=1');
    expect(new Set([...ids(p1), ...ids(p2)]).size).toBe(4);
  });

  it('sorts with sorteer, - for descending', async () => {
    const l = await list(`${A}/personen?sorteer=-naam`);
    expect(l.resultaten[0]?.naam).toBe('Sahin Voorbeeldzoon');
  });

  it('searches names with the terms in the body, ignoring case and diacritics', async () => {
    await f.stores.almere.upsertPersoon(
      { id: 'p-zoe', naam: 'Zoë Ruïs', email: null, telefoon: null },
      { actor: 'test' },
    );
    await f.stores.almere.upsertLidmaatschap(
      {
        id: 'l-zoe',
        persoonId: 'p-zoe',
        organisatieId: ID.politie,
        functie: null,
        rollen: [],
        begin: null,
        einde: null,
      },
      { actor: 'test' },
    );
    const search = async (termen: string) => {
      const res = await f.request(`${A}/personen/_zoek`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ termen }),
      });
      expect(res.status).toBe(200);
      return ids((await res.json()) as Lijst);
    };
    expect(await search('zoe ruis')).toEqual(['p-zoe']);
    expect(await search('PROEFMANS')).toEqual([ID.fenna]);
    const leeg = await f.request(`${A}/personen/_zoek`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(leeg.status).toBe(400);
  });

  it('answers 404 for an unknown person', async () => {
    const res = await f.request(`${A}/personen/niemand`);
    expect(res.status).toBe(404);
  });
});

describe('organisaties, overleggen, trainingen, contactmomenten', () => {
  it('lists and filters organisations, and reads one', async () => {
    const l = (await (
      await f.request(`${A}/organisaties?netwerk=informeel`, { sleutel: f.sleutels.regisseur })
    ).json()) as Lijst;
    expect(l.resultaten.map((o) => o.naam)).toEqual(['Stichting Proefgemeenschap']);
    // The informal network (AVG art. 9) is not in a lezer's view: not listed, not readable by id.
    const lezer = (await (
      await f.request(`${A}/organisaties?netwerk=informeel`, { sleutel: f.sleutels.lezer })
    ).json()) as Lijst & { totaal: number };
    expect(lezer.totaal).toBe(0);
    expect((await f.request(`${A}/organisaties/${ID.stichting}`, { sleutel: f.sleutels.lezer })).status).toBe(404);
    const een = await f.request(`${A}/organisaties/${ID.politie}`, { sleutel: f.sleutels.lezer });
    expect(await een.json()).toMatchObject({
      naam: 'Politie Basisteam Proef',
      domein: 'veiligheid',
      wijken: ['Almere Stad'],
    });
    expect((await f.request(`${A}/organisaties/niets`, { sleutel: f.sleutels.lezer })).status).toBe(404);
  });

  it('lists meeting structures and their participations', async () => {
    const l = (await (await f.request(`${A}/overleggen`)).json()) as Lijst;
    expect(l.resultaten.map((o) => o.naam)).toEqual(['Casusoverleg Proef']);
    const d = (await (await f.request(`${A}/overleggen/${ID.overleg}/deelnames`)).json()) as { totaal: number };
    expect(d.totaal).toBe(3);
    expect((await f.request(`${A}/overleggen/niets/deelnames`)).status).toBe(404);
  });

  it('lists trainings by person', async () => {
    const l = (await (await f.request(`${A}/trainingen?persoon=${ID.fenna}`)).json()) as {
      resultaten: Array<{ datum: string }>;
    };
    expect(l.resultaten).toEqual([{ id: 't-1', persoonId: ID.fenna, soort: 'basistraining', datum: '2023-05-01' }]);
  });

  it('logs a contact moment and reads it back', async () => {
    const res = await f.request(`${A}/contactmomenten`, {
      method: 'POST',
      sleutel: f.sleutels.regisseur,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        organisatieId: ID.politie,
        persoonId: ID.jurre,
        datum: '2024-05-06',
        kanaal: 'bezoek',
        aanleiding: 'signaal',
        initiatief: 'partner',
      }),
    });
    expect(res.status).toBe(201);
    const moment = (await res.json()) as { id: string };
    expect(res.headers.get('location')).toBe(`/v1/gemeenten/almere/contactmomenten/${moment.id}`);
    const terug = await f.request(res.headers.get('location')!, { sleutel: f.sleutels.regisseur });
    expect(await terug.json()).toMatchObject({
      organisatieId: ID.politie,
      persoonId: ID.jurre,
      datum: '2024-05-06',
      kanaal: 'bezoek',
    });
    const l = (await (await f.request(`${A}/contactmomenten?organisatie=${ID.politie}&vanaf=2024-05-01`)).json()) as {
      totaal: number;
    };
    expect(l.totaal).toBe(1);
  });

  it('refuses a contact moment with an unknown organisation and person, naming both', async () => {
    const res = await f.request(`${A}/contactmomenten`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        organisatieId: 'geen',
        persoonId: 'niemand',
        datum: '2024-05-06',
        kanaal: 'email',
        aanleiding: 'regulier',
        initiatief: 'gemeente',
      }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { invalidParams: Array<{ name: string }> };
    expect(body.invalidParams.map((p) => p.name)).toEqual(['organisatieId', 'persoonId']);
  });
});
