/** Every read or change of personal data writes exactly one audit row per call; other calls none. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, type Fixture, ID, createFixture } from '../_test/fixture.js';

let f: Fixture;
beforeAll(async () => {
  f = await createFixture();
});
afterAll(() => f.opruimen());

const aantal = async () => (await f.stores.almere.listAudit({}, { limiet: 1 })).totaal;

async function regelsNa(fn: () => Promise<Response>) {
  const voor = await aantal();
  const res = await fn();
  const na = await aantal();
  const regels = (await f.stores.almere.listAudit({}, { limiet: Math.max(1, na - voor) })).items;
  return { res, nieuw: na - voor, regels: na > voor ? regels : [] };
}

const json = { 'Content-Type': 'application/json' };

describe('audit', () => {
  const persoonsroutes: Array<[string, () => Promise<Response>, string]> = [
    [
      'lijst personen',
      () => f.request(`${A}/personen?domein=zorg`, { sleutel: f.sleutels.lezer }),
      'raadplegen contactlijst',
    ],
    [
      'één persoon',
      () => f.request(`${A}/personen/${ID.fenna}`, { sleutel: f.sleutels.lezer }),
      'raadplegen contactpersoon',
    ],
    [
      'zoeken',
      () =>
        f.request(`${A}/personen/_zoek`, { method: 'POST', headers: json, body: JSON.stringify({ termen: 'fenna' }) }),
      'zoeken in contactlijst',
    ],
    ['inzage', () => f.request(`${A}/personen/${ID.jurre}/inzage`), 'inzageverzoek AVG'],
    [
      'contactmomenten',
      () => f.request(`${A}/contactmomenten`, { sleutel: f.sleutels.regisseur }),
      'raadplegen contactmomenten',
    ],
    ['trainingen', () => f.request(`${A}/trainingen`, { sleutel: f.sleutels.regisseur }), 'raadplegen trainingen'],
    ['deelnames', () => f.request(`${A}/overleggen/${ID.overleg}/deelnames`), 'raadplegen overleg'],
    ['export vcf', () => f.request(`${A}/export?formaat=vcf`), 'export contactlijst'],
    ['audit zelf', () => f.request(`${A}/audit`), 'controle audit'],
    [
      'nieuw contactmoment',
      () =>
        f.request(`${A}/contactmomenten`, {
          method: 'POST',
          sleutel: f.sleutels.regisseur,
          headers: json,
          body: JSON.stringify({
            organisatieId: ID.politie,
            persoonId: ID.jurre,
            datum: '2024-04-02',
            kanaal: 'bezoek',
            aanleiding: 'signaal',
            initiatief: 'partner',
          }),
        }),
      'vastleggen contactmoment',
    ],
  ];

  for (const [naam, roep, doel] of persoonsroutes) {
    it(`writes exactly one row for ${naam}, with actor, route and the default purpose`, async () => {
      const { res, nieuw, regels } = await regelsNa(roep);
      expect(res.status, naam).toBeLessThan(300);
      expect(nieuw, naam).toBe(1);
      const regel = regels[0]!;
      expect(Object.values(f.sleutelIds)).toContain(regel.actor);
      expect(regel.doel).toBe(doel);
      expect(regel.route).toMatch(/^(GET|POST) \/v1\/gemeenten\/almere\//);
      expect(regel.tijd).toMatch(/Z$/);
    });
  }

  it('records the id of the person read and of what was created', async () => {
    const { regels } = await regelsNa(() => f.request(`${A}/personen/${ID.fenna}`));
    expect(regels[0]).toMatchObject({ actie: 'lezen', entiteit: 'persoon', entiteitId: ID.fenna });
    const standenVoor = (await f.stores.almere.listIndicatorStanden()).length;
    const { res, regels: nieuw } = await regelsNa(() =>
      f.request(`${A}/contactmomenten`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({
          organisatieId: ID.politie,
          datum: '2024-04-03',
          kanaal: 'email',
          aanleiding: 'regulier',
          initiatief: 'gemeente',
        }),
      }),
    );
    expect(nieuw[0]).toMatchObject({
      actie: 'aanmaken',
      entiteit: 'contactmoment',
      entiteitId: ((await res.json()) as { id: string }).id,
    });
    // A logged contact moment also keeps every indicator's value, for the trend.
    const standen = await f.stores.almere.listIndicatorStanden();
    expect(standen.slice(standenVoor).map((s) => s.aanleiding)).toEqual(Array(10).fill('contactmoment'));
  });

  it('takes the purpose from the query or the Doel header', async () => {
    const viaQuery = await regelsNa(() => f.request(`${A}/personen?doel=voorbereiding%20casusoverleg`));
    expect(viaQuery.regels[0]?.doel).toBe('voorbereiding casusoverleg');
    const viaKop = await regelsNa(() => f.request(`${A}/personen/${ID.noor}`, { headers: { Doel: 'terugbelverzoek' } }));
    expect(viaKop.regels[0]?.doel).toBe('terugbelverzoek');
  });

  it('writes nothing for refused or failed calls, nor for data that is not personal', async () => {
    for (const roep of [
      () => f.request(`${A}/personen`, { sleutel: null }),
      () => f.request(`${A}/personen`, { sleutel: f.sleutels.arnhem }),
      () => f.request(`${A}/personen/${ID.sahin}`, { sleutel: f.sleutels.lezer }),
      () => f.request(`${A}/personen?pagina=0`),
      () => f.request(`${A}/organisaties`),
      () => f.request(`${A}/overleggen`),
    ]) {
      expect((await regelsNa(roep)).nieuw).toBe(0);
    }
  });

  it('keeps search words out of the audit', async () => {
    await f.request(`${A}/personen/_zoek`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ termen: 'Proefmans' }),
    });
    const alles = JSON.stringify((await f.stores.almere.listAudit({}, { limiet: 1000 })).items);
    expect(alles).not.toContain('Proefmans');
  });

  it('lists the audit for a beheerder, filtered by person', async () => {
    const res = await f.request(`${A}/audit?entiteit=persoon&entiteitId=${ID.fenna}`);
    const body = (await res.json()) as { resultaten: Array<{ entiteitId: string }>; totaal: number };
    expect(body.totaal).toBeGreaterThan(0);
    for (const r of body.resultaten) expect(r.entiteitId).toBe(ID.fenna);
  });
});
