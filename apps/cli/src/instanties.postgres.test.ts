/**
 * Several API instances on one PostgreSQL (issue 8): two real `netwerkregie serve` processes, one
 * database. A plan made on one is applied on the other; concurrent applies and contact moments through
 * both, with reads going on, lose and double nothing; the rate limit is per instance (documented).
 */
import { type ChildProcess, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIN, startCli, stopCli } from './_testserver.js';

const KOP = 'Organisatie;Domein;Naam;E-mail;Telefoon';
const csv = (...rijen: string[]) => [KOP, ...rijen, ''].join('\r\n');

let map: string;
let url: string;
let sleutel: string;
let database: pg.Client;
const servers: Array<{ proces: ChildProcess; url: string }> = [];

function cli(...args: string[]) {
  return spawnSync(process.execPath, [MAIN, ...args, '--gemeente', 'almere', '--db', url], { encoding: 'utf8' });
}

const start = () => startCli(['serve', '--gemeente', 'almere', '--db', url, '--port', '0']);

async function count(tabel: string, waar = 'true'): Promise<number> {
  const r = await database.query<{ n: number }>(
    `select count(*)::int as n from gemeente_almere.${tabel} where ${waar}`,
  );
  return r.rows[0]!.n;
}
const aantallen = async () => [await count('organisaties'), await count('personen'), await count('lidmaatschappen')];

beforeAll(async () => {
  const basis = process.env.NR_TEST_DATABASE_URL!;
  const naam = `nr_instanties_${process.pid}`;
  const beheer = new pg.Client({ connectionString: basis });
  await beheer.connect();
  await beheer.query(`create database ${naam}`);
  await beheer.end();
  const u = new URL(basis);
  u.pathname = `/${naam}`;
  url = u.toString();
  database = new pg.Client({ connectionString: url });
  await database.connect();

  map = mkdtempSync(join(tmpdir(), 'nr-instanties-'));
  const lijst = join(map, 'start.csv');
  writeFileSync(lijst, csv('Politie Basisteam Proef;Veiligheid;Jurre Testhuis;jurre.testhuis@example.org;'));
  expect(cli('import', lijst).status).toBe(0);
  const r = cli('keys', 'create', '--rol', 'beheerder', '--omschrijving', 'twee instanties');
  expect(r.status).toBe(0);
  sleutel = r.stdout.trim().split('\n')[1] as string;
  servers.push(...(await Promise.all([start(), start()])));
}, 60_000);

afterAll(async () => {
  for (const { proces } of servers) await stopCli(proces);
  await database?.end();
  rmSync(map, { recursive: true, force: true });
});

