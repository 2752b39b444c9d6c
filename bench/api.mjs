#!/usr/bin/env node
// API benchmark (issues 5 and 15). In one run, for the Almere sample (about 400 persons) and for a
// generated list of about 50,000 persons: GET personen/{id} (a random one of up to 1,000 persons the
// key may see), a filtered page of 20 (domain, role, district) and search for a common term, each
// with a regisseur key and a lezer key, loaded by wrk (50 connections) pinned to core 1 while the
// server is pinned to core 0. The ceiling is a bare Hono hello-world on @hono/node-server on the same
// core, in the same run (before and after). Prints req/s, x bare Hono, the server's CPU ms per request
// (/proc, 10 ms ticks), p50, p99, timeouts, RSS and the
// load average beside every figure (the machine may be shared). Loopback only, fictional data.
//
//   npx turbo run build && node bench/api.mjs
//   options: --sets voorbeeld,52500  --rollen regisseur,lezer  --verzoeken id,filter,zoek
//            --seconden 10  --verbindingen 50  --rondes 1  --opwarmen 3   (seconds of load not counted first)
//            --node-opties "--cpu-prof --cpu-prof-dir=bench/out/profiel"   (extra flags for the server's node)
//            --semi-space-mb 64   (the server's --max-semi-space-size, as npm start; 0: V8's default)
//   NETWERKREGIE_BUILD=bench/out/build-x node bench/api.mjs   measures a frozen build (bench/freeze-build.mjs)
//            --node-opties "-r ./bench/pauzes.cjs" --server-log bench/out/pauzes.log   (where the p99 goes, per second)
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const hier = dirname(fileURLToPath(import.meta.url));
const wortel = join(hier, '..');
// NETWERKREGIE_BUILD: a frozen build (bench/freeze-build.mjs), e.g. a base commit measured beside this one.
const cli = join(process.env.NETWERKREGIE_BUILD ?? wortel, 'apps/cli/dist/main.js');
const uitMap = join(hier, 'out');
const { values } = parseArgs({
  options: {
    sets: { type: 'string', default: 'voorbeeld,52500' },
    rollen: { type: 'string', default: 'regisseur,lezer' },
    verzoeken: { type: 'string', default: 'id,filter,zoek' },
    seconden: { type: 'string', default: '10' },
    // Seconds of the same load, not counted, before each measurement: the server's first requests pay
    // for start-up (connections, compiled statements, the JIT); 0 measures them too, as before.
    opwarmen: { type: 'string', default: '0' },
    verbindingen: { type: 'string', default: '50' },
    rondes: { type: 'string', default: '1' },
    'node-opties': { type: 'string', default: '' },
    // The server's young generation, as `npm start` sets it (package.json); 0 leaves V8's default.
    'semi-space-mb': { type: 'string', default: '64' },
    // The server's stderr to this file (per set: the set's name is put before the extension), e.g. with bench/pauzes.cjs.
    'server-log': { type: 'string' },
    'hallo-wereld': { type: 'boolean' },
    // Old flag (issue 5): the size of the generated list; the same as naming it in --sets.
    rijen: { type: 'string' },
  },
});

if (values['hallo-wereld']) {
  // The ceiling: the same framework and adapter, no work.
  const { Hono } = await import(join(wortel, 'node_modules/hono/dist/index.js'));
  const { serve } = await import(join(wortel, 'node_modules/@hono/node-server/dist/index.mjs'));
  const app = new Hono();
  app.get('/', (c) => c.json({ hallo: 'wereld' }));
  serve({ fetch: app.fetch, port: 18788, hostname: '127.0.0.1' });
} else {
  await hoofd();
}

function zorgVoorWrk() {
  if (spawnSync('sh', ['-c', 'command -v wrk']).status === 0) return;
  process.stderr.write('wrk ontbreekt: installeren met apt-get\n');
  execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk'], {
    stdio: 'inherit',
  });
}

function rssMb(pid) {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
  } catch {
    return Number.NaN;
  }
}

