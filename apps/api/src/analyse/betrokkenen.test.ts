/** The analysis routes' data subjects: recorded once per snapshot as a set, found by inzage, unlinked by erasure (issue 15). */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, createFixture, Database, type Fixture, ID } from '../_test/fixture.js';

let f: Fixture;
beforeAll(async () => {
  f = await createFixture();
});
afterAll(() => f.opruimen());

const tel = (sql: string) => {
  const db = new Database(join(f.map, 'almere.db'), { readonly: true });
  const n = db.prepare(sql).pluck().get() as number;
  db.close();
  return n;
};
const analyseRegels = async (id: string) => {
  const res = await f.request(`${A}/personen/${id}/inzage`);
  expect(res.status).toBe(200);
  const { audit } = (await res.json()) as { audit: Array<{ actie: string; route: string }> };
  return audit.filter((a) => a.actie === 'analyseren').map((a) => a.route);
};

describe('analysis calls in the processing log', () => {
  it('records the snapshot’s persons once for repeated calls, and each call shows in a person’s inzage', async () => {
    const personen = tel('select count(*) from personen');
    for (const route of ['gezondheid', 'werklijst', 'gezondheid']) {
      expect((await f.request(`${A}/analyse/${route}`, { sleutel: f.sleutels.regisseur })).status).toBe(200);
    }
    expect(tel('select count(*) from betrokkenensets')).toBe(1);
    expect(tel('select count(*) from betrokkenenset_leden')).toBe(personen);
    expect(tel("select count(*) from audit where actie = 'analyseren' and betrokkenenset_id is not null")).toBe(3);
    expect(tel('select count(*) from audit_betrokkenen')).toBe(0);
    expect(await analyseRegels(ID.fenna)).toEqual([
      'GET /v1/gemeenten/almere/analyse/gezondheid',
      'GET /v1/gemeenten/almere/analyse/werklijst',
      'GET /v1/gemeenten/almere/analyse/gezondheid',
    ]);
  });

  it('no longer links an erased person to the calls, and keeps the chain whole', async () => {
    const analyses = async () =>
      (await f.stores.almere.listAudit({ betrokkene: ID.jurre })).items.filter((a) => a.actie === 'analyseren');
    expect(await analyses()).toHaveLength(3);
    const res = await f.request(`${A}/personen/${ID.jurre}?doel=verzoek%20betrokkene`, { method: 'DELETE' });
    expect(res.status).toBe(204);
    expect(await analyses()).toEqual([]);
    expect(tel('select count(*) from betrokkenenset_leden')).toBe(tel('select aantal from betrokkenensets'));
    expect(await f.stores.almere.verifyKeten()).toMatchObject({ intact: true });
    expect(await analyseRegels(ID.fenna)).toHaveLength(3);
  });
});
