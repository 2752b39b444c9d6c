#!/usr/bin/env node
// PostgreSQL beside SQLite (issue 8, "Speed"), in one run: (1) the import of a generated list, each
// stage (dry run, apply into an empty store, re-import of the same file) in a child process of its
// own (bench/import.mjs --stap), SQLite and PostgreSQL alternating per stage so both see the same
// machine load; (2) API reads (by id, a filtered list) with wrk against one instance on SQLite, one on
// PostgreSQL and two on PostgreSQL. Needs a PostgreSQL server whose user may create databases:
//
//   npx turbo run build && scripts/met-postgres.sh node bench/postgres.mjs [--rijen 100000,250000]
//
// Options: --url (default NR_TEST_DATABASE_URL or DATABASE_URL), --rijen (comma-separated),
// --api-rijen 52500, --seconden 10, --rondes 2, --onderdelen import,api. Besides the wall clock it
// records CPU seconds of our processes and of the PostgreSQL server (postmaster, its live children
// and its reaped ones), because on a 2-core machine shared with other work the wall clock alone
// cannot say who was waiting for whom. Results also go to bench/out/postgres-<time>.json.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';

const hier = dirname(fileURLToPath(import.meta.url));
const wortel = join(hier, '..');
const cli = join(wortel, 'apps/cli/dist/main.js');
const uitMap = join(hier, 'out');
const { values } = parseArgs({
  options: {
    url: { type: 'string', default: process.env.NR_TEST_DATABASE_URL ?? process.env.DATABASE_URL },
    rijen: { type: 'string', default: '100000' },
    'api-rijen': { type: 'string', default: '52500' },
    seconden: { type: 'string', default: '10' },
    rondes: { type: 'string', default: '2' },
    onderdelen: { type: 'string', default: 'import,api' },
  },
});
if (!values.url) {
  console.error('Geen PostgreSQL: geef --url, of start via scripts/met-postgres.sh node bench/postgres.mjs');
  process.exit(2);
}
mkdirSync(uitMap, { recursive: true });
const onderdelen = new Set(values.onderdelen.split(','));
const TICK = 100; // USER_HZ on Linux
const log = (t) => process.stderr.write(`${t}\n`);

/** The URL of another database on the same server. */
function urlVan(database) {
  const u = new URL(values.url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** A fresh, empty database: each part starts from nothing, as SQLite starts from a new file. */
async function nieuweDatabase(naam) {
  const c = new pg.Client({ connectionString: values.url });
  await c.connect();
  try {
    await c.query(`drop database if exists ${naam} with (force)`);
    await c.query(`create database ${naam}`);
  } finally {
    await c.end();
  }
  return urlVan(naam);
}

function statVan(pid) {
  try {
    // Fields after the ")" of the command name: state is [0], ppid [1], utime [11], stime [12], cutime [13], cstime [14].
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return s.slice(s.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** The postmaster: the parent of our own backend. */
async function postmaster() {
  const c = new pg.Client({ connectionString: values.url });
  await c.connect();
  const { rows } = await c.query('select pg_backend_pid() as pid');
  // Read while our backend still lives.
  const ouder = Number(statVan(rows[0].pid)[1]);
  await c.end();
  return ouder;
}

/** CPU seconds the whole server has used so far: the postmaster, its live children and the reaped ones. */
function pgCpu(pm) {
  const eigen = statVan(pm);
  let ticks = Number(eigen[11]) + Number(eigen[12]) + Number(eigen[13]) + Number(eigen[14]);
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const s = statVan(d);
    if (s && Number(s[1]) === pm) ticks += Number(s[11]) + Number(s[12]);
  }
  return ticks / TICK;
}

function procCpu(pid) {
  const s = statVan(pid);
  return s ? (Number(s[11]) + Number(s[12])) / TICK : Number.NaN;
}

function rssMb(pid) {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
  } catch {
    return Number.NaN;
  }
}

function genereer(rijen, seed) {
  const lijst = join(uitMap, `lijst-${rijen}${seed === 7 ? '' : `-s${seed}`}.csv`);
  if (!existsSync(lijst)) {
    log(`Genereren: ${lijst}`);
    execFileSync(process.execPath, [
      join(wortel, 'fixtures/dist/cli.js'),
      ...['--gemeente', 'almere', '--rijen', String(rijen), '--seed', String(seed), '--formaat', 'csv'],
      ...['--uit', lijst],
    ]);
  }
  return lijst;
}

const verwijderSqlite = (db) => {
  for (const x of ['', '-wal', '-shm']) rmSync(db + x, { force: true });
};
const sqliteMb = (db) => ['', '-wal'].reduce((t, x) => t + (existsSync(db + x) ? statSync(db + x).size : 0), 0) / 1e6;

async function pgMb(url) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const { rows } = await c.query('select pg_database_size(current_database()) as b');
  await c.end();
  return Number(rows[0].b) / 1e6;
}

// ---------------------------------------------------------------- import

async function importDeel(pm) {
  const uitkomsten = [];
  for (const rijen of values.rijen.split(',').map(Number)) {
    const lijst = genereer(rijen, 3);
    const sqlite = join(uitMap, `pg-vergelijk-${rijen}.db`);
    verwijderSqlite(sqlite);
    const pgUrl = await nieuweDatabase('nr_bench_import');
    const motoren = { sqlite, postgres: pgUrl };
    for (const stap of ['proefrun', 'toepassen', 'herimport']) {
      for (const [motor, db] of Object.entries(motoren)) {
        const pgVoor = pgCpu(pm);
        const kind = spawnSync(
          process.execPath,
          [join(hier, 'import.mjs'), '--stap', stap, '--bestand', lijst, '--db', db],
          { encoding: 'utf8', maxBuffer: 1e7 },
        );
        if (kind.status !== 0) throw new Error(`${motor} ${stap} faalde: ${kind.stderr}`);
        const r = JSON.parse(kind.stdout.trim().split('\n').pop());
        const pgServerCpu = pgCpu(pm) - pgVoor;
        const grootte = stap === 'proefrun' ? null : motor === 'sqlite' ? sqliteMb(db) : await pgMb(db);
        uitkomsten.push({ rijen, stap, motor, ...r, pgServerCpu, grootteMb: grootte });
        log(`${rijen} ${stap} ${motor}: ${r.seconden.toFixed(1)} s (PG-server ${pgServerCpu.toFixed(1)} s CPU)`);
      }
    }
  }
  return uitkomsten;
}

// ---------------------------------------------------------------- API

function zorgVoorWrk() {
  if (spawnSync('sh', ['-c', 'command -v wrk']).status === 0) return;
  log('wrk ontbreekt: installeren met apt-get');
  execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk'], {
    stdio: 'inherit',
  });
}

