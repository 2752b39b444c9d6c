import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, createFixture, type Fixture, ID } from '../_test/fixture.js';

let f: Fixture;
beforeAll(async () => {
  f = await createFixture();
});
afterAll(() => f.opruimen());

const json = { 'Content-Type': 'application/json' };
const maak = (body: unknown, sleutel = f.sleutels.regisseur) =>
  f.request(`${A}/segmenten`, { method: 'POST', headers: json, body: JSON.stringify(body), sleutel });
const namen = (b: { leden: Array<{ naam: string }> }) => b.leden.map((l) => l.naam);

// The fixture: Fenna (wijkteam, zorg, Haven, in the casusoverleg), Jurre (police, Almere Stad),
// Sahin (the informal foundation, whole city, in the casusoverleg), Noor (wijkteam and foundation).
describe('segments over HTTP', () => {
  it('a regisseur saves one (201 with Location) and every role reads it and its members', async () => {
    const res = await maak({ naam: 'Haven', wijken: ['Almere Haven'] });
    expect(res.status).toBe(201);
    const segment = (await res.json()) as { id: string };
    expect(res.headers.get('Location')).toBe(`${A}/segmenten/${segment.id}`);
    expect(segment).toEqual({
      id: segment.id,
      naam: 'Haven',
      omschrijving: null,
      domeinen: [],
      wijken: ['Almere Haven'],
      rollen: [],
      overleggen: [],
      netwerk: null,
    });

    const regisseur = await f.request(`${A}/segmenten/${segment.id}/leden?peildatum=2024-06-01`, {
      sleutel: f.sleutels.regisseur,
    });
    const body = (await regisseur.json()) as { totaal: number; leden: Array<{ naam: string }> };
    // The foundation has no districts: it works in the whole city, Haven included.
    expect([body.totaal, namen(body)]).toEqual([3, ['Fenna Proefmans', 'Noor Dubbelrol', 'Sahin Voorbeeldzoon']]);

    const lezer = await f.request(`${A}/segmenten/${segment.id}/leden?peildatum=2024-06-01`, {
      sleutel: f.sleutels.lezer,
    });
    const alsLezer = (await lezer.json()) as { leden: Array<{ naam: string; organisaties: Array<{ naam: string }> }> };
    expect(alsLezer.leden.map((l) => [l.naam, l.organisaties.map((o) => o.naam)])).toEqual([
      ['Fenna Proefmans', ['Wijkteam Haven Proef']],
      ['Noor Dubbelrol', ['Wijkteam Haven Proef']],
    ]);
    const lijst = await f.request(`${A}/segmenten`, { sleutel: f.sleutels.lezer });
    expect(((await lijst.json()) as { resultaten: Array<{ id: string }> }).resultaten.map((s) => s.id)).toContain(
      segment.id,
    );
  });

  it('selects by meeting and role, and exports CSV, vCard and mailto', async () => {
    const res = await maak({ naam: 'Casus; sleutel', overleggen: [ID.overleg], rollen: ['sleutelfiguur'] });
    const { id } = (await res.json()) as { id: string };
    const csv = await f.request(`${A}/segmenten/${id}/export?formaat=csv&peildatum=2024-06-01`, {
      sleutel: f.sleutels.regisseur,
    });
    expect(csv.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('Content-Disposition')).toContain('filename="segment-casus-sleutel-2024-06-01.csv"');
    // Sahin takes part himself; Noor's foundation does not, and her wijkteam membership has no key-figure role.
    const bytes = new Uint8Array(await csv.arrayBuffer());
    // The byte order mark Excel needs to read UTF-8 (a Response's text() would strip it).
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(
      '\uFEFFNaam;Organisatie;Functie;Rollen;E-mail;Telefoon\r\n' +
        "Sahin Voorbeeldzoon;Stichting Proefgemeenschap;voorzitter;sleutelfiguur;sahin.voorbeeldzoon@example.org;'+31612345673\r\n",
    );
    const mailto = await f.request(`${A}/segmenten/${id}/export?formaat=mailto&peildatum=2024-06-01`, {
      sleutel: f.sleutels.regisseur,
    });
    expect([mailto.headers.get('Content-Type'), await mailto.text()]).toEqual([
      'text/uri-list; charset=utf-8',
      '# 1 van 1 leden met een e-mailadres, in bcc.\r\nmailto:?bcc=sahin.voorbeeldzoon@example.org\r\n',
    ]);
    const vcard = await f.request(`${A}/segmenten/${id}/export?formaat=vcard&peildatum=2024-06-01`, {
      sleutel: f.sleutels.regisseur,
    });
    expect(await vcard.text()).toContain('FN:Sahin Voorbeeldzoon\r\n');
    // A lezer's export of the same segment: Sahin is in the informal network only, so nobody.
    const lezer = await f.request(`${A}/segmenten/${id}/export?formaat=mailto&peildatum=2024-06-01`, {
      sleutel: f.sleutels.lezer,
    });
    expect(await lezer.text()).toBe('# 0 van 0 leden met een e-mailadres, in bcc.\r\nmailto:?bcc=\r\n');
  });

  it('refuses a lezer who creates or deletes, bad criteria with invalidParams, and unknown segments', async () => {
    expect((await maak({ naam: 'x' }, f.sleutels.lezer)).status).toBe(403);
    const fout = await maak({ naam: 'x', wijken: ['Almere Centrum'], overleggen: ['ov-weg'] });
    expect(fout.status).toBe(400);
    expect(((await fout.json()) as { invalidParams: unknown }).invalidParams).toEqual([
      { name: 'wijken', reason: '"Almere Centrum" is geen wijk van Almere.' },
      { name: 'overleggen', reason: 'Overleg ov-weg bestaat niet.' },
    ]);
    expect((await maak({ naam: 'x', domeinen: ['sport'] })).status).toBe(400);
    const onbekend = await f.request(`${A}/segmenten/bestaat-niet/leden`, { sleutel: f.sleutels.lezer });
    expect([onbekend.status, ((await onbekend.json()) as { detail: string }).detail]).toEqual([
      404,
      'Segment bestaat-niet bestaat niet.',
    ]);
  });

  it('deletes (204, then 404), audits member reads and exports with their purpose', async () => {
    const { id } = (await (await maak({ naam: 'weg' })).json()) as { id: string };
    await f.request(`${A}/segmenten/${id}/leden?doel=nieuwsbrief`, { sleutel: f.sleutels.lezer });
    const audit = await f.request(`${A}/audit?entiteit=segment&entiteitId=${id}`, { sleutel: f.sleutels.beheerder });
    const regels = ((await audit.json()) as { resultaten: Array<{ actie: string; doel: string }> }).resultaten;
    expect(regels.map((r) => [r.actie, r.doel])).toEqual([
      ['lezen', 'nieuwsbrief'],
      ['aanmaken', 'bewaren segment'],
    ]);
    const weg = await f.request(`${A}/segmenten/${id}`, { method: 'DELETE', sleutel: f.sleutels.regisseur });
    expect(weg.status).toBe(204);
    expect((await f.request(`${A}/segmenten/${id}`, { sleutel: f.sleutels.lezer })).status).toBe(404);
  });
});
