/**
 * Two API servers as two real processes (`netwerkregie serve`) over one database file, as two
 * instances of one gemeente would run (issue 7): the same plan applied through both at once, and two
 * files uploaded and applied through both at once. Every answer is a success or 409, never 5xx; the
 * file ends with exactly both imports, each import's history one unbroken run of ids, no lost update.
 * The in-process form (one server, two requests) is apps/api/src/imports/gelijktijdig.test.ts.
 */
import { type ChildProcess, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIN, startCli, stopCli } from './_testserver.js';

const wortel = fileURLToPath(new URL('../../../', import.meta.url));
// biome-ignore lint/suspicious/noExplicitAny: better-sqlite3 is the store's dependency, read here untyped
const Database: any = createRequire(join(wortel, 'packages/store/package.json'))('better-sqlite3');

const KOP = 'Organisatie;Domein;Naam;E-mail;Telefoon';
const csv = (...rijen: string[]) => [KOP, ...rijen, ''].join('\r\n');
// A person already there, whom both files give another phone number.
const ANNELIES =
  'Voetbalvereniging De Polderboys;Sport;Annelies de Boer;annelies.deboer@voetbalvereniging-de-polderboys.example.org';

let map: string;
let db: string;
let sleutel: string;
const servers: Array<{ proces: ChildProcess; url: string }> = [];

const start = () => startCli(['serve', '--gemeente', 'almere', '--db', db, '--port', '0']);

beforeAll(async () => {
  map = mkdtempSync(join(tmpdir(), 'nr-gelijktijdig-'));
  db = join(map, 'almere.db');
  // A small start: two organisations with a person each.
  const lijst = join(map, 'start.csv');
  writeFileSync(
    lijst,
    csv(`${ANNELIES};06-12346261`, 'Politie Basisteam Proef;Veiligheid;Jurre Testhuis;jurre.testhuis@example.org;'),
  );
  expect(spawnSync(process.execPath, [MAIN, 'import', lijst, '--gemeente', 'almere', '--db', db]).status).toBe(0);
  expect(aantallen()).toEqual([2, 2, 2]);
  const r = spawnSync(
    process.execPath,
    [MAIN, 'keys', 'create', '--gemeente', 'almere', '--db', db, '--rol', 'beheerder', '--omschrijving', 'twee'],
    { encoding: 'utf8' },
  );
  sleutel = r.stdout.trim().split('\n')[1] as string;
  servers.push(...(await Promise.all([start(), start()])));
}, 60_000);

afterAll(async () => {
  for (const { proces } of servers) await stopCli(proces);
  rmSync(map, { recursive: true, force: true });
});

async function http(server: number, pad: string, init: RequestInit = {}) {
  const res = await fetch(`${servers[server]?.url}/v1/gemeenten/almere${pad}`, {
    ...init,
    headers: { Authorization: `Bearer ${sleutel}` },
  });
  return { status: res.status, body: (await res.json()) as { id: string; code?: string; status?: string } };
}
const upload = (server: number, inhoud: string, naam: string) => {
  const form = new FormData();
  form.append('bestand', new File([inhoud], naam));
  return http(server, '/imports', { method: 'POST', body: form });
};
const apply = (server: number, id: string) => http(server, `/imports/${id}/toepassing`, { method: 'POST' });

function read<T>(sql: string, ...params: unknown[]): T[] {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare(sql).all(...params) as T[];
  } finally {
    d.close();
  }
}
const aantallen = () =>
  ['organisaties', 'personen', 'lidmaatschappen'].map(
    (t) => read<{ n: number }>(`select count(*) as n from ${t}`)[0]?.n as number,
  );
const historieIds = (importId: string) =>
  read<{ id: number }>('select id from historie where import_id = ? order by id', importId).map((r) => r.id);

describe('two server processes, one database file', () => {
  it('apply the same plan once: one 200, one 409', async () => {
    const plan = await upload(0, csv('Sportclub Tweemaal;Sport;Daan Tweemaal;daan.tweemaal@example.org;'), 'a.csv');
    expect(plan.status).toBe(201);
    const beide = await Promise.all([apply(0, plan.body.id), apply(1, plan.body.id)]);
    expect(beide.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(beide.find((r) => r.status === 409)?.body.code).toBe('import.al-toegepast');
    expect(aantallen()).toEqual([3, 3, 3]);
    expect(historieIds(plan.body.id)).toHaveLength(3);
  });

  it('apply two files at once, one through each: both applied, one after the other', async () => {
    const flow = async (server: number, inhoud: string, naam: string) => {
      const plan = await upload(server, inhoud, naam);
      expect(plan.status, naam).toBe(201);
      const toegepast = await apply(server, plan.body.id);
      return { id: plan.body.id, status: toegepast.status, importStatus: toegepast.body.status };
    };
    const [x, y] = await Promise.all([
      flow(
        0,
        csv(
          'Buurtsport Gelijktijd;Sport;Sem Gelijk;sem.gelijk@example.org;',
          'Buurtsport Gelijktijd;Sport;Lieke Gelijk;lieke.gelijk@example.org;',
          'Buurtsport Gelijktijd;Sport;Bram Gelijk;bram.gelijk@example.org;',
          `${ANNELIES};0612340001`,
        ),
        'x.csv',
      ),
      flow(
        1,
        csv(
          'Bibliotheek Tegelijk;Welzijn;Fleur Tegelijk;fleur.tegelijk@example.org;',
          'Bibliotheek Tegelijk;Welzijn;Ravi Tegelijk;ravi.tegelijk@example.org;',
          `${ANNELIES};0612340002`,
        ),
        'y.csv',
      ),
    ]);
    expect([x.status, x.importStatus, y.status, y.importStatus]).toEqual([200, 'toegepast', 200, 'toegepast']);
    expect(aantallen()).toEqual([5, 8, 8]);

    const hx = historieIds(x.id);
    const hy = historieIds(y.id);
    // X: organisation, 3 persons, 3 memberships, a phone; Y: organisation, 2 persons, 2 memberships, a phone.
    expect([hx.length, hy.length]).toEqual([8, 6]);
    for (const h of [hx, hy]) expect(h.at(-1)! - h[0]! + 1).toBe(h.length);
    const [eerste, tweede] = hx[0]! < hy[0]! ? [x, y] : [y, x];
    expect(Math.max(...historieIds(eerste.id))).toBeLessThan(Math.min(...historieIds(tweede.id)));
    const na = (id: string) => (id === x.id ? '"+31612340001"' : '"+31612340002"');
    const telefoon = read<{ import_id: string; voor: string | null; na: string }>(
      "select h.import_id, h.voor, h.na from historie h join personen p on p.id = h.entiteit_id where h.entiteit = 'persoon' and h.veld = 'telefoon' and p.email = ? order by h.id",
      'annelies.deboer@voetbalvereniging-de-polderboys.example.org',
    );
    expect(telefoon).toEqual([
      { import_id: eerste.id, voor: '"+31612346261"', na: na(eerste.id) },
      { import_id: tweede.id, voor: na(eerste.id), na: na(tweede.id) },
    ]);

    for (const [server, id] of [
      [1, x.id],
      [0, y.id],
    ] as const)
      expect((await apply(server, id)).body.code).toBe('import.al-toegepast');
  });

  it('stop cleanly and leave an intact file', async () => {
    for (const { proces } of servers) expect(await stopCli(proces)).toBe(0);
    expect(read<{ integrity_check: string }>('pragma integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  });
});