async function wachtOp(url, kop = {}) {
  for (let i = 0; i < 600; i++) {
    try {
      const res = await fetch(url, { headers: kop });
      if (res.status < 500) return res;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} antwoordt niet`);
}

function cliImport(lijst, db) {
  const begin = performance.now();
  const r = spawnSync(process.execPath, [cli, 'import', lijst, '--gemeente', 'almere', '--db', db], {
    encoding: 'utf8',
    maxBuffer: 1e8,
  });
  // 1 means some rows were rejected (the rest is in): fine for a read benchmark.
  if (r.status !== 0 && r.status !== 1) throw new Error(`import in ${db} faalde: ${r.stderr}`);
  return (performance.now() - begin) / 1000;
}

function sleutelVoor(db) {
  const uit = execFileSync(
    process.execPath,
    [cli, 'keys', 'create', '--gemeente', 'almere', '--db', db, '--rol', 'beheerder', '--omschrijving', 'bench'],
    { encoding: 'utf8' },
  );
  return uit.trim().split('\n').pop();
}

/** A free loopback port: other benches on this machine use fixed ones. */
function vrijePoort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function startServer(db, poort, cores) {
  const args = [cli, 'serve', '--gemeente', 'almere', '--db', db, '--port', String(poort), '--rate-limit', '100000000'];
  // taskset execs node, so the child's pid is the server's own.
  return spawn('taskset', ['-c', cores, process.execPath, ...args], { stdio: 'ignore' });
}

async function stopServer(p) {
  if (p.exitCode !== null) return;
  const klaar = new Promise((r) => p.once('exit', r));
  p.kill('SIGTERM');
  await klaar;
}

const ms = (t) =>
  t === null
    ? null
    : t.endsWith('us')
      ? Number.parseFloat(t) / 1000
      : t.endsWith('ms')
        ? Number.parseFloat(t)
        : Number.parseFloat(t) * 1000;

/** One wrk process; resolves with its figures and its own CPU seconds. */
function wrk(url, { sleutel, lua, verbindingen, cores, seconden }) {
  const args = ['-c', cores, 'wrk', '-t1', `-c${verbindingen}`, `-d${seconden}s`, '--latency'];
  args.push('-H', `Authorization: Bearer ${sleutel}`);
  if (lua) args.push('-s', lua);
  return new Promise((resolve, reject) => {
    const p = spawn('taskset', [...args, url], { stdio: ['ignore', 'pipe', 'inherit'] });
    let uit = '';
    let cpu = 0;
    // wrk's CPU, sampled just before it ends (its /proc entry is gone after).
    const meter = setInterval(() => {
      const c = procCpu(p.pid);
      if (!Number.isNaN(c)) cpu = c;
    }, 200);
    p.stdout.on('data', (d) => {
      uit += d;
    });
    p.on('error', reject);
    p.on('close', (code) => {
      clearInterval(meter);
      if (code !== 0) return reject(new Error(`wrk stopte met ${code}`));
      const getal = (re) => re.exec(uit)?.[1] ?? null;
      resolve({
        rps: Number(getal(/Requests\/sec:\s+([\d.]+)/)),
        p50: ms(getal(/ 50%\s+([\d.]+\w+)/)),
        p99: ms(getal(/ 99%\s+([\d.]+\w+)/)),
        fouten: Number(getal(/Non-2xx or 3xx responses: (\d+)/) ?? 0),
        timeouts: Number(getal(/Socket errors: .*timeout (\d+)/) ?? 0),
        wrkCpu: cpu,
      });
    });
  });
}

/** wrk's script for by-id reads: a random one of the given persons per request, so no single row stays hot. */
function idLua(naam, ids) {
  const pad = join(uitMap, `pg-ids-${naam}.lua`);
  writeFileSync(
    pad,
    `local ids = {${ids.map((i) => `"${i}"`).join(',')}}\n` +
      'math.randomseed(os.time())\n' +
      'request = function() return wrk.format(nil, "/v1/gemeenten/almere/personen/" .. ids[math.random(#ids)]) end\n',
  );
  return pad;
}

async function idsVan(poort, sleutel) {
  const ids = [];
  for (let pagina = 1; ids.length < 1000 && pagina <= 10; pagina++) {
    const res = await fetch(
      `http://127.0.0.1:${poort}/v1/gemeenten/almere/personen?paginaGrootte=100&pagina=${pagina}`,
      { headers: { Authorization: `Bearer ${sleutel}` } },
    );
    if (!res.ok) throw new Error(`personen opvragen: ${res.status} ${await res.text()}`);
    const j = await res.json();
    const rijen = j.resultaten ?? j.items ?? [];
    if (rijen.length === 0) break;
    ids.push(...rijen.map((r) => r.id));
  }
  if (ids.length === 0) throw new Error('geen personen gevonden');
  return ids;
}

