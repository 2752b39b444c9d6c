/**
 * Two imports for one gemeente at once, over HTTP against a real listening server (issue 7): the
 * same plan applied twice at once, and two different files uploaded and applied at once. Each call
 * gets a success or 409, never 5xx; the end state holds exactly what both imports bring; the history
 * of each import is one unbroken run of ids, and a change to the same field by both is not lost.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, createFixture, Database, type Fixture, ID } from '../_test/fixture.js';
import { type GestarteServer, startServer } from '../server/index.js';

let f: Fixture;
let server: GestarteServer;
beforeAll(async () => {
  f = await createFixture();
  server = await startServer({ app: f.app, port: 0, signalen: false });
});
afterAll(async () => {
  await server.close();
  await f.opruimen();
});

const KOP = 'Organisatie;Domein;Naam;E-mail;Telefoon';
const list = (...rijen: string[]) => [KOP, ...rijen, ''].join('\r\n');

async function http(pad: string, init: RequestInit = {}) {
  const res = await fetch(`${server.url}${pad}`, {
    ...init,
    headers: { ...(init.headers as Record<string, string>), Authorization: `Bearer ${f.sleutels.beheerder}` },
  });
  return { status: res.status, body: (await res.json()) as { id: string; code?: string; status?: string } };
}

const upload = (inhoud: string, naam: string) => {
  const form = new FormData();
  form.append('bestand', new File([inhoud], naam));
  return http(`${A}/imports`, { method: 'POST', body: form });
};
const apply = (id: string) => http(`${A}/imports/${id}/toepassing`, { method: 'POST' });

/** Raw reads of the SQLite file, beside the server's own connections. */
function read<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(join(f.map, 'almere.db'), { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}
const aantal = (tabel: string) => read<{ n: number }>(`select count(*) as n from ${tabel}`)[0]?.n;
const historieIds = (importId: string) =>
  read<{ id: number }>('select id from historie where import_id = ? order by id', importId).map((r) => r.id);

describe('two imports for one gemeente at once', () => {
  it('applies the same plan once: one 200, one 409, and a later try 409 too', async () => {
    const plan = await upload(list('Sportclub Tweemaal;Sport;Daan Tweemaal;daan.tweemaal@example.org;'), 'a.csv');
    expect(plan.status).toBe(201);
    const beide = await Promise.all([apply(plan.body.id), apply(plan.body.id)]);
    expect(beide.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(beide.find((r) => r.status === 409)?.body.code).toBe('import.al-toegepast');
    const later = await apply(plan.body.id);
    expect([later.status, later.body.code]).toEqual([409, 'import.al-toegepast']);
    expect(aantal('personen')).toBe(5);
    expect(aantal('organisaties')).toBe(4);
    // Added once: an organisation, a person and a membership, one history row each with all fields.
    expect(historieIds(plan.body.id)).toHaveLength(3);
  });

  it('runs two upload-and-apply flows of different files at once: both applied, one after the other', async () => {
    const flow = async (inhoud: string, naam: string) => {
      const plan = await upload(inhoud, naam);
      expect(plan.status).toBe(201);
      const toegepast = await apply(plan.body.id);
      return { id: plan.body.id, status: toegepast.status, importStatus: toegepast.body.status };
    };
    // Both change Jurre's phone: whichever comes second must see what the first wrote.
    const [x, y] = await Promise.all([
      flow(
        list(
          'Buurtsport Gelijktijd;Sport;Sem Gelijk;sem.gelijk@example.org;',
          'Buurtsport Gelijktijd;Sport;Lieke Gelijk;lieke.gelijk@example.org;',
          'Buurtsport Gelijktijd;Sport;Bram Gelijk;bram.gelijk@example.org;',
          `Politie Basisteam Proef;Veiligheid;Jurre Testhuis;jurre.testhuis@example.org;0612340001`,
        ),
        'x.csv',
      ),
      flow(
        list(
          'Bibliotheek Tegelijk;Welzijn;Fleur Tegelijk;fleur.tegelijk@example.org;',
          'Bibliotheek Tegelijk;Welzijn;Ravi Tegelijk;ravi.tegelijk@example.org;',
          `Politie Basisteam Proef;Veiligheid;Jurre Testhuis;jurre.testhuis@example.org;0612340002`,
        ),
        'y.csv',
      ),
    ]);
    expect([x.status, x.importStatus, y.status, y.importStatus]).toEqual([200, 'toegepast', 200, 'toegepast']);

    // Exactly what the fixture and the three imports hold: 3 + 1 + 1 + 1 organisations, 4 + 1 + 3 + 2 persons.
    expect(aantal('organisaties')).toBe(6);
    expect(aantal('personen')).toBe(10);
    expect(aantal('lidmaatschappen')).toBe(5 + 1 + 3 + 2);
    expect(read<{ status: string }>('select status from imports order by status').map((r) => r.status)).toEqual([
      'toegepast',
      'toegepast',
      'toegepast',
    ]);

    // No interleaving: each import's history is one unbroken run of ids, the runs one after the other.
    const hx = historieIds(x.id);
    const hy = historieIds(y.id);
    // X: organisation, 3 persons, 3 memberships, Jurre's phone; Y: organisation, 2 persons, 2 memberships, the phone.
    expect([hx.length, hy.length]).toEqual([8, 6]);
    for (const h of [hx, hy]) expect(h.at(-1)! - h[0]! + 1).toBe(h.length);
    const [eerste, tweede] = hx[0]! < hy[0]! ? [x, y] : [y, x];
    expect(Math.max(...historieIds(eerste.id))).toBeLessThan(Math.min(...historieIds(tweede.id)));

    // The second import's change of the phone starts from the first one's value: no lost update.
    const telefoon = read<{ import_id: string; voor: string | null; na: string }>(
      "select import_id, voor, na from historie where entiteit = 'persoon' and entiteit_id = ? and veld = 'telefoon' order by id",
      ID.jurre,
    );
    const na = (id: string) => (id === x.id ? '"+31612340001"' : '"+31612340002"');
    expect(telefoon).toEqual([
      { import_id: eerste.id, voor: null, na: na(eerste.id) },
      { import_id: tweede.id, voor: na(eerste.id), na: na(tweede.id) },
    ]);
    expect(read<{ telefoon: string }>('select telefoon from personen where id = ?', ID.jurre)[0]?.telefoon).toBe(
      JSON.parse(na(tweede.id)),
    );

    // Re-applying either applied plan: 409, nothing changes.
    const historieVoor = aantal('historie');
    for (const id of [x.id, y.id]) expect((await apply(id)).status).toBe(409);
    expect(aantal('historie')).toBe(historieVoor);
  });
});