async function http(server: number, pad: string, init: RequestInit = {}, json = false) {
  const res = await fetch(`${servers[server]?.url}/v1/gemeenten/almere${pad}`, {
    ...init,
    headers: { Authorization: `Bearer ${sleutel}`, ...(json ? { 'Content-Type': 'application/json' } : {}) },
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { id: string; code?: string } };
}
const upload = (server: number, inhoud: string, naam: string) => {
  const form = new FormData();
  form.append('bestand', new File([inhoud], naam));
  return http(server, '/imports', { method: 'POST', body: form });
};
const apply = (server: number, id: string) => http(server, `/imports/${id}/toepassing`, { method: 'POST' });

describe('PostgreSQL failures on the command line', () => {
  it('says in Dutch when the server cannot be reached or the database does not exist, exit 3', () => {
    const run = (db: string) =>
      spawnSync(process.execPath, [MAIN, 'imports', '--gemeente', 'almere', '--db', db], { encoding: 'utf8' });
    const weg = run('postgres://netwerkregie@127.0.0.1:1/netwerkregie');
    expect(weg.status).toBe(3);
    expect(weg.stderr).toMatch(
      /^Fout: De PostgreSQL-server is niet bereikbaar; controleer DATABASE_URL en of de server draait\. \(/,
    );
    const ontbrekend = new URL(url);
    ontbrekend.pathname = '/bestaat_niet';
    const geen = run(ontbrekend.toString());
    expect(geen.status).toBe(3);
    expect(geen.stderr).toMatch(
      /^Fout: Deze PostgreSQL-database bestaat niet; maak haar aan of controleer DATABASE_URL\./,
    );
  });
});

describe('the main job on PostgreSQL', () => {
  it('DATABASE_URL=… start loads the sample into the schema, prints keys and serves it', async () => {
    const basis = new URL(url);
    basis.pathname = `/${basis.pathname.slice(1)}_start`;
    await database.query(`create database ${basis.pathname.slice(1)}`);
    const {
      proces,
      url: adres,
      uitvoer,
    } = await startCli(['start', '--port', '0'], {
      cwd: map,
      env: { ...process.env, DATABASE_URL: basis.toString() },
    });
    const uit = uitvoer();
    // A regisseur sees the whole network; a lezer only the formal organisations (docs/PRIVACY.md).
    const regisseur = /regisseur\s+(nr_almere_\S+)/.exec(uit)?.[1];
    const res = await fetch(`${adres}/v1/gemeenten/almere/organisaties`, {
      headers: { Authorization: `Bearer ${regisseur}` },
    });
    expect(await stopCli(proces)).toBe(0);
    expect([res.status, ((await res.json()) as { totaal: number }).totaal]).toEqual([200, 150]);
    expect(uit).toContain(`Voorbeeldlijst van Almere geladen in ${basis.toString()}`);
    expect(uit).toContain('organisaties         150          0            0           -');
    // No file was made: the data went to PostgreSQL.
    expect(existsSync(join(map, 'data'))).toBe(false);
  });
});

describe('two API processes on one PostgreSQL', () => {
  it('start from the same schema', async () => {
    expect(await aantallen()).toEqual([1, 1, 1]);
    const personen = await Promise.all([http(0, '/personen'), http(1, '/personen')]);
    expect(personen.map((p) => [p.status, p.body.totaal])).toEqual([
      [200, 1],
      [200, 1],
    ]);
  });

  it('apply on one instance a plan made on the other, once', async () => {
    const plan = await upload(0, csv('Sportclub Tweemaal;Sport;Daan Tweemaal;daan.tweemaal@example.org;'), 'a.csv');
    expect(plan.status).toBe(201);
    const beide = await Promise.all([apply(1, plan.body.id), apply(1, plan.body.id), apply(0, plan.body.id)]);
    expect(beide.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    expect(await aantallen()).toEqual([2, 2, 2]);
    expect(await count('historie', `import_id = '${plan.body.id}'`)).toBe(3);
  });

  it('run imports, contact moments and reads through both at once: nothing lost, nothing doubled', async () => {
    const bestanden = Array.from({ length: 6 }, (_, i) =>
      csv(
        ...Array.from(
          { length: 5 },
          (_, j) => `Vereniging Parallel ${i};Sport;Lid ${i}-${j} Parallel;lid.${i}.${j}@parallel.example.org;`,
        ),
      ),
    );
    const flow = async (i: number) => {
      const plan = await upload(i % 2, bestanden[i]!, `p${i}.csv`);
      expect(plan.status).toBe(201);
      return (await apply((i + 1) % 2, plan.body.id)).status;
    };
    // The contact moments need an organisation id: take the one of the first import.
    const org = (
      await database.query<{ id: string }>(
        "select id from gemeente_almere.organisaties where naam = 'Politie Basisteam Proef'",
      )
    ).rows[0]!.id;
    const contacten = Array.from({ length: 40 }, (_, i) =>
      http(
        i % 2,
        '/contactmomenten',
        {
          method: 'POST',
          body: JSON.stringify({
            organisatieId: org,
            datum: `2026-11-${String((i % 28) + 1).padStart(2, '0')}`,
            kanaal: 'telefoon',
            aanleiding: 'regulier',
            initiatief: 'gemeente',
          }),
        },
        true,
      ),
    );
    // Reads beside the writes: searches (which write an audit row each) and lists.
    const lezingen = Array.from({ length: 60 }, (_, i) =>
      i % 3 === 0
        ? http(i % 2, '/personen/_zoek', { method: 'POST', body: JSON.stringify({ termen: 'parallel' }) }, true)
        : http(i % 2, '/organisaties'),
    );
    const [imports, gemaakt, gelezen] = await Promise.all([
      Promise.all(bestanden.map((_, i) => flow(i))),
      Promise.all(contacten),
      Promise.all(lezingen),
    ]);
    expect(imports).toEqual([200, 200, 200, 200, 200, 200]);
    expect(gemaakt.map((r) => r.status)).toEqual(Array(40).fill(201));
    expect(new Set(gemaakt.map((r) => r.body.id)).size).toBe(40);
    expect(gelezen.filter((r) => r.status !== 200)).toEqual([]);
    expect(await aantallen()).toEqual([2 + 6, 2 + 30, 2 + 30]);
    expect(await count('contactmomenten')).toBe(40);
    // Each import's history one unbroken run of ids: applies did not interleave across the instances.
    const runs = await database.query<{ import_id: string; laagste: number; hoogste: number; n: number }>(
      `select import_id, min(id)::int as laagste, max(id)::int as hoogste, count(*)::int as n
         from gemeente_almere.historie where import_id like '%' group by import_id`,
    );
    for (const r of runs.rows) expect(r.hoogste - r.laagste + 1).toBe(r.n);
  });

  it('stop cleanly on SIGTERM', async () => {
    for (const { proces } of servers) expect(await stopCli(proces)).toBe(0);
  });
});