async function apiDeel(pm) {
  zorgVoorWrk();
  const rijen = values['api-rijen'];
  const lijst = genereer(rijen, 7);
  const sqlite = join(uitMap, `pg-vergelijk-api-${rijen}.db`);
  verwijderSqlite(sqlite);
  const pgUrl = await nieuweDatabase('nr_bench_api');
  log(`Laden van ${lijst} in SQLite en PostgreSQL (CLI-import)`);
  const laden = { sqlite: cliImport(lijst, sqlite), postgres: cliImport(lijst, pgUrl) };
  // As autovacuum would shortly after a bulk load; without statistics the planner guesses.
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  await c.query('analyze');
  await c.end();
  const sleutels = { sqlite: sleutelVoor(sqlite), postgres: sleutelVoor(pgUrl) };
  const dbVan = { sqlite, postgres: pgUrl };
  const seconden = Number(values.seconden);

  // Pinning PostgreSQL: new backends are forked by the postmaster and inherit its affinity.
  const pinPg = (cores) => {
    const pids = [pm, ...readdirSync('/proc').filter((d) => /^\d+$/.test(d) && Number(statVan(d)?.[1]) === pm)];
    for (const pid of pids) spawnSync('taskset', ['-a', '-p', '-c', cores, String(pid)], { stdio: 'ignore' });
  };

  // Layout "gescheiden": API servers on core 0, wrk and PostgreSQL on core 1 (as bench/api.mjs, PG beside wrk).
  // Layout "verspreid": one instance per core, wrk and PostgreSQL free to run anywhere.
  const opstellingen = [
    { layout: 'gescheiden', motor: 'sqlite', cores: ['0'], wrkCores: '1', pgCores: '1' },
    { layout: 'gescheiden', motor: 'postgres', cores: ['0'], wrkCores: '1', pgCores: '1' },
    { layout: 'gescheiden', motor: 'postgres', cores: ['0', '0'], wrkCores: '1', pgCores: '1' },
    { layout: 'verspreid', motor: 'sqlite', cores: ['0'], wrkCores: '0,1', pgCores: '0,1' },
    { layout: 'verspreid', motor: 'postgres', cores: ['0'], wrkCores: '0,1', pgCores: '0,1' },
    { layout: 'verspreid', motor: 'postgres', cores: ['0', '1'], wrkCores: '0,1', pgCores: '0,1' },
  ];
  const regels = [];
  for (let ronde = 1; ronde <= Number(values.rondes); ronde++) {
    for (const o of opstellingen) {
      pinPg(o.pgCores);
      const servers = [];
      for (const cores of o.cores) {
        const poort = await vrijePoort();
        servers.push({ poort, proces: startServer(dbVan[o.motor], poort, cores) });
      }
      try {
        const kop = { Authorization: `Bearer ${sleutels[o.motor]}` };
        for (const s of servers) {
          await wachtOp(`http://127.0.0.1:${s.poort}/v1/gemeenten/almere/personen?paginaGrootte=1`, kop);
          if (s.proces.exitCode !== null) throw new Error(`server op ${s.poort} stopte`);
        }
        const lua = idLua(o.motor, await idsVan(servers[0].poort, sleutels[o.motor]));
        const routes = [
          ['GET personen/{id} (1,000 ids)', '/v1/gemeenten/almere/personen/x', lua],
          [
            'GET personen?domein=zorg&rol=eerstelijnswerker',
            '/v1/gemeenten/almere/personen?domein=zorg&rol=eerstelijnswerker&paginaGrootte=20',
            null,
          ],
        ];
        // Warm-up, not counted: JIT, prepared plans, page cache.
        await Promise.all(
          servers.map((s) =>
            wrk(`http://127.0.0.1:${s.poort}${routes[0][1]}`, {
              sleutel: sleutels[o.motor],
              lua,
              verbindingen: 10,
              cores: o.wrkCores,
              seconden: 2,
            }),
          ),
        );
        for (const [naam, pad, script] of routes) {
          const rssVoor = servers.map((s) => rssMb(s.proces.pid));
          const cpuVoor = servers.map((s) => procCpu(s.proces.pid));
          const pgVoor = pgCpu(pm);
          // Two instances: two wrk processes, each with half the connections against one instance;
          // their req/s are added up. No proxy: on 2 cores it would take CPU from the servers.
          const delen = await Promise.all(
            servers.map((s) =>
              wrk(`http://127.0.0.1:${s.poort}${pad}`, {
                sleutel: sleutels[o.motor],
                lua: script,
                verbindingen: 50 / servers.length,
                cores: o.wrkCores,
                seconden,
              }),
            ),
          );
          const r = {
            ronde,
            layout: o.layout,
            motor: o.motor,
            instanties: servers.length,
            serverCores: o.cores.join('+'),
            wrkCores: o.wrkCores,
            pgCores: o.pgCores,
            route: naam,
            rps: delen.reduce((t, d) => t + d.rps, 0),
            perInstantie: delen.map((d) => d.rps),
            p50: Math.max(...delen.map((d) => d.p50 ?? 0)),
            p99: Math.max(...delen.map((d) => d.p99 ?? 0)),
            fouten: delen.reduce((t, d) => t + d.fouten, 0),
            timeouts: delen.reduce((t, d) => t + d.timeouts, 0),
            // Cores busy on average during the load: where the time went.
            serverCores_gebruikt: servers.reduce((t, s, i) => t + procCpu(s.proces.pid) - cpuVoor[i], 0) / seconden,
            pgCores_gebruikt: (pgCpu(pm) - pgVoor) / seconden,
            wrkCores_gebruikt: delen.reduce((t, d) => t + d.wrkCpu, 0) / seconden,
            rssVoor,
            rssNa: servers.map((s) => rssMb(s.proces.pid)),
          };
          regels.push(r);
          log(
            `ronde ${ronde} ${o.layout} ${o.motor} x${servers.length} ${naam}: ${r.rps.toFixed(0)} req/s ` +
              `(server ${r.serverCores_gebruikt.toFixed(2)}, PG ${r.pgCores_gebruikt.toFixed(2)}, wrk ${r.wrkCores_gebruikt.toFixed(2)} cores)`,
          );
        }
      } finally {
        for (const s of servers) await stopServer(s.proces);
      }
    }
  }
  pinPg('0,1');
  return { laden, regels };
}

