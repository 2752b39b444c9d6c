#!/usr/bin/env node
// The analysis route's kept answer at 50,050 persons (issue 15): what a call costs once the worker has
// the answer, i.e. the route plus its audit row. Two frozen builds side by side (bench/freeze-build.mjs),
// alternating per round on the same copy of bench/api.mjs's database; the server pinned to core 0, this
// process on core 1. Per round: one call that computes, then --keer calls for the kept answer, one at a
// time. Prints wall time per kept call (p50, max), the server's CPU seconds over the kept calls (its
// worker included), and the audit rows they wrote (data subjects direct and in sets).
//
//   node bench/analyse-audit.mjs --voor bench/out/build-voor --na bench/out/build-na [--rondes 3 --keer 15]
//   --profiel <map>   the "na" server runs with --cpu-prof into that folder; afterwards the functions with
//                     the most self time on its main thread are printed (the kept calls dominate it)
//   (the database: bench/out/api-52500.db, as bench/belasting.mjs makes it)
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const hier = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    voor: { type: 'string' },
    na: { type: 'string' },
    rondes: { type: 'string', default: '3' },
    keer: { type: 'string', default: '15' },
    db: { type: 'string', default: join(hier, 'out/api-52500.db') },
    poort: { type: 'string', default: '18793' },
    route: { type: 'string', default: 'gezondheid' },
    profiel: { type: 'string' },
  },
});
if (!values.voor || !values.na) throw new Error('gebruik: --voor <build> --na <build>');
if (!existsSync(values.db))
  throw new Error(`${values.db} ontbreekt: eerst node bench/belasting.mjs (of bench/api.mjs)`);

const slaap = (ms) => new Promise((r) => setTimeout(r, ms));
const tikken = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));
/** User + system CPU seconds of the process, all its threads. */
const cpu = (pid) => {
  const velden = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(velden[11]) + Number(velden[12])) / tikken;
};
const p50 = (l) => [...l].sort((a, b) => a - b)[Math.floor((l.length - 1) / 2)];

