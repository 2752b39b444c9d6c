#!/usr/bin/env node
// Import benchmark (issue 3): a generated list through papaparse (or exceljs) alone, then the
// dry run, the apply into an empty store and the re-import of the same file, each stage in its own
// child process so that its peak RSS is its own. Prints one table; figures go to docs/BENCHMARKS.md.
//
//   npm run build && node bench/import.mjs --rijen 1000000 --formaat csv
// One stage alone (used by bench/postgres.mjs): --stap proefrun --bestand <lijst> --db <file or postgres://…>
// --geheugen: each stage also prints its memory by part (heap, external, SQLite and the rest) and its peak RSS per phase.
import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';

const hier = dirname(fileURLToPath(import.meta.url));
const wortel = join(hier, '..');
const { values } = parseArgs({
  options: {
    rijen: { type: 'string', default: '100000' },
    formaat: { type: 'string', default: 'csv' },
    stap: { type: 'string' },
    bestand: { type: 'string' },
    db: { type: 'string' },
    /** Comma-separated subset of the stages after the baseline, e.g. `proefrun` for a quick look. */
    stappen: { type: 'string', default: 'proefrun,toepassen,herimport' },
    /** Also sample process.memoryUsage() every 20 ms and print each part's peak (heap, external, native SQLite). */
    geheugen: { type: 'boolean', default: false },
  },
});

/** Phases of a stage, marked by the store's calls when --geheugen is given. */
const FASEN = ['plan', 'schrijven', 'bevestigen', 'commit', 'na'];
const fase = { zet: (_naam) => {} };

if (values.stap) {
  const meter = values.geheugen ? geheugenMeter() : undefined;
  const begin = performance.now();
  const uitkomst = await voerStapUit(values.stap, values.bestand, values.db);
  const seconden = (performance.now() - begin) / 1000;
  const gebruik = process.resourceUsage();
  // CPU seconds of this process too: on a shared machine they say more than the wall clock.
  const cpuSeconden = (gebruik.userCPUTime + gebruik.systemCPUTime) / 1e6;
  const geheugen = await meter?.();
  // The main thread's own CPU seconds (Linux: its task's utime + stime, in ticks of 10 ms): with the
  // reading worker the process's CPU seconds are two threads' together, and on a busy machine the main
  // thread's CPU says more than the wall clock about what the stage waits for.
  const hoofddraadSeconden = hoofddraadCpu();
  process.stdout.write(
    `${JSON.stringify({ ...uitkomst, seconden, cpuSeconden, hoofddraadSeconden, piekRssMb: gebruik.maxRSS / 1024, ...(geheugen ? { geheugen } : {}) })}\n`,
  );
  process.exit(0);
}

/**
 * Samples process.memoryUsage() every 20 ms (between the import's awaits) for each part's peak in MB,
 * and the RSS every 5 ms from a worker thread, which also sees inside a long synchronous statement
 * (the commit's index builds), per phase of the stage (the store's calls mark them, see `fase`).
 * `rest` is RSS minus V8's heap and external memory: mostly SQLite's page caches and sorters.
 */
function geheugenMeter() {
  const mb = (x) => Math.round(x / 1048576);
  const delen = (m) => ({
    rss: mb(m.rss),
    heapUsed: mb(m.heapUsed),
    heapTotal: mb(m.heapTotal),
    external: mb(m.external),
    arrayBuffers: mb(m.arrayBuffers),
    rest: mb(m.rss - m.heapTotal - m.external),
  });
  const piek = delen(process.memoryUsage());
  let bijPiek = piek;
  const meet = () => {
    const d = delen(process.memoryUsage());
    for (const k of Object.keys(d)) piek[k] = Math.max(piek[k], d[k]);
    if (d.rss >= bijPiek.rss) bijPiek = d;
  };
  const klok = setInterval(meet, 20);
  // Slot 0: the current phase; slot 1 + i: the peak RSS (KB) seen in phase i.
  const gedeeld = new Int32Array(new SharedArrayBuffer(4 * (1 + FASEN.length)));
  fase.zet = (naam) => Atomics.store(gedeeld, 0, FASEN.indexOf(naam));
  const werker = new Worker(
    `const { workerData: g } = require('node:worker_threads'); const fs = require('node:fs');
     setInterval(() => {
       const kb = Number(/VmRSS:\\s+(\\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]);
       const i = 1 + Atomics.load(g, 0);
       if (kb > Atomics.load(g, i)) Atomics.store(g, i, kb);
     }, 5);`,
    { eval: true, workerData: gedeeld },
  );
  return async () => {
    clearInterval(klok);
    meet();
    await new Promise((r) => setTimeout(r, 20));
    await werker.terminate();
    const perFase = {};
    FASEN.forEach((naam, i) => {
      if (gedeeld[1 + i] > 0) perFase[naam] = Math.round(gedeeld[1 + i] / 1024);
    });
    return { piek, bijPiek, perFase };
  };
}