// ---------------------------------------------------------------- tables

const f1 = (x) => (x === null || Number.isNaN(x) ? '-' : x.toFixed(1));
const f2 = (x) => (x === null || Number.isNaN(x) ? '-' : x.toFixed(2));
const heel = (x) => Math.round(x).toLocaleString('en-US');

function importTabel(uitkomsten) {
  console.log(
    '\n| rows | stage | SQLite s | PostgreSQL s | PG / SQLite | SQLite CPU s | PG: node CPU s | PG: server CPU s | SQLite peak RSS (MB) | PG peak RSS (MB) | SQLite size (MB) | PG size (MB) |',
  );
  console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const rijen of [...new Set(uitkomsten.map((u) => u.rijen))]) {
    for (const stap of ['proefrun', 'toepassen', 'herimport']) {
      const s = uitkomsten.find((u) => u.rijen === rijen && u.stap === stap && u.motor === 'sqlite');
      const p = uitkomsten.find((u) => u.rijen === rijen && u.stap === stap && u.motor === 'postgres');
      console.log(
        `| ${heel(rijen)} | ${stap} | ${f1(s.seconden)} | ${f1(p.seconden)} | ${f2(p.seconden / s.seconden)} | ${f1(s.cpuSeconden)} | ${f1(p.cpuSeconden)} | ${f1(p.pgServerCpu)} | ${heel(s.piekRssMb)} | ${heel(p.piekRssMb)} | ${s.grootteMb === null ? '-' : heel(s.grootteMb)} | ${p.grootteMb === null ? '-' : heel(p.grootteMb)} |`,
      );
    }
  }
}

