/** Import over HTTP: upload → plan (gepland) → toepassing → terugdraaiing, with a small CSV written here. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, createFixture, type Fixture } from '../_test/fixture.js';

let f: Fixture;
beforeAll(async () => {
  f = await createFixture();
});
afterAll(() => f.opruimen());

const CSV = [
  'Organisatie;Domein;Naam;E-mail;Telefoon;Rol',
  'Jongerenwerk Proefstad;Jongerenwerk;Lotte Importmans;lotte.importmans@example.org;0612345699;eerstelijnswerker',
  'Wijkteam Haven Proef;Zorg;Fenna Proefmans;fenna.proefmans@example.org;0612345671;contactpersoon radicalisering',
  'Sportclub Proefbal;Sport;Kees Foutief;kees@;0612;astronaut',
  '',
].join('\r\n');

interface ImportAntwoord {
  id: string;
  status: string;
  proefrun: boolean;
  toegepast: boolean;
  rijen: number;
  afgewezen: number;
  organisaties: { toegevoegd: number; gewijzigd: number; ongewijzigd: number };
  personen: { toegevoegd: number; gewijzigd: number; ongewijzigd: number };
  meldingen: Array<{ rij: number; kolom: string; code: string; ernst: string }>;
  _links: Record<string, { href: string } | undefined>;
}

async function upload(inhoud: string | Uint8Array, naam = 'contactlijst.csv', velden: Record<string, string> = {}) {
  const form = new FormData();
  form.append('bestand', new File([inhoud], naam));
  for (const [k, v] of Object.entries(velden)) form.append(k, v);
  return f.request(`${A}/imports`, { method: 'POST', body: form });
}

const post = (pad: string, body?: unknown) =>
  f.request(
    pad,
    body === undefined
      ? { method: 'POST' }
      : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
  );

const findLotte = async () => {
  const res = await post(`${A}/personen/_zoek`, { termen: 'Importmans' });
  return ((await res.json()) as { totaal: number }).totaal;
};

describe('imports', () => {
  let id: string;

  it('plans an upload without changing anything, and keeps it as gepland', async () => {
    const res = await upload(CSV);
    expect(res.status).toBe(201);
    const plan = (await res.json()) as ImportAntwoord;
    id = plan.id;
    expect(res.headers.get('location')).toBe(`/v1/gemeenten/almere/imports/${id}`);
    expect(plan).toMatchObject({ status: 'gepland', proefrun: true, toegepast: false, rijen: 3, afgewezen: 1 });
    expect(plan.personen.toegevoegd).toBe(1);
    expect(plan.organisaties.toegevoegd).toBe(1);
    const codes = plan.meldingen.filter((m) => m.rij === 4).map((m) => m.code);
    expect(codes).toEqual(expect.arrayContaining(['email.ongeldig', 'telefoon.ongeldig', 'rol.onbekend']));
    expect(plan._links.toepassing?.href).toBe(`/v1/gemeenten/almere/imports/${id}/toepassing`);
    expect(await findLotte()).toBe(0);
    const terug = (await (await f.request(`${A}/imports/${id}`)).json()) as ImportAntwoord;
    expect(terug).toMatchObject({ id, status: 'gepland', afgewezen: 1 });
    const lijst = (await (await f.request(`${A}/imports`)).json()) as {
      resultaten: Array<Record<string, unknown>>;
      totaal: number;
    };
    expect(lijst.totaal).toBe(1);
    expect(lijst.resultaten[0]).toMatchObject({ id, status: 'gepland' });
    expect(lijst.resultaten[0]).not.toHaveProperty('meldingen');
  });

  it('keeps the header rows the plan found for the error report, and does not show them', async () => {
    const kept = (await f.stores.almere.importRecord(id))?.samenvatting as { bladen?: unknown };
    expect(kept.bladen).toEqual([
      {
        naam: null,
        kopRij: 1,
        kolommen: [
          { veld: 'organisatie', kop: 'Organisatie', index: 0 },
          { veld: 'domein', kop: 'Domein', index: 1 },
          { veld: 'naam', kop: 'Naam', index: 2 },
          { veld: 'email', kop: 'E-mail', index: 3 },
          { veld: 'telefoon', kop: 'Telefoon', index: 4 },
          { veld: 'rollen', kop: 'Rol', index: 5 },
        ],
        onbekendeKolommen: [],
      },
    ]);
    expect(await (await f.request(`${A}/imports/${id}`)).json()).not.toHaveProperty('bladen');
  });

  it('gives the error report of a CSV as a CSV of the issues', async () => {
    const res = await f.request(`${A}/imports/${id}/foutenrapport`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toContain('foutenrapport-contactlijst.csv');
    const tekst = await res.text();
    expect(tekst).toContain('email.ongeldig');
    expect(tekst).toContain('rol.onbekend');
  });

  it('applies the planned import, once', async () => {
    const res = await post(`${A}/imports/${id}/toepassing`);
    expect(res.status).toBe(200);
    const toegepast = (await res.json()) as ImportAntwoord;
    expect(toegepast).toMatchObject({ id, status: 'toegepast', toegepast: true, proefrun: false, afgewezen: 1 });
    expect(toegepast._links.terugdraaiing?.href).toBe(`/v1/gemeenten/almere/imports/${id}/terugdraaiing`);
    expect(await findLotte()).toBe(1);
    const nogmaals = await post(`${A}/imports/${id}/toepassing`);
    expect(nogmaals.status).toBe(409);
    expect(((await nogmaals.json()) as { code: string }).code).toBe('import.al-toegepast');
    const historie = await f.stores.almere.historie({ importId: id });
    expect(historie.length).toBeGreaterThan(0);
    // The trend: every indicator's value is kept after the applied import.
    const standen = await f.stores.almere.listIndicatorStanden();
    expect(standen.filter((s) => s.aanleiding === `import ${id}`).map((s) => s.indicatorId)).toEqual([
      'contactpersoon-radicalisering',
      'veiligheid-zorg',
      'informeel-formeel',
      'wederkerigheid',
      'kwetsbaarheid',
      'training',
      'wijkdekking',
      'overlegdruk',
      'silos',
      'actualiteit',
      'regisseurkandidaten',
    ]);
  });

  it('reverts the applied import, once', async () => {
    const res = await post(`${A}/imports/${id}/terugdraaiing`);
    expect(res.status).toBe(200);
    const uitkomst = (await res.json()) as { importId: string; verwijderd: number; geweigerd: unknown[] };
    expect(uitkomst.importId).toBe(id);
    expect(uitkomst.verwijderd).toBeGreaterThanOrEqual(3);
    expect(await findLotte()).toBe(0);
    expect(((await (await f.request(`${A}/imports/${id}`)).json()) as ImportAntwoord).status).toBe('teruggedraaid');
    const nogmaals = await post(`${A}/imports/${id}/terugdraaiing`);
    expect(nogmaals.status).toBe(409);
    expect(((await nogmaals.json()) as { code: string }).code).toBe('import.al-teruggedraaid');
  });

  it('applies nothing with strikt when a row is rejected', async () => {
    const plan = (await (await upload(CSV)).json()) as ImportAntwoord;
    const res = await post(`${A}/imports/${plan.id}/toepassing`, { strikt: true });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { code: string }).code).toBe('import.afgewezen-rijen');
    expect(await findLotte()).toBe(0);
    expect(((await (await f.request(`${A}/imports/${plan.id}`)).json()) as ImportAntwoord).status).toBe('gepland');
    expect((await post(`${A}/imports/${plan.id}/terugdraaiing`)).status).toBe(409);
  });

  it('rejects a planned import with a short reason: never applied, audited, and refused a second time', async () => {
    const plan = (await (await upload(CSV)).json()) as ImportAntwoord;
    expect(plan._links.afwijzing?.href).toBe(`/v1/gemeenten/almere/imports/${plan.id}/afwijzing`);
    const teLang = await post(`${A}/imports/${plan.id}/afwijzing`, { reden: 'x'.repeat(201) });
    expect([teLang.status, ((await teLang.json()) as { invalidParams: unknown }).invalidParams]).toEqual([
      400,
      [{ name: 'reden', reason: 'Een reden is hoogstens 200 tekens.' }],
    ]);
    const res = await post(`${A}/imports/${plan.id}/afwijzing`, { reden: ' Verkeerde lijst. ' });
    expect(res.status).toBe(200);
    const afgewezen = (await res.json()) as ImportAntwoord & { afgewezenOp: string; afwijzingsreden: string };
    expect(afgewezen).toMatchObject({ id: plan.id, status: 'afgewezen', afwijzingsreden: 'Verkeerde lijst.' });
    expect(Date.parse(afgewezen.afgewezenOp)).toBeGreaterThan(Date.now() - 60_000);
    expect(Object.keys(afgewezen._links).sort()).toEqual(['foutenrapport', 'self']);
    const lijst = (await (await f.request(`${A}/imports`)).json()) as { resultaten: ImportAntwoord[] };
    expect(lijst.resultaten.find((i) => i.id === plan.id)?.status).toBe('afgewezen');
    const audit = await f.stores.almere.listAudit({ entiteit: 'import' });
    expect(audit.items.filter((r) => r.actie === 'afwijzen').map((r) => [r.entiteitId, r.doel])).toEqual([
      [plan.id, 'beheer contactlijst'],
    ]);

    for (const [pad, code, detail] of [
      [
        'afwijzing',
        'import.niet-gepland',
        'Deze import is al afgewezen; alleen een geplande import kan worden afgewezen.',
      ],
      ['toepassing', 'import.al-afgewezen', 'Deze import is al afgewezen.'],
      ['terugdraaiing', 'import.niet-toegepast', `Import ${plan.id} is nooit toegepast.`],
    ]) {
      const nee = await post(`${A}/imports/${plan.id}/${pad}`);
      expect(nee.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect([nee.status, await nee.json()]).toEqual([409, expect.objectContaining({ code, detail })]);
    }
    expect(await findLotte()).toBe(0);
    // An applied import cannot be rejected either.
    const ander = (await (await upload(CSV)).json()) as ImportAntwoord;
    expect((await post(`${A}/imports/${ander.id}/toepassing`)).status).toBe(200);
    const laat = await post(`${A}/imports/${ander.id}/afwijzing`, {});
    expect([laat.status, ((await laat.json()) as { detail: string }).detail]).toEqual([
      409,
      'Deze import is al toegepast; alleen een geplande import kan worden afgewezen.',
    ]);
    expect((await post(`${A}/imports/${ander.id}/terugdraaiing`)).status).toBe(200);
  });

  it('answers 404 for an unknown import', async () => {
    for (const pad of ['', '/foutenrapport']) expect((await f.request(`${A}/imports/onbekend${pad}`)).status).toBe(404);
    for (const pad of ['/toepassing', '/terugdraaiing', '/afwijzing'])
      expect((await post(`${A}/imports/onbekend${pad}`)).status).toBe(404);
  });

  it('answers an unusable file with 400 and the import’s code, and a missing file with 400', async () => {
    const pdf = await upload('%PDF-1.4 geen lijst', 'lijst.pdf');
    expect(pdf.status).toBe(400);
    expect(pdf.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await pdf.json()) as { code: string }).code).toBe('bestand.onleesbaar');
    const form = new FormData();
    form.append('modus', 'half');
    const zonder = await f.request(`${A}/imports`, { method: 'POST', body: form });
    expect(zonder.status).toBe(400);
    const namen = ((await zonder.json()) as { invalidParams: Array<{ name: string }> }).invalidParams
      .map((p) => p.name)
      .sort();
    expect(namen).toEqual(['bestand', 'modus']);
  });

  it('re-imports its own xlsx export as unchanged, and reports on a workbook with a workbook', async () => {
    const exp = await f.request(`${A}/export?formaat=xlsx`);
    expect(exp.status).toBe(200);
    expect(exp.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const bytes = new Uint8Array(await exp.arrayBuffer());
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    const plan = (await (await upload(bytes, 'export.xlsx')).json()) as ImportAntwoord;
    expect(plan.afgewezen).toBe(0);
    expect(plan.personen).toMatchObject({ toegevoegd: 0, gewijzigd: 0 });
    expect(plan.organisaties).toMatchObject({ toegevoegd: 0, gewijzigd: 0 });
    const rapport = await f.request(`${A}/imports/${plan.id}/foutenrapport`);
    expect(rapport.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect([...new Uint8Array(await rapport.arrayBuffer()).slice(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it('exports csv with a BOM and ; separators', async () => {
    const res = await f.request(`${A}/export?formaat=csv`);
    const tekst = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(tekst.charCodeAt(0)).toBe(0xfeff);
    expect(tekst.split(/\r?\n/)[0]).toContain(';');
    expect(tekst).toContain('Wijkteam Haven Proef');
  });
});
