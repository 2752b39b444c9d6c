/** Each role's allowed and refused routes, over every operation in the OpenAPI document. */
import type { SleutelRol } from '@netwerkregie/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, ALMERE, ARNHEM, createFixture, type Fixture, ID } from '../_test/fixture.js';
import { gevonden, naaldenVan } from '../_test/naalden.js';
import { MINIMALE_ROL, type Operatie, verzoek } from '../_test/verzoeken.js';
import { heeftRol } from './toegang.js';

let f: Fixture;
let operaties: Operatie[];
let naalden: string[];
beforeAll(async () => {
  f = await createFixture();
  naalden = await naaldenVan([
    [f.stores.almere, ALMERE],
    [f.stores.arnhem, ARNHEM],
  ]);
  const doc = (await (await f.request('/v1/openapi.json', { sleutel: null })).json()) as {
    paths: Record<string, object>;
  };
  operaties = Object.entries(doc.paths)
    .filter(([pad]) => pad.startsWith('/gemeenten/'))
    .flatMap(([pad, item]) => Object.keys(item).map((methode) => ({ methode, pad })));
});
afterAll(() => f.opruimen());

const ROLLEN: SleutelRol[] = ['lezer', 'regisseur', 'beheerder'];

describe('roles', () => {
  it('knows the lowest role of every documented route', () => {
    for (const op of operaties)
      expect(MINIMALE_ROL[`${op.methode} ${op.pad}`], `${op.methode} ${op.pad}`).toBeDefined();
  });

  it('refuses (403) a role below the route’s and lets the others through; no refusal carries fixture data', async () => {
    expect(naalden).toHaveLength(30);
    // Every answer of 400 and up counts as refused: 403 for the role, but also the 404 that hides an
    // informal person from a lezer, and the 404s of the walk's unknown ids.
    const geweigerd = new Map<number, number>();
    let verwachtRol = 0;
    for (const op of operaties) {
      const minimaal = MINIMALE_ROL[`${op.methode} ${op.pad}`] as SleutelRol;
      for (const rol of ROLLEN) {
        const { url, init } = verzoek(op);
        const res = await f.request(url, { ...init, sleutel: f.sleutels[rol] });
        const wat = `${rol} ${op.methode} ${url}`;
        const tekst = await res.text();
        if (res.status >= 400) {
          expect(res.headers.get('content-type'), wat).toMatch(/^application\/problem\+json/);
          expect(gevonden(tekst, naalden), wat).toEqual([]);
          geweigerd.set(res.status, (geweigerd.get(res.status) ?? 0) + 1);
        }
        if (heeftRol(rol, minimaal)) expect([401, 403], wat).not.toContain(res.status);
        else {
          verwachtRol++;
          expect(res.status, wat).toBe(403);
          expect((JSON.parse(tekst) as { code: string }).code, wat).toBe('rol.onvoldoende');
        }
      }
    }
    // 404: the lezer's informal person, and the walk over ids that do not exist: the beheerder's
    // erasure and five import routes (7); a segment's read, members and export for all three roles
    // and its removal for regisseur and beheerder (11); the beheerder's import progress (1); the
    // regisseur's and beheerder's over an unknown confirmation round (two routes: 4).
    expect(Object.fromEntries(geweigerd)).toEqual({ 403: verwachtRol, 404: 23 });
    // 30, and lezer and regisseur on beveiligingsgebeurtenissen (32); a lezer on the trend and an
    // organisation's history (2); a lezer on both terugkomdagen routes and on saving and removing a
    // segment (4); lezer and regisseur on importinstellingen and importvoortgang (4); a lezer on the
    // four round routes (4).
    expect(verwachtRol).toBe(46);
  });

  it('lets a regisseur export vCards but not the spreadsheet', async () => {
    expect((await f.request(`${A}/export?formaat=vcf`, { sleutel: f.sleutels.regisseur })).status).toBe(200);
    expect((await f.request(`${A}/export?formaat=xlsx`, { sleutel: f.sleutels.regisseur })).status).toBe(403);
    expect((await f.request(`${A}/export?formaat=csv`, { sleutel: f.sleutels.regisseur })).status).toBe(403);
  });

  it('never shows a lezer a person outside the formal network', async () => {
    const lijst = await f.request(`${A}/personen`, { sleutel: f.sleutels.lezer });
    const body = (await lijst.json()) as {
      resultaten: Array<{ id: string; lidmaatschappen: Array<{ netwerk: string }> }>;
      totaal: number;
    };
    expect(body.resultaten.map((p) => p.id).sort()).toEqual([ID.fenna, ID.jurre, ID.noor].sort());
    expect(body.totaal).toBe(3);
    for (const p of body.resultaten) for (const l of p.lidmaatschappen) expect(l.netwerk).toBe('formeel');
    const informeel = await f.request(`${A}/personen?netwerk=informeel`, { sleutel: f.sleutels.lezer });
    expect(((await informeel.json()) as { totaal: number }).totaal).toBe(0);
    expect((await f.request(`${A}/personen/${ID.sahin}`, { sleutel: f.sleutels.lezer })).status).toBe(404);
    const noor = (await (await f.request(`${A}/personen/${ID.noor}`, { sleutel: f.sleutels.lezer })).json()) as {
      lidmaatschappen: Array<{ organisatieNaam: string }>;
    };
    expect(noor.lidmaatschappen.map((l) => l.organisatieNaam)).toEqual(['Wijkteam Haven Proef']);
    const zoek = await f.request(`${A}/personen/_zoek`, {
      method: 'POST',
      sleutel: f.sleutels.lezer,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ termen: 'voorbeeldzoon' }),
    });
    expect(((await zoek.json()) as { totaal: number }).totaal).toBe(0);
    const deelnames = (await (
      await f.request(`${A}/overleggen/${ID.overleg}/deelnames`, { sleutel: f.sleutels.lezer })
    ).json()) as {
      resultaten: Array<{ persoonId: string | null }>;
    };
    expect(deelnames.resultaten.map((d) => d.persoonId)).not.toContain(ID.sahin);
  });

  it('shows a regisseur the informal network too', async () => {
    expect((await f.request(`${A}/personen/${ID.sahin}`, { sleutel: f.sleutels.regisseur })).status).toBe(200);
    const lijst = (await (
      await f.request(`${A}/personen?netwerk=informeel`, { sleutel: f.sleutels.regisseur })
    ).json()) as {
      totaal: number;
    };
    expect(lijst.totaal).toBe(2);
  });
});