function apiTabel({ laden, regels }) {
  console.log(`\nLoading the API list with the CLI: SQLite ${f1(laden.sqlite)} s, PostgreSQL ${f1(laden.postgres)} s.`);
  console.log(
    '\n| round | layout | engine | instances (cores) | request | req/s | per instance | p50 ms | p99 ms | timeouts | non-2xx | server cores used | PG cores used | wrk cores used | req per CPU s (server + PG) | RSS before -> after (MB) |',
  );
  console.log(
    '| ---: | --- | --- | --- | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  );
  for (const r of regels) {
    console.log(
      `| ${r.ronde} | ${r.layout} | ${r.motor} | ${r.instanties} (${r.serverCores}) | ${r.route} | ${heel(r.rps)} | ${r.perInstantie.map(heel).join(' + ')} | ${f1(r.p50)} | ${heel(r.p99)} | ${r.timeouts} | ${r.fouten} | ${f2(r.serverCores_gebruikt)} | ${f2(r.pgCores_gebruikt)} | ${f2(r.wrkCores_gebruikt)} | ${heel(r.rps / (r.serverCores_gebruikt + r.pgCores_gebruikt))} | ${r.rssVoor.map(heel).join('+')} -> ${r.rssNa.map(heel).join('+')} |`,
    );
  }
  // Ratios on the mean over the rounds.
  const gem = (layout, motor, n, route) => {
    const x = regels.filter((r) => r.layout === layout && r.motor === motor && r.instanties === n && r.route === route);
    return x.length ? x.reduce((t, r) => t + r.rps, 0) / x.length : Number.NaN;
  };
  console.log('\n| request | layout | PG x1 / SQLite x1 | PG x2 / PG x1 |');
  console.log('| --- | --- | ---: | ---: |');
  for (const route of [...new Set(regels.map((r) => r.route))]) {
    for (const layout of ['gescheiden', 'verspreid']) {
      const pg1 = gem(layout, 'postgres', 1, route);
      console.log(
        `| ${route} | ${layout} | ${f2(pg1 / gem(layout, 'sqlite', 1, route))} | ${f2(gem(layout, 'postgres', 2, route) / pg1)} |`,
      );
    }
  }
}

const pm = await postmaster();
log(`PostgreSQL-postmaster: pid ${pm}; ${values.url.replace(/:[^:@/]*@/, ':***@')}`);
const resultaat = {
  begin: new Date().toISOString(),
  node: process.version,
  load: readFileSync('/proc/loadavg', 'utf8').trim(),
};
if (onderdelen.has('import')) resultaat.import = await importDeel(pm);
if (onderdelen.has('api')) resultaat.api = await apiDeel(pm);
resultaat.eind = new Date().toISOString();
resultaat.loadEind = readFileSync('/proc/loadavg', 'utf8').trim();
writeFileSync(
  join(uitMap, `postgres-${resultaat.begin.replaceAll(':', '-')}.json`),
  JSON.stringify(resultaat, null, 2),
);
console.log(
  `Run ${resultaat.begin} -> ${resultaat.eind}, Node ${process.version}, load ${resultaat.load} -> ${resultaat.loadEind}`,
);
if (resultaat.import) importTabel(resultaat.import);
if (resultaat.api) apiTabel(resultaat.api);
