/** AVG: inzage holds everything about a person; erasure leaves inzage 404 and no trace in the database file. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, type Fixture, ID, createFixture } from '../_test/fixture.js';

let f: Fixture;
beforeAll(async () => {
  f = await createFixture();
});
afterAll(() => f.opruimen());

describe('inzage', () => {
  it('gives the person, memberships, trainings, contact moments, participations, history and audit', async () => {
    await f.request(`${A}/personen/${ID.fenna}?doel=terugbellen`, { sleutel: f.sleutels.lezer });
    const res = await f.request(`${A}/personen/${ID.fenna}/inzage`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { persoon: Record<string, unknown> } & Record<
      'trainingen' | 'contactmomenten' | 'deelnames' | 'historie' | 'audit',
      Array<Record<string, unknown>>
    >;
    expect(body.persoon).toMatchObject({ id: ID.fenna, naam: 'Fenna Proefmans', getraind: true });
    expect(body.trainingen).toHaveLength(1);
    expect(body.contactmomenten.map((m) => m.id)).toEqual([ID.contactmoment]);
    expect(body.deelnames).toEqual([
      { id: 'd-2', overlegId: ID.overleg, organisatieId: null, persoonId: ID.fenna, overlegNaam: 'Casusoverleg Proef' },
    ]);
    const entiteiten = new Set(body.historie.map((h) => h.entiteit));
    for (const e of ['persoon', 'lidmaatschap', 'training', 'contactmoment', 'deelname'])
      expect(entiteiten).toContain(e);
    expect(body.audit.some((a) => a.doel === 'terugbellen')).toBe(true);
  });
});

describe('wissen', () => {
  it('erases: 204, then inzage and the person 404, and the database file holds no name, e-mail or phone', async () => {
    // Traces a careless caller could leave: a purpose naming her, a contact moment with her.
    await f.request(`${A}/personen/${ID.fenna}?doel=${encodeURIComponent('bellen met Fenna Proefmans')}`);
    await f.request(`${A}/contactmomenten`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        organisatieId: ID.wijkteam,
        persoonId: ID.fenna,
        datum: '2024-06-01',
        kanaal: 'bezoek',
        aanleiding: 'regulier',
        initiatief: 'gemeente',
      }),
    });
    // Purposes on calls not about her that name her in other forms: capitals, a phone with spaces and dashes,
    // and a list that returned her (its processing-log row must stop leading to her).
    await f.request(`${A}/organisaties`, { headers: { Doel: 'overleg met FENNA PROEFMANS' } });
    await f.request(`${A}/personen`, { headers: { Doel: 'terugbellen 06-1234 5671' } });
    // An upload that names her, planned but not applied: its kept file goes with the erasure.
    const form = new FormData();
    const csv =
      'Organisatie;Domein;Naam;E-mail;Telefoon;Rol\r\nWijkteam Haven Proef;Zorg;Fenna Proefmans;fenna.proefmans@example.org;0612345671;\r\n';
    form.append('bestand', new File([csv], 'lijst-fenna-proefmans.csv'));
    const upload = await f.request(`${A}/imports`, { method: 'POST', body: form });
    expect(upload.status).toBe(201);
    const importId = ((await upload.json()) as { id: string }).id;
    const voor = (await f.stores.almere.listAudit({}, { limiet: 1 })).totaal;
    const res = await f.request(`${A}/personen/${ID.fenna}?doel=verzoek%20betrokkene`, { method: 'DELETE' });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    expect((await f.stores.almere.listAudit({}, { limiet: 1 })).totaal - voor).toBe(1);
    const regel = (await f.stores.almere.listAudit({}, { limiet: 1 })).items[0];
    expect(regel).toMatchObject({
      actie: 'wissen',
      entiteit: 'persoon',
      entiteitId: ID.fenna,
      doel: 'verzoek betrokkene',
      actor: f.sleutelIds.beheerder,
    });

    const doelen = (await f.stores.almere.listAudit({}, { limiet: 1000 })).items.map((a) => a.doel);
    expect(doelen.filter((d) => /proefmans|1234.?5671/i.test(d))).toEqual([]);
    expect(doelen.filter((d) => d === '[gewist]').length).toBeGreaterThanOrEqual(3);
    // Only the rows about her by id remain findable; the list that returned her is no longer linked to her.
    const over = (await f.stores.almere.listAudit({ betrokkene: ID.fenna })).items;
    expect(over.every((a) => a.entiteitId === ID.fenna)).toBe(true);
    expect(over.map((a) => a.route)).not.toContain('GET /v1/gemeenten/almere/personen');
    expect(await f.stores.almere.verifyKeten()).toMatchObject({ intact: true });
    expect((await f.request(`${A}/personen/${ID.fenna}/inzage`)).status).toBe(404);
    expect((await f.request(`${A}/personen/${ID.fenna}`)).status).toBe(404);
    expect((await f.request(`${A}/personen/${ID.fenna}`, { method: 'DELETE' })).status).toBe(404);
    const contacten = (await (await f.request(`${A}/contactmomenten?organisatie=${ID.wijkteam}`)).json()) as {
      resultaten: Array<{ persoonId: string | null }>;
    };
    expect(contacten.resultaten.map((c) => c.persoonId)).not.toContain(ID.fenna);

    const toepassing = await f.request(`${A}/imports/${importId}/toepassing`, { method: 'POST' });
    expect(toepassing.status).toBe(409);
    expect(((await toepassing.json()) as { code: string }).code).toBe('import.bestand-ontbreekt');

    await f.app.close();
    const bestand = join(f.map, 'almere.db');
    const bytes = Buffer.concat(
      await Promise.all([bestand, `${bestand}-wal`, `${bestand}-journal`].filter(existsSync).map((p) => readFile(p))),
    );
    for (const spoor of ['Fenna Proefmans', 'Proefmans', 'fenna.proefmans@example.org', '+31612345671', '612345671']) {
      expect(bytes.includes(Buffer.from(spoor, 'utf8')), spoor).toBe(false);
    }
    expect(bytes.includes(Buffer.from('Jurre Testhuis', 'utf8'))).toBe(true);
  });
});