/** CPU time (user + system) of a process so far, in ms; clock ticks of 10 ms. */
function cpuMs(pid) {
  try {
    const velden = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(velden[11]) + Number(velden[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** Until the process used under 5 % of a core over a second (at most two minutes). */
async function wachtTotStil(pid) {
  for (let i = 0; i < 120; i++) {
    const voor = cpuMs(pid);
    await new Promise((r) => setTimeout(r, 1000));
    if (cpuMs(pid) - voor < 50) return;
  }
}

async function wachtOp(url, kop = {}) {
  for (let i = 0; i < 300; i++) {
    try {
      const res = await fetch(url, { headers: kop });
      if (res.status < 500) return res;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} antwoordt niet`);
}

function ms(t) {
  if (t === null) return null;
  const n = Number.parseFloat(t);
  if (t.endsWith('us')) return n / 1000;
  if (t.endsWith('ms')) return n;
  if (t.endsWith('m')) return n * 60000;
  return n * 1000;
}

function wrk(url, sleutel, lua, seconden = values.seconden) {
  const args = ['-c', '1', 'wrk', '-t1', `-c${values.verbindingen}`, `-d${seconden}s`, '--latency'];
  if (sleutel) args.push('-H', `Authorization: Bearer ${sleutel}`);
  if (lua) args.push('-s', lua);
  const last = loadavg()[0];
  const uit = execFileSync('taskset', [...args, url], { encoding: 'utf8' });
  const getal = (re) => re.exec(uit)?.[1] ?? null;
  return {
    rps: Number(getal(/Requests\/sec:\s+([\d.]+)/)),
    p50: ms(getal(/ 50%\s+([\d.]+\w+)/)),
    p99: ms(getal(/ 99%\s+([\d.]+\w+)/)),
    niet2xx: Number(getal(/Non-2xx or 3xx responses: (\d+)/) ?? 0),
    timeouts: Number(getal(/timeout (\d+)/) ?? 0),
    load: Math.max(last, loadavg()[0]),
  };
}

/** The database of a set: the Almere sample, or a generated list of n rows (seed 7), imported once. */
function database(set) {
  mkdirSync(uitMap, { recursive: true });
  const db = join(uitMap, `api-${set}.db`);
  if (existsSync(db)) return db;
  let lijst = join(wortel, 'fixtures/almere/contactlijst.csv');
  if (set !== 'voorbeeld') {
    lijst = join(uitMap, `lijst-${set}.csv`);
    if (!existsSync(lijst)) {
      execFileSync(process.execPath, [
        join(wortel, 'fixtures/dist/cli.js'),
        ...['--gemeente', 'almere', '--rijen', set, '--seed', '7', '--formaat', 'csv', '--uit', lijst],
      ]);
    }
  }
  process.stderr.write(`Importeren van ${lijst} in ${db}\n`);
  execFileSync(process.execPath, [cli, 'import', lijst, '--gemeente', 'almere', '--db', db], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return db;
}

function maakSleutel(db, rol) {
  const uit = execFileSync(
    process.execPath,
    [cli, 'keys', 'create', '--gemeente', 'almere', '--db', db, '--rol', rol, '--omschrijving', `bench ${rol}`],
    { encoding: 'utf8' },
  );
  return uit.trim().split('\n').pop();
}

/** Up to 1,000 random persons the role may see (a lezer: persons with a formal membership). */
function personenVoor(db, rol) {
  const Database = createRequire(join(wortel, 'packages/store/package.json'))('better-sqlite3');
  const d = new Database(db, { readonly: true });
  const formeel = `where exists (select 1 from lidmaatschappen l join organisaties o on o.id = l.organisatie_id
    where l.persoon_id = p.id and o.netwerk = 'formeel')`;
  const ids = d
    .prepare(`select id from personen p ${rol === 'lezer' ? formeel : ''} order by random() limit 1000`)
    .pluck()
    .all();
  d.close();
  return ids;
}

function luaPerId(pad, basisPad, ids) {
  writeFileSync(
    pad,
    `local ids = {${ids.map((i) => `"${i}"`).join(',')}}\n` +
      `math.randomseed(7)\nrequest = function()\n  return wrk.format("GET", "${basisPad}/personen/" .. ids[math.random(#ids)])\nend\n`,
  );
}

async function hoofd() {
  zorgVoorWrk();
  mkdirSync(uitMap, { recursive: true });
  const sets = (values.rijen ? [values.rijen] : values.sets.split(',')).map((s) => s.trim());
  const rollen = values.rollen.split(',');
  const soorten = values.verzoeken.split(',');
  const basisPad = '/v1/gemeenten/almere';
  const basis = `http://127.0.0.1:18787${basisPad}`;
  const zoekLua = join(uitMap, 'zoek.lua');
  writeFileSync(
    zoekLua,
    'wrk.method = "POST"\nwrk.body = \'{"termen":"van"}\'\nwrk.headers["Content-Type"] = "application/json"\n',
  );
  const filter = 'domein=zorg&rol=eerstelijnswerker&wijk=Almere%20Haven&paginaGrootte=20';
  const NAMEN = {
    id: 'GET personen/{id}',
    filter: 'GET personen?domein=zorg&rol=eerstelijnswerker&wijk=Almere Haven (20)',
    zoek: 'POST personen/_zoek "van"',
  };

  const plafonds = [];
  const regels = [];
  for (const set of sets) {
    // The ceiling right before each set: on a shared machine it moves with the load.
    const plafond = await meetPlafond();
    plafonds.push({ set, ...plafond });
    const db = database(set);
    const sleutels = Object.fromEntries(rollen.map((r) => [r, maakSleutel(db, r)]));
    const extra = values['node-opties'] ? values['node-opties'].split(' ') : [];
    if (Number(values['semi-space-mb']) > 0) extra.unshift(`--max-semi-space-size=${values['semi-space-mb']}`);
    const server = spawn(
      'taskset',
      [
        ...['-c', '0', process.execPath, ...extra, cli, 'serve', '--gemeente', 'almere', '--db', db],
        ...['--port', '18787', '--rate-limit', '100000000'],
      ],
      { stdio: values['server-log'] ? ['ignore', 'ignore', openSync(serverLog(set), 'w')] : 'ignore' },
    );
    try {
      const eerste = await (
        await wachtOp(`${basis}/personen?paginaGrootte=1`, { Authorization: `Bearer ${sleutels[rollen[0]]}` })
      ).json();
      const personen = eerste.totaal;
      // A freshly imported file is ahead of its trend: the server computes the trend point in its analysis
      // worker at start, on the same pinned core. Measure after it, not beside it.
      await wachtTotStil(server.pid);
      for (let ronde = 1; ronde <= Number(values.rondes); ronde++) {
        for (const rol of rollen) {
          const idLua = join(uitMap, `id-${set}-${rol}.lua`);
          luaPerId(idLua, basisPad, personenVoor(db, rol));
          const doelen = {
            id: [`${basis}/personen/x`, idLua],
            filter: [`${basis}/personen?${filter}`, null],
            zoek: [`${basis}/personen/_zoek`, zoekLua],
          };
          for (const soort of soorten) {
            const [url, lua] = doelen[soort];
            const voor = rssMb(server.pid);
            const cpuVoor = cpuMs(server.pid);
            if (Number(values.opwarmen) > 0) wrk(url, sleutels[rol], lua, values.opwarmen);
            const r = wrk(url, sleutels[rol], lua);
            // The server's CPU per answered request: what bounds req/s when the core is the limit.
            const cpuPerVerzoek = (cpuMs(server.pid) - cpuVoor) / (r.rps * Number(values.seconden));
            regels.push({
              set,
              personen,
              ronde,
              rol,
              verzoek: NAMEN[soort],
              ...r,
              plafond: plafond.rps,
              rssVoor: voor,
              rssNa: rssMb(server.pid),
              cpuPerVerzoek,
            });
            process.stderr.write(
              `${set} ${rol} ${soort}: ${r.rps} req/s, p99 ${r.p99} ms, CPU ${cpuPerVerzoek.toFixed(3)} ms/verzoek\n`,
            );
          }
        }
      }
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
  }

  console.log(
    `wrk -t1 -c${values.verbindingen} -d${values.seconden}s op core 1, server op core 0; ${new Date().toISOString()}`,
  );
  console.log(
    `Kale Hono (hallo-wereld), voor elke set: ${plafonds.map((p) => `${p.set}: ${p.rps.toFixed(0)} req/s (p50 ${p.p50} ms, p99 ${p.p99} ms, load ${p.load.toFixed(1)})`).join('; ')}`,
  );
  console.log(
    '| set (personen) | rol | verzoek | req/s | x kale Hono | CPU ms/verzoek | p50 (ms) | p99 (ms) | niet-2xx | timeouts | RSS voor -> na (MB) | load |',
  );
  console.log('| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |');
  for (const r of regels) {
    console.log(
      `| ${r.set} (${r.personen}) | ${r.rol} | ${r.verzoek} | ${r.rps.toFixed(0)} | ${(r.rps / r.plafond).toFixed(2)} | ${r.cpuPerVerzoek.toFixed(3)} | ${r.p50} | ${r.p99} | ${r.niet2xx} | ${r.timeouts} | ${r.rssVoor.toFixed(0)} -> ${r.rssNa.toFixed(0)} | ${r.load.toFixed(1)} |`,
    );
  }
  writeFileSync(
    join(uitMap, `api-${new Date().toISOString().replace(/[:.]/g, '-')}.json`),
    JSON.stringify({ plafonds, regels }, null, 2),
  );
}

function serverLog(set) {
  const pad = values['server-log'];
  const punt = pad.lastIndexOf('.');
  return punt > 0 ? `${pad.slice(0, punt)}-${set}${pad.slice(punt)}` : `${pad}-${set}`;
}

function meetPlafond() {
  const hallo = spawn('taskset', ['-c', '0', process.execPath, fileURLToPath(import.meta.url), '--hallo-wereld'], {
    stdio: 'ignore',
  });
  return (async () => {
    await wachtOp('http://127.0.0.1:18788/');
    try {
      return wrk('http://127.0.0.1:18788/', null, null);
    } finally {
      hallo.kill('SIGTERM');
      await new Promise((r) => hallo.once('exit', r));
    }
  })();
}
