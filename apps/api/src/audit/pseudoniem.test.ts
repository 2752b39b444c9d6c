/**
 * Erasure keeps the audit trail but pseudonymised: a person entered by an import (so her id is made
 * the way production makes it), read several times, then erased through the API. Her audit rows are
 * all still there, and no column of any audit row in the SQLite file holds her name, address or number.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, createFixture, Database, type Fixture, ID } from '../_test/fixture.js';

let f: Fixture;
beforeAll(async () => {
  f = await createFixture();
});
afterAll(() => f.opruimen());

type Rij = Record<string, string | number | null>;

/** Every row of the audit table, every column, straight from the file. */
function auditRijen(): Rij[] {
  const db = new Database(join(f.map, 'almere.db'), { readonly: true });
  try {
    return db.prepare('select * from audit order by id').all() as Rij[];
  } finally {
    db.close();
  }
}

const MIRTHE = {
  naam: 'Mirthe Wisvoorbeeld',
  email: 'mirthe.wisvoorbeeld@example.org',
  // As the sheet has it; stored as +31612345688.
  telefoon: '0612345688',
};
const NAALDEN = [MIRTHE.naam, 'Wisvoorbeeld', MIRTHE.email, '+31612345688', '0612345688', '612345688'];

const treffers = (rijen: Rij[]) =>
  rijen.flatMap((r) =>
    Object.entries(r).flatMap(([kolom, waarde]) =>
      NAALDEN.filter((n) => String(waarde).toLowerCase().includes(n.toLowerCase())).map(
        (n) => `${r.id}.${kolom}: ${n}`,
      ),
    ),
  );

describe('audit after erasure', () => {
  it('keeps every audit row of the erased person, with none of her data in any column', async () => {
    const form = new FormData();
    form.append(
      'bestand',
      new File(
        [
          `Organisatie;Domein;Naam;E-mail;Telefoon\r\nWijkteam Haven Proef;Zorg;${MIRTHE.naam};${MIRTHE.email};${MIRTHE.telefoon}\r\n`,
        ],
        'aanvulling.csv',
      ),
    );
    const plan = (await (await f.request(`${A}/imports`, { method: 'POST', body: form })).json()) as { id: string };
    expect((await f.request(`${A}/imports/${plan.id}/toepassing`, { method: 'POST' })).status).toBe(200);
    const zoek = (await (
      await f.request(`${A}/personen/_zoek`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ termen: 'Wisvoorbeeld' }),
      })
    ).json()) as { resultaten: Array<{ id: string; telefoon: string }> };
    expect(zoek.resultaten).toHaveLength(1);
    const id = zoek.resultaten[0]?.id as string;
    expect(zoek.resultaten[0]?.telefoon).toBe('+31612345688');
    // A random UUID: the id itself tells nothing about her.
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    // Reads by three roles, two of them with a purpose that names her as a careless caller might.
    const lezingen = [
      f.request(`${A}/personen/${id}`, { sleutel: f.sleutels.lezer }),
      f.request(`${A}/personen/${id}?doel=${encodeURIComponent(`terugbellen ${MIRTHE.naam} op ${MIRTHE.telefoon}`)}`, {
        sleutel: f.sleutels.regisseur,
      }),
      f.request(`${A}/personen/${id}`, { headers: { Doel: `mail aan ${MIRTHE.email.toUpperCase()}` } }),
      f.request(`${A}/personen/${id}/inzage?doel=${encodeURIComponent(`inzage door ${MIRTHE.naam}`)}`),
    ];
    for (const res of lezingen) expect((await res).status).toBe(200);
    const contact = await f.request(`${A}/contactmomenten`, {
      method: 'POST',
      sleutel: f.sleutels.regisseur,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        organisatieId: ID.wijkteam,
        persoonId: id,
        datum: '2024-06-01',
        kanaal: 'telefoon',
        aanleiding: 'regulier',
        initiatief: 'gemeente',
      }),
    });
    expect(contact.status).toBe(201);

    const voor = auditRijen();
    const haar = voor.filter((r) => r.entiteit_id === id);
    expect(haar.map((r) => r.actie)).toEqual(['lezen', 'lezen', 'lezen', 'inzage']);
    // The scan sees her while she is there: three purposes name her (name and surname; number in two
    // forms; the address, which holds the surname too).
    expect(treffers(voor)).toHaveLength(8);

    const wis = await f.request(`${A}/personen/${id}?doel=${encodeURIComponent(`verzoek van ${MIRTHE.naam}`)}`, {
      method: 'DELETE',
    });
    expect(wis.status).toBe(204);

    const na = auditRijen();
    expect(na).toHaveLength(voor.length + 1);
    expect(treffers(na)).toEqual([]);
    // The same rows, by id, with everything but the purpose untouched. The purposes of the rows about
    // her go entirely (a surname alone or a number with dashes is no pattern to find); the erasure's
    // own purpose, written after, keeps its shape.
    const naHaar = na.filter((r) => r.entiteit_id === id);
    expect(naHaar.map((r) => r.actie)).toEqual(['lezen', 'lezen', 'lezen', 'inzage', 'wissen']);
    for (const [i, r] of haar.entries()) {
      const { doel: _d, ...rest } = r;
      const { doel: _n, ...restNa } = naHaar[i] as Rij;
      expect(restNa).toEqual(rest);
    }
    expect(naHaar.map((r) => r.doel)).toEqual(['[gewist]', '[gewist]', '[gewist]', '[gewist]', 'verzoek van [gewist]']);
    // The audit rows of everything else are untouched.
    expect(na.filter((r) => r.entiteit_id !== id)).toEqual(voor.filter((r) => r.entiteit_id !== id));
  });
});
