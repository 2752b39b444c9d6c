#!/usr/bin/env node
// API benchmark (issue 5): with ~50,000 persons loaded, GET personen/{id}, GET personen with
// filters and POST personen/_zoek, each loaded for 10 s at 50 connections by wrk pinned to core 1
// while the server is pinned to core 0; three rounds, RSS before and after each; in the same run a
// bare Hono hello-world on the same core as the ceiling. Loopback only.
//
//   npx turbo run build && node bench/api.mjs [--rijen 52500] [--seconden 10] [--rondes 3]
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const hier = dirname(fileURLToPath(import.meta.url));
const wortel = join(hier, '..');
const cli = join(wortel, 'apps/cli/dist/main.js');
const { values } = parseArgs({
  options: {
    rijen: { type: 'string', default: '52500' },
    seconden: { type: 'string', default: '10' },
    rondes: { type: 'string', default: '3' },
    'hallo-wereld': { type: 'boolean' },
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
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

async function wachtOp(url, kop = {}) {
  for (let i = 0; i < 200; i++) {
    try {
      const res = await fetch(url, { headers: kop });
      if (res.status < 500) return res;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} antwoordt niet`);
}

function wrk(url, sleutel, lua) {
  const args = ['-c', '1', 'wrk', '-t1', '-c50', `-d${values.seconden}s`, '--latency'];
  if (sleutel) args.push('-H', `Authorization: Bearer ${sleutel}`);
  if (lua) args.push('-s', lua);
  const uit = execFileSync('taskset', [...args, url], { encoding: 'utf8' });
  const getal = (re) => {
    const m = re.exec(uit);
    return m ? m[1] : null;
  };
  const ms = (t) =>
    t === null
      ? null
      : t.endsWith('us')
        ? Number.parseFloat(t) / 1000
        : t.endsWith('ms')
          ? Number.parseFloat(t)
          : Number.parseFloat(t) * 1000;
  return {
    rps: Number(getal(/Requests\/sec:\s+([\d.]+)/)),
    p50: ms(getal(/ 50%\s+([\d.]+\w+)/)),
    p99: ms(getal(/ 99%\s+([\d.]+\w+)/)),
    fouten: Number(getal(/Non-2xx or 3xx responses: (\d+)/) ?? 0),
    socketfouten: getal(/Socket errors: (.*)/),
  };
}

async function hoofd() {
  zorgVoorWrk();
  const uitMap = join(hier, 'out');
  mkdirSync(uitMap, { recursive: true });
  const rijen = values.rijen;
  const lijst = join(uitMap, `lijst-${rijen}.csv`);
  const db = join(uitMap, `api-${rijen}.db`);
  if (!existsSync(lijst)) {
    execFileSync(process.execPath, [
      join(wortel, 'fixtures/dist/cli.js'),
      '--gemeente',
      'almere',
      '--rijen',
      rijen,
      '--seed',
      '7',
      '--formaat',
      'csv',
      '--uit',
      lijst,
    ]);
  }
  if (!existsSync(db)) {
    process.stderr.write(`Importeren van ${lijst} in ${db}\n`);
    execFileSync(process.execPath, [cli, 'import', lijst, '--gemeente', 'almere', '--db', db], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const sleutelUit = execFileSync(
    process.execPath,
    [cli, 'keys', 'create', '--gemeente', 'almere', '--db', db, '--rol', 'beheerder', '--omschrijving', 'bench'],
    { encoding: 'utf8' },
  );
  const sleutel = sleutelUit.trim().split('\n').pop();

  const server = spawn(
    'taskset',
    [
      '-c',
      '0',
      process.execPath,
      cli,
      'serve',
      '--gemeente',
      'almere',
      '--db',
      db,
      '--port',
      '18787',
      '--rate-limit',
      '100000000',
    ],
    { stdio: 'ignore' },
  );
  const basis = 'http://127.0.0.1:18787/v1/gemeenten/almere';
  const kop = { Authorization: `Bearer ${sleutel}` };
  try {
    const eerste = await (await wachtOp(`${basis}/personen?paginaGrootte=1`, kop)).json();
    const totaal = eerste.totaal;
    const id = eerste.resultaten?.[0]?.id ?? eerste.items?.[0]?.id;
    const zoekLua = join(uitMap, 'zoek.lua');
    writeFileSync(
      zoekLua,
      'wrk.method = "POST"\nwrk.body = \'{"termen":"van"}\'\nwrk.headers["Content-Type"] = "application/json"\n',
    );
    const doelen = [
      ['GET personen/{id}', `${basis}/personen/${id}`, null],
      [
        'GET personen?domein=zorg&rol=eerstelijnswerker',
        `${basis}/personen?domein=zorg&rol=eerstelijnswerker&paginaGrootte=20`,
        null,
      ],
      ['POST personen/_zoek', `${basis}/personen/_zoek`, zoekLua],
    ];
    const regels = [];
    for (let ronde = 1; ronde <= Number(values.rondes); ronde++) {
      for (const [naam, url, lua] of doelen) {
        const voor = rssMb(server.pid);
        const r = wrk(url, sleutel, lua);
        regels.push({ ronde, naam, ...r, rssVoor: voor, rssNa: rssMb(server.pid) });
        process.stderr.write(`ronde ${ronde} ${naam}: ${r.rps} req/s\n`);
      }
    }
    server.kill('SIGTERM');
    const hallo = spawn('taskset', ['-c', '0', process.execPath, fileURLToPath(import.meta.url), '--hallo-wereld'], {
      stdio: 'ignore',
    });
    await wachtOp('http://127.0.0.1:18788/');
    const plafond = wrk('http://127.0.0.1:18788/', null, null);
    hallo.kill('SIGTERM');
    console.log(`Personen in de store: ${totaal}; wrk -t1 -c50 -d${values.seconden}s op core 1, server op core 0.`);
    console.log(
      `Plafond (Hono hallo-wereld): ${plafond.rps.toFixed(0)} req/s, p50 ${plafond.p50} ms, p99 ${plafond.p99} ms`,
    );
    console.log(
      '| ronde | verzoek | req/s | x plafond | p50 (ms) | p99 (ms) | niet-2xx | socketfouten | RSS voor (MB) | RSS na (MB) |',
    );
    console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |');
    for (const r of regels) {
      console.log(
        `| ${r.ronde} | ${r.naam} | ${r.rps.toFixed(0)} | ${(r.rps / plafond.rps).toFixed(2)} | ${r.p50} | ${r.p99} | ${r.fouten} | ${r.socketfouten ?? '-'} | ${r.rssVoor.toFixed(0)} | ${r.rssNa.toFixed(0)} |`,
      );
    }
  } finally {
    server.kill('SIGTERM');
  }
}
