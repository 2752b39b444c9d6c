// SIGKILL an import at N points across a large generated file; after each kill check integrity and all-or-nothing.
// node bench/kill.mjs [rijen=100000] [punten=50] [volgende=rijen]
// volgende: rows of the file imported after each kill to show the next import works (default the same
// large file; a smaller generated file, seed 4, makes a 50-point run on a busy machine fit in an hour).
// Prints one line per kill point and a summary; the summary also goes to bench/out/kill-<rijen>.json.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const wortel = fileURLToPath(new URL('../', import.meta.url));
// A frozen build (bench/freeze-build.mjs) keeps a long run on one build while the repository is rebuilt.
const build = process.env.NETWERKREGIE_BUILD ?? wortel;
const Database = createRequire(join(build, 'packages/store/package.json'))('better-sqlite3');
const MAIN = join(build, 'apps/cli/dist/main.js');
const rijen = Number(process.argv[2] ?? 100_000);
const punten = Number(process.argv[3] ?? 50);
const volgendeRijen = Number(process.argv[4] ?? rijen);
const map = mkdtempSync(join(tmpdir(), 'nr-kill-'));
const csv = join(map, 'groot.csv');
const basis = join(map, 'basis.db');
execFileSync(
  process.execPath,
  [
    join(build, 'fixtures/dist/cli.js'),
    '--gemeente',
    'almere',
    '--rijen',
    String(rijen),
    '--seed',
    '3',
    '--formaat',
    'csv',
    '--uit',
    csv,
  ],
  { stdio: 'ignore' },
);
let volgendCsv = csv;
if (volgendeRijen !== rijen) {
  volgendCsv = join(map, 'volgende.csv');
  execFileSync(
    process.execPath,
    [
      join(build, 'fixtures/dist/cli.js'),
      '--gemeente',
      'almere',
      '--rijen',
      String(volgendeRijen),
      '--seed',
      '4',
      '--formaat',
      'csv',
      '--uit',
      volgendCsv,
    ],
    { stdio: 'ignore' },
  );
}
// stdout is not needed, so not captured: spawnSync kills a child whose output passes its 1 MB buffer (ENOBUFS).
const imp = (db, bestand = csv) => {
  const r = spawnSync(process.execPath, [MAIN, 'import', bestand, '--gemeente', 'almere', '--db', db], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (r.status !== 0)
    process.stderr.write(
      `import ${bestand} -> ${db}: status ${r.status} ${r.signal ?? ''} ${r.error ?? ''}\n${r.stderr}\n`,
    );
  return r;
};
const start = performance.now();
if (imp(basis, join(wortel, 'fixtures/almere/contactlijst.csv')).status !== 0) throw new Error('basis');
const tel = (pad) => {
  const db = new Database(pad);
  const n = (t) => db.prepare(`select count(*) as n from ${t}`).get().n;
  const r = {
    ok: db.pragma('integrity_check', { simple: true }),
    personen: n('personen'),
    organisaties: n('organisaties'),
    lidmaatschappen: n('lidmaatschappen'),
    imports: n('imports'),
  };
  db.close();
  return r;
};
// Kill points are placed by the child's CPU time, not wall time: on a shared machine (and under
// nice) the same import took 100 s in one attempt and 311 s in the next, so wall-time points
// measured once would mostly land after the import had finished, or all early.
const cpuMs = (pid) => {
  try {
    const velden = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(velden[11]) + Number(velden[12])) * 10; // utime + stime, in ticks of 10 ms
  } catch {
    return null;
  }
};
/** Runs one import of the large file; SIGKILL once it has used `grens` ms of CPU (never when grens is Infinity). */
async function importTot(db, grens) {
  const t0 = performance.now();
  const kind = spawn(process.execPath, [MAIN, 'import', csv, '--gemeente', 'almere', '--db', db], { stdio: 'ignore' });
  let cpu = 0;
  let gedood = false;
  const klok = setInterval(() => {
    const c = cpuMs(kind.pid);
    if (c !== null) cpu = c;
    if (!gedood && cpu >= grens) {
      gedood = kind.kill('SIGKILL');
    }
  }, 10);
  const code = await new Promise((k) => kind.once('exit', (c) => k(c)));
  clearInterval(klok);
  return { code, cpu, gedood, wandMs: performance.now() - t0 };
}
const voor = tel(basis);
const heel = join(map, 'heel.db');
copyFileSync(basis, heel);
const geheel = await importTot(heel, Number.POSITIVE_INFINITY);
if (geheel.code !== 0) throw new Error('heel');
const duur = geheel.cpu;
const na = tel(heel);
console.log(`build ${build}`);
console.log(
  `basis ${JSON.stringify(voor)}; hele import ${Math.round(duur)} ms CPU (${Math.round(geheel.wandMs)} ms wall) -> ${JSON.stringify(na)}`,
);
const uitkomst = { geen: 0, geheel: 0, fout: 0 };
const perPunt = [];
for (let i = 0; i < punten; i++) {
  const pad = join(map, 'kill.db');
  for (const s of ['', '-wal', '-shm']) rmSync(pad + s, { force: true });
  copyFileSync(basis, pad);
  const wacht = duur * (0.05 + (1.05 * (i + Math.random())) / punten);
  const run = await importTot(pad, wacht);
  const t = tel(pad);
  const gelijk = (a, b) =>
    a.personen === b.personen &&
    a.organisaties === b.organisaties &&
    a.lidmaatschappen === b.lidmaatschappen &&
    a.imports === b.imports;
  const soort = t.ok !== 'ok' ? 'fout' : gelijk(t, voor) ? 'geen' : gelijk(t, na) ? 'geheel' : 'fout';
  uitkomst[soort]++;
  const t0 = performance.now();
  const volgende = imp(pad, volgendCsv).status;
  const volgendeMs = Math.round(performance.now() - t0);
  perPunt.push({
    punt: i,
    killBijCpuMs: Math.round(wacht),
    gedood: run.gedood,
    wandMs: Math.round(run.wandMs),
    soort,
    integriteit: t.ok,
    volgendeImport: volgende,
    volgendeMs,
  });
  console.log(
    `punt ${i + 1}/${punten}: kill bij ${Math.round(wacht)} ms CPU (${Math.round((100 * wacht) / duur)} %)${run.gedood ? '' : `, al klaar (exit ${run.code})`}, ${Math.round(run.wandMs / 1000)} s wall, integrity ${t.ok}, ${soort}, volgende import exit ${volgende} in ${volgendeMs} ms` +
      (soort === 'fout' ? ` ${JSON.stringify(t)}` : ''),
  );
}
const samenvatting = {
  datum: new Date().toISOString(),
  rijen,
  punten,
  volgendeRijen,
  cpuMs: Math.round(duur),
  wandMs: Math.round(geheel.wandMs),
  gedood: perPunt.filter((p) => p.gedood).length,
  ...uitkomst,
  volgendeMislukt: perPunt.filter((p) => p.volgendeImport !== 0).length,
  totaalS: Math.round((performance.now() - start) / 1000),
};
console.log(JSON.stringify(samenvatting));
const uit = join(wortel, 'bench/out');
mkdirSync(uit, { recursive: true });
writeFileSync(join(uit, `kill-${rijen}.json`), JSON.stringify({ ...samenvatting, perPunt }, null, 2));
rmSync(map, { recursive: true, force: true });
process.exit(uitkomst.fout > 0 || samenvatting.volgendeMislukt > 0 ? 1 : 0);