/** The store with its import calls marking the phase (the first write ends the plan; the record starts the commit). */
function metFasen(store) {
  const markeer = (tx) =>
    new Proxy(tx, {
      get(doel, naam) {
        const waarde = Reflect.get(doel, naam);
        if (typeof waarde !== 'function') return waarde;
        if (naam === 'insertBulk' || String(naam).startsWith('upsert'))
          return (...a) => {
            fase.zet('schrijven');
            return waarde.apply(doel, a);
          };
        // The first other call after the writes ends the store's bulk mode (index builds) too.
        if (naam === 'confirmOrganisaties')
          return (...a) => {
            fase.zet('bevestigen');
            return waarde.apply(doel, a);
          };
        if (naam === 'saveImport')
          return async (...a) => {
            const r = await waarde.apply(doel, a);
            fase.zet('commit');
            return r;
          };
        return waarde.bind(doel);
      },
    });
  return new Proxy(store, {
    get(doel, naam) {
      const waarde = Reflect.get(doel, naam);
      if (naam === 'transaction')
        return async (fn) => {
          const r = await waarde.call(doel, (tx) => fn(markeer(tx)));
          fase.zet('na');
          return r;
        };
      return typeof waarde === 'function' ? waarde.bind(doel) : waarde;
    },
  });
}

function hoofddraadCpu() {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const velden = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(velden[11]) + Number(velden[12])) / 100;
  } catch {
    return null;
  }
}

async function voerStapUit(stap, bestand, db) {
  if (stap === 'papaparse') {
    const { default: Papa } = await import('papaparse');
    let rijen = 0;
    await new Promise((resolve, reject) => {
      const stroom = createReadStream(bestand, 'utf8');
      Papa.parse(stroom, { delimiter: ';', step: () => rijen++, complete: resolve, error: reject });
    });
    return { rijen };
  }
  if (stap === 'exceljs') {
    const { default: ExcelJS } = await import('exceljs');
    const lezer = new ExcelJS.stream.xlsx.WorkbookReader(bestand, {
      sharedStrings: 'cache',
      worksheets: 'emit',
      styles: 'ignore',
      hyperlinks: 'ignore',
    });
    let rijen = 0;
    for await (const blad of lezer) for await (const _rij of blad) rijen++;
    return { rijen };
  }
  const { GEMEENTEN } = await import(join(wortel, 'packages/domain/dist/index.js'));
  const { openStore } = await import(join(wortel, 'packages/store/dist/index.js'));
  const { importSheet } = await import(join(wortel, 'packages/import/dist/index.js'));
  // A postgres:// URL selects the PostgreSQL store (schema gemeente_almere in that database).
  const store = await openStore(
    /^postgres(ql)?:\/\//.test(db) ? { gemeente: 'almere', url: db } : { gemeente: 'almere', pad: db },
  );
  try {
    const s = await importSheet(values.geheugen ? metFasen(store) : store, {
      pad: bestand,
      gemeente: GEMEENTEN.almere,
      actor: 'bench',
      proefrun: stap === 'proefrun',
    });
    return { rijen: s.rijen, afgewezen: s.afgewezen, organisaties: s.organisaties, personen: s.personen };
  } finally {
    await store.close();
  }
}

const rijen = Number(values.rijen);
const formaat = values.formaat;
const uitMap = join(hier, 'out');
mkdirSync(uitMap, { recursive: true });
const bestand = join(uitMap, `lijst-${rijen}.${formaat}`);
if (!existsSync(bestand)) {
  process.stderr.write(`Genereren: ${bestand}\n`);
  execFileSync(process.execPath, [
    join(wortel, 'fixtures/dist/cli.js'),
    ...['--gemeente', 'almere', '--rijen', String(rijen), '--seed', '1', '--formaat', formaat, '--uit', bestand],
  ]);
}
const db = join(uitMap, `bench-${rijen}.db`);
for (const x of ['', '-wal', '-shm']) rmSync(db + x, { force: true });

const megabytes = statSync(bestand).size / 1e6;
const basis = formaat === 'csv' ? 'papaparse' : 'exceljs';
const regels = [];
for (const stap of [basis, ...values.stappen.split(',').filter(Boolean)]) {
  const kind = spawnSync(
    process.execPath,
    [
      fileURLToPath(import.meta.url),
      '--stap',
      stap,
      '--bestand',
      bestand,
      '--db',
      db,
      ...(values.geheugen ? ['--geheugen'] : []),
    ],
    { encoding: 'utf8', maxBuffer: 1e7 },
  );
  if (kind.status !== 0) throw new Error(`${stap} faalde: ${kind.stderr}`);
  if (kind.stderr) process.stderr.write(kind.stderr);
  const r = JSON.parse(kind.stdout.trim().split('\n').pop());
  regels.push({ stap, ...r });
  process.stderr.write(`${stap}: ${r.seconden.toFixed(1)} s${r.geheugen ? ` ${JSON.stringify(r.geheugen)}` : ''}\n`);
}
const basisTijd = regels[0].seconden;
console.log(`Bestand: ${bestand} (${megabytes.toFixed(1)} MB, ${rijen} rijen, ${formaat})`);
// CPU seconds too: on a shared machine they say more than the wall clock.
console.log('| stap | seconden | CPU s | rijen/s | MB/s | x basis | piek RSS (MB) |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of regels) {
  console.log(
    `| ${r.stap} | ${r.seconden.toFixed(1)} | ${r.cpuSeconden.toFixed(1)} | ${Math.round(r.rijen / r.seconden)} | ${(megabytes / r.seconden).toFixed(1)} | ${(r.seconden / basisTijd).toFixed(2)} | ${Math.round(r.piekRssMb)} |`,
  );
}
