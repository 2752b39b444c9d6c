/** An organisation's history over HTTP: its own changes and its memberships', newest first, for the regisseur. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, createFixture, type Fixture, ID } from '../_test/fixture.js';

let f: Fixture;
beforeAll(async () => {
  f = await createFixture();
});
afterAll(() => f.opruimen());

interface Regel {
  entiteit: string;
  entiteitId: string;
  veld: string;
  voor: unknown;
  na: unknown;
  importId: string | null;
  actor: string;
}
const historie = async (id: string, query = '') => {
  const res = await f.request(`${A}/organisaties/${id}/historie${query}`, { sleutel: f.sleutels.regisseur });
  expect(res.status).toBe(200);
  return (await res.json()) as { resultaten: Regel[]; totaal: number; aantalPaginas: number };
};

describe('GET /organisaties/{id}/historie', () => {
  it('lists the changes of the organisation and of its memberships, newest first', async () => {
    const voor = await historie(ID.wijkteam);
    const entiteiten = new Set(voor.resultaten.map((r) => `${r.entiteit}:${r.entiteitId}`));
    expect([...entiteiten].sort()).toEqual([
      'lidmaatschap:l-fenna',
      'lidmaatschap:l-noor-1',
      `organisatie:${ID.wijkteam}`,
    ]);
    const organisatie = (await f.stores.almere.organisatie(ID.wijkteam))!;
    await f.stores.almere.upsertOrganisatie({ ...organisatie, naam: 'Wijkteam Haven Hernoemd' }, { actor: 'proef' });
    const na = await historie(ID.wijkteam);
    expect(na.totaal).toBe(voor.totaal + 1);
    expect(na.resultaten[0]).toMatchObject({
      entiteit: 'organisatie',
      entiteitId: ID.wijkteam,
      veld: 'naam',
      voor: 'Wijkteam Haven Proef',
      na: 'Wijkteam Haven Hernoemd',
      importId: null,
      actor: 'proef',
    });
    const pagina = await historie(ID.wijkteam, '?paginaGrootte=1&pagina=2');
    expect(pagina.resultaten).toEqual([na.resultaten[1]]);
    expect(pagina.aantalPaginas).toBe(na.totaal);
  });

  it('is for the regisseur, says 404 for an unknown organisation and writes an audit row', async () => {
    expect((await f.request(`${A}/organisaties/${ID.wijkteam}/historie`, { sleutel: f.sleutels.lezer })).status).toBe(
      403,
    );
    const onbekend = await f.request(`${A}/organisaties/bestaat-niet/historie`, { sleutel: f.sleutels.regisseur });
    expect(onbekend.status).toBe(404);
    expect(onbekend.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const voor = (await f.stores.almere.listAudit({}, { limiet: 1 })).totaal;
    await historie(ID.politie);
    const audit = await f.stores.almere.listAudit({}, { limiet: 1 });
    expect(audit.totaal).toBe(voor + 1);
  });
});