async function ronde(naam, build) {
  const Database = createRequire(join(build, 'packages/store/package.json'))('better-sqlite3');
  const cli = join(build, 'apps/cli/dist/main.js');
  const db = join(hier, 'out', `analyse-audit-${naam}.db`);
  for (const x of ['', '-wal', '-shm']) rmSync(`${db}${x}`, { force: true });
  const bron = new Database(values.db, { readonly: true });
  await bron.backup(db);
  bron.close();
  const sleutel = execFileSync(
    process.execPath,
    [cli, 'keys', 'create', '--gemeente', 'almere', '--db', db, '--rol', 'beheerder', '--omschrijving', 'bench'],
    { encoding: 'utf8' },
  )
    .trim()
    .split('\n')
    .pop();
  const server = spawn(
    'taskset',
    [
      ...['-c', '0', process.execPath],
      ...(values.profiel && naam === 'na' ? ['--cpu-prof', `--cpu-prof-dir=${resolve(values.profiel)}`] : []),
      ...[cli, 'serve', '--gemeente', 'almere', '--db', db, '--port', values.poort],
    ],
    { stdio: 'ignore' },
  );
  process.once('exit', () => server.exitCode === null && server.kill('SIGKILL'));
  const url = `http://127.0.0.1:${values.poort}/v1/gemeenten/almere/analyse/${values.route}`;
  const kop = { Authorization: `Bearer ${sleutel}` };
  const vraag = async () => {
    const t = performance.now();
    const res = await fetch(url, { headers: kop });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${naam}: status ${res.status}`);
    return performance.now() - t;
  };
  let eerste = null;
  for (let i = 0; i < 600 && eerste === null; i++) {
    eerste = await vraag().catch(() => null);
    if (eerste === null) await slaap(200);
  }
  // taskset execs node: the pid is the server's own.
  const doel = server.pid;
  const cpuVoor = cpu(doel);
  const ms = [];
  for (let i = 0; i < Number(values.keer); i++) ms.push(await vraag());
  const cpuNa = cpu(doel);
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  const d = new Database(db, { readonly: true });
  const n = (sql) => d.prepare(sql).pluck().get();
  const heeftSets = n("select count(*) from sqlite_master where name = 'betrokkenensets'") > 0;
  const rijen = {
    audit: n("select count(*) from audit where actie = 'analyseren'"),
    auditBetrokkenen: n('select count(*) from audit_betrokkenen'),
    setLeden: heeftSets ? n('select count(*) from betrokkenenset_leden') : 0,
  };
  d.close();
  for (const x of ['', '-wal', '-shm']) rmSync(`${db}${x}`, { force: true });
  return { naam, eersteS: eerste / 1000, p50: p50(ms), max: Math.max(...ms), cpuS: cpuNa - cpuVoor, rijen };
}

execFileSync('taskset', ['-a', '-p', '-c', '1', String(process.pid)], { stdio: 'ignore' });
const uitkomsten = [];
for (let r = 0; r < Number(values.rondes); r++) {
  for (const [naam, build] of r % 2 === 0
    ? [
        ['voor', values.voor],
        ['na', values.na],
      ]
    : [
        ['na', values.na],
        ['voor', values.voor],
      ]) {
    const u = await ronde(naam, resolve(build));
    const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
    uitkomsten.push({ ...u, load });
    console.log(
      `${naam.padEnd(4)} eerste ${u.eersteS.toFixed(1)} s | bewaard antwoord p50 ${u.p50.toFixed(0)} ms, max ${u.max.toFixed(0)} ms` +
        ` | server-CPU ${u.cpuS.toFixed(2)} s voor ${values.keer} | audit ${u.rijen.audit} rijen, ` +
        `audit_betrokkenen ${u.rijen.auditBetrokkenen}, setleden ${u.rijen.setLeden} | load ${load}`,
    );
  }
}
const per = (naam, f) => uitkomsten.filter((u) => u.naam === naam).map(f);
const mediaan = (l) => p50(l);
const voorP50 = mediaan(per('voor', (u) => u.p50));
const naP50 = mediaan(per('na', (u) => u.p50));
const voorCpu = mediaan(per('voor', (u) => u.cpuS));
const naCpu = mediaan(per('na', (u) => u.cpuS));
console.log(
  `mediaan over de rondes: p50 ${voorP50.toFixed(0)} -> ${naP50.toFixed(0)} ms (${(voorP50 / naP50).toFixed(1)}x), ` +
    `server-CPU ${voorCpu.toFixed(2)} -> ${naCpu.toFixed(2)} s (${(voorCpu / naCpu).toFixed(1)}x)`,
);

/** Self time per function (name, file, line) over a .cpuprofile, the top 15. */
function topVan(pad) {
  const p = JSON.parse(readFileSync(pad, 'utf8'));
  const perKnoop = new Map(p.nodes.map((k) => [k.id, k]));
  const zelf = new Map();
  for (let i = 0; i < p.samples.length; i++) {
    const k = perKnoop.get(p.samples[i]);
    const f = k.callFrame;
    const sleutel = `${f.functionName || '(anoniem)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`;
    zelf.set(sleutel, (zelf.get(sleutel) ?? 0) + (p.timeDeltas[i] ?? 0));
  }
  const totaal = [...zelf.values()].reduce((a, b) => a + b, 0);
  return [...zelf]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([f, us]) => `  ${((100 * us) / totaal).toFixed(1).padStart(5)} %  ${(us / 1e6).toFixed(2)} s  ${f}`);
}
if (values.profiel) {
  const { readdirSync, statSync } = await import('node:fs');
  const map = resolve(values.profiel);
  // The largest profile is the main thread's (the worker's own is smaller between its computations).
  const bestanden = readdirSync(map)
    .filter((b) => b.endsWith('.cpuprofile'))
    .map((b) => join(map, b))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  for (const b of bestanden.slice(0, 2)) console.log(`${b}\n${topVan(b).join('\n')}`);
}
