import { answerUitnodiging, startRonde } from '@netwerkregie/toepassing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, ALMERE, createFixture, type Fixture, ID } from '../_test/fixture.js';

let fx: Fixture;
beforeAll(async () => {
  fx = await createFixture();
});
afterAll(() => fx.opruimen());

const post = (pad: string, body: unknown, sleutel = fx.sleutels.regisseur) =>
  fx.request(pad, {
    sleutel,
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('confirmation rounds over the API', () => {
  it('starts a round for the formal partners, shows its progress and revokes links', async () => {
    const res = await post(`${A}/bevestigingsrondes`, {});
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      ronde: { id: string; selectie: unknown };
      links: Array<{ organisatie: string; naam: string; link: string }>;
      verzonden: number;
    };
    expect(res.headers.get('Location')).toBe(`${A}/bevestigingsrondes/${body.ronde.id}`);
    // The formal partners only: the informal Stichting is not invited.
    expect(body.links.map((l) => l.naam)).toEqual(['Politie Basisteam Proef', 'Wijkteam Haven Proef']);
    expect(body.links.every((l) => /^http:\/\/localhost\/bevestigen\/bv_almere_[A-Za-z0-9_-]{43}$/.test(l.link))).toBe(
      true,
    );
    expect([body.verzonden, body.ronde.selectie]).toEqual([0, {}]);

    const v = await fx.request(`${A}/bevestigingsrondes/${body.ronde.id}`, { sleutel: fx.sleutels.regisseur });
    expect(v.status).toBe(200);
    const voortgang = (await v.json()) as { totalen: Record<string, number>; organisaties: Array<{ status: string }> };
    expect(voortgang.totalen).toEqual({
      openstaand: 2,
      verzonden: 0,
      geopend: 0,
      bevestigd: 0,
      gecorrigeerd: 0,
      afgewezen: 0,
      verlopen: 0,
      onbestelbaar: 0,
      ingetrokken: 0,
    });
    const intrekking = await post(`${A}/bevestigingsrondes/${body.ronde.id}/intrekking`, { organisatie: ID.politie });
    expect(await intrekking.json()).toEqual({ ingetrokken: 1 });
    const lijst = await fx.request(`${A}/bevestigingsrondes`, { sleutel: fx.sleutels.regisseur });
    expect(((await lijst.json()) as { resultaten: Array<{ id: string }> }).resultaten.map((r) => r.id)).toEqual([
      body.ronde.id,
    ]);
  });

  it('refuses a lezer, an empty selection, an unknown district and an unknown round in Dutch', async () => {
    expect((await post(`${A}/bevestigingsrondes`, {}, fx.sleutels.lezer)).status).toBe(403);
    const leeg = await post(`${A}/bevestigingsrondes`, { domein: 'onderwijs' });
    expect([leeg.status, ((await leeg.json()) as { code: string }).code]).toEqual([409, 'ronde.leeg']);
    const wijk = await post(`${A}/bevestigingsrondes`, { wijk: 'Atlantis' });
    expect([wijk.status, ((await wijk.json()) as { detail: string }).detail]).toEqual([
      400,
      '"Atlantis" is geen wijk van Almere.',
    ]);
    const dagen = await post(`${A}/bevestigingsrondes`, { geldigDagen: 400 });
    expect(dagen.status).toBe(400);
    const onbekend = await fx.request(`${A}/bevestigingsrondes/r-onbekend`, { sleutel: fx.sleutels.regisseur });
    expect([onbekend.status, ((await onbekend.json()) as { detail: string }).detail]).toEqual([
      404,
      'Bevestigingsronde r-onbekend bestaat niet.',
    ]);
  });

  it('starts a round for a saved segment by name, and refuses an unknown or informal segment with 400, writing nothing', async () => {
    const zorg = await post(`${A}/segmenten`, { naam: 'Zorg in de proef', domeinen: ['zorg'] });
    const segment = ((await zorg.json()) as { id: string }).id;
    const res = await post(`${A}/bevestigingsrondes`, { segment: 'zorg in de proef' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { ronde: { selectie: unknown }; links: Array<{ naam: string }> };
    expect([body.ronde.selectie, body.links.map((l) => l.naam)]).toEqual([{ segment }, ['Wijkteam Haven Proef']]);

    const rondes = async () =>
      (
        (await (await fx.request(`${A}/bevestigingsrondes`, { sleutel: fx.sleutels.regisseur })).json()) as {
          resultaten: unknown[];
        }
      ).resultaten.length;
    const voor = await rondes();
    const onbekend = await post(`${A}/bevestigingsrondes`, { segment: 'Nergens' });
    expect([onbekend.status, await onbekend.json()]).toEqual([
      400,
      expect.objectContaining({
        code: 'invoer.ongeldig',
        detail: 'Segment Nergens bestaat niet.',
        invalidParams: [{ name: 'segment', reason: 'Segment Nergens bestaat niet.' }],
      }),
    ]);
    await post(`${A}/segmenten`, { naam: 'Informele proef', netwerk: 'informeel' });
    const informeel = await post(`${A}/bevestigingsrondes`, { segment: 'Informele proef' });
    expect([informeel.status, await informeel.json()]).toEqual([
      400,
      expect.objectContaining({
        code: 'invoer.ongeldig',
        detail: 'Segment "Informele proef" heeft geen formele partners; er is geen ronde gestart.',
      }),
    ]);
    expect(await rondes()).toBe(voor);
  });

  it('shows an organisation whose correction the beheerder rejected as afgewezen in the round', async () => {
    const { ronde, links } = await startRonde(fx.stores.almere, ALMERE, { actor: 'test' });
    const wijkteam = links.find((l) => l.organisatieId === ID.wijkteam)!;
    const uitkomst = await answerUitnodiging(fx.stores.almere, ALMERE, wijkteam.token, {
      personen: [{ persoonId: ID.fenna, oordeel: 'wijzig', telefoon: '06 2345 6789' }],
    });
    const { importId } = uitkomst as { importId: string };
    // The regisseur may not reject (the import routes are the beheerder's).
    expect((await post(`${A}/imports/${importId}/afwijzing`, {})).status).toBe(403);
    const afwijzing = await post(`${A}/imports/${importId}/afwijzing`, { reden: 'Klopt niet.' }, fx.sleutels.beheerder);
    expect(afwijzing.status).toBe(200);
    const v = (await (
      await fx.request(`${A}/bevestigingsrondes/${ronde.id}`, { sleutel: fx.sleutels.regisseur })
    ).json()) as {
      totalen: Record<string, number>;
      organisaties: Array<{ naam: string; status: string; import: string }>;
    };
    expect(v.organisaties.map((o) => [o.naam, o.status])).toEqual([
      ['Politie Basisteam Proef', 'openstaand'],
      ['Wijkteam Haven Proef', 'afgewezen'],
    ]);
    expect([v.totalen.afgewezen, v.organisaties[1]?.import]).toEqual([1, importId]);
    expect((await fx.stores.almere.persoon(ID.fenna))?.telefoon).toBe('+31612345671');
  });
});
