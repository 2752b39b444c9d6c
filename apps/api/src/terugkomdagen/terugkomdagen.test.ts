import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, createFixture, type Fixture, ID } from '../_test/fixture.js';

let f: Fixture;
beforeAll(async () => {
  f = await createFixture();
});
afterAll(() => f.opruimen());

// Fenna (wijkteam) was trained on 2023-05-01; Sahin's training has no date. Default term: 24 months.
describe('terugkomdagen', () => {
  it('lists whoever was last trained before the peildatum minus the term, per organisation', async () => {
    const res = await f.request(`${A}/analyse/terugkomdagen?peildatum=2025-06-01`, { sleutel: f.sleutels.regisseur });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      peildatum: '2025-06-01',
      termijnMaanden: 24,
      grens: '2023-06-01',
      organisaties: [
        {
          organisatie: `organisatie:${ID.wijkteam}`,
          naam: 'Wijkteam Haven Proef',
          getraind: 1,
          personen: [
            {
              persoon: `persoon:${ID.fenna}`,
              naam: 'Fenna Proefmans',
              laatsteTraining: '2023-05-01',
              soort: 'basistraining',
            },
          ],
        },
      ],
    });
  });

  it('gives one organisation for its page, empty when nobody is due yet', async () => {
    const pad = `${A}/organisaties/${ID.wijkteam}/terugkomdagen`;
    const voor = await f.request(`${pad}?peildatum=2025-04-30`, { sleutel: f.sleutels.regisseur });
    expect(await voor.json()).toEqual({
      peildatum: '2025-04-30',
      termijnMaanden: 24,
      grens: '2023-04-30',
      organisatie: `organisatie:${ID.wijkteam}`,
      naam: 'Wijkteam Haven Proef',
      getraind: 1,
      personen: [],
    });
    const na = await f.request(`${pad}?peildatum=2025-05-02`, { sleutel: f.sleutels.regisseur });
    expect(((await na.json()) as { personen: { naam: string }[] }).personen.map((p) => p.naam)).toEqual([
      'Fenna Proefmans',
    ]);
  });

  it('is 404 for an unknown organisation and 403 for a lezer', async () => {
    const onbekend = await f.request(`${A}/organisaties/bestaat-niet/terugkomdagen`, { sleutel: f.sleutels.regisseur });
    expect([onbekend.status, ((await onbekend.json()) as { detail: string }).detail]).toEqual([
      404,
      'Deze organisatie bestaat niet.',
    ]);
    const lezer = await f.request(`${A}/organisaties/${ID.wijkteam}/terugkomdagen`, { sleutel: f.sleutels.lezer });
    expect(lezer.status).toBe(403);
  });

  it('audits the read with the purpose the caller named', async () => {
    await f.request(`${A}/organisaties/${ID.wijkteam}/terugkomdagen?peildatum=2025-06-01&doel=terugkomdag%20plannen`, {
      sleutel: f.sleutels.regisseur,
    });
    const audit = await f.request(`${A}/audit?entiteit=training`, { sleutel: f.sleutels.beheerder });
    const regels = ((await audit.json()) as { resultaten: Array<Record<string, unknown>> }).resultaten;
    expect(regels[0]).toMatchObject({
      actie: 'lezen',
      entiteit: 'training',
      entiteitId: ID.wijkteam,
      doel: 'terugkomdag plannen',
      route: `GET ${A}/organisaties/${ID.wijkteam}/terugkomdagen`,
    });
  });
});
