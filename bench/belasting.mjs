#!/usr/bin/env node
// Mixed load (issue 7, "Load"): the real server with ~50,000 persons, pinned to core 0; wrk with
// bench/belasting.lua pinned to core 1 sends the reads and the contact moments over 100
// connections; this process (also on core 1) runs small imports (upload + toepassing of a few new
// persons) at a fixed rate and samples the server's RSS every second. Afterwards the database is
// opened directly: every contact moment that got 201 and every import that was applied must be
// there (lost writes), and PRAGMA integrity_check must say ok. Loopback only, fictional data.
//
//   node bench/belasting.mjs                  60 s
//   node bench/belasting.mjs --minuten 3      3 minutes; RSS growth minute 3 against minute 2
//   options: --verbindingen 100 --rijen 52500 --imports-per-minuut 6 --timeout 30 --mix <per mille>
//            --analyse-per-minuut 12   this process also asks analyse/gezondheid and analyse/werklijst in turn,
//                                      one at a time, and reports their latency (the analysis under load)
//            --node-opties="--cpu-prof --cpu-prof-dir=bench/out/profiel"   (extra flags for the server's node; with =)
//   NETWERKREGIE_BUILD=<folder of bench/freeze-build.mjs> runs a frozen build instead of the repository's.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const hier = dirname(fileURLToPath(import.meta.url));
const wortel = join(hier, '..');
const build = process.env.NETWERKREGIE_BUILD ?? wortel;
const cli = join(build, 'apps/cli/dist/main.js');
const Database = createRequire(join(build, 'packages/store/package.json'))('better-sqlite3');
const uitMap = join(hier, 'out');

// The mix in per mille of wrk's requests. Reads 900: by id (persons, organisations), list pages,
// a filtered list, search, the contact moment list. Contact moments 100 minus what the imports
// take (each import is two requests from this process, at a fixed rate; see the report's "mix").
const STANDAARD_MIX = 'persoon=450,organisatie=150,lijst=100,filter=50,zoek=100,momenten=50,contactmoment=100';

const { values } = parseArgs({
  options: {
    minuten: { type: 'string', default: '1' },
    verbindingen: { type: 'string', default: '100' },
    rijen: { type: 'string', default: '52500' },
    'imports-per-minuut': { type: 'string', default: '6' },
    'analyse-per-minuut': { type: 'string', default: '0' },
    'rijen-per-import': { type: 'string', default: '3' },
    timeout: { type: 'string', default: '30' },
    mix: { type: 'string', default: STANDAARD_MIX },
    poort: { type: 'string', default: '18791' },
    bewaar: { type: 'boolean', default: false },
    // Extra flags for the server's node, e.g. "--cpu-prof --cpu-prof-dir=bench/out/profiel".
    'node-opties': { type: 'string', default: '' },
  },
});
const minuten = Number(values.minuten);
const seconden = Math.round(minuten * 60);
const stempel = new Date().toISOString().replace(/[:.]/g, '-');
const naam = `belasting-${minuten}m-${stempel}`;

const slaap = (ms) => new Promise((r) => setTimeout(r, ms));
const rssMb = (pid) => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
  } catch {
    return null;
  }
};
const percentiel = (lijst, p) => {
  if (lijst.length === 0) return null;
  const s = [...lijst].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const gemiddelde = (l) => (l.length ? l.reduce((a, b) => a + b, 0) / l.length : null);

/** The same 50,000-person database as bench/api.mjs, copied (SQLite backup) so each run starts equal. */
async function maakDatabase() {
  mkdirSync(uitMap, { recursive: true });
  const lijst = join(uitMap, `lijst-${values.rijen}.csv`);
  const bron = join(uitMap, `api-${values.rijen}.db`);
  if (!existsSync(lijst)) {
    execFileSync(process.execPath, [
      join(build, 'fixtures/dist/cli.js'),
      ...['--gemeente', 'almere', '--rijen', values.rijen, '--seed', '7', '--formaat', 'csv', '--uit', lijst],
    ]);
  }
  if (!existsSync(bron)) {
    process.stderr.write(`Importeren van ${lijst} in ${bron}\n`);
    execFileSync(process.execPath, [cli, 'import', lijst, '--gemeente', 'almere', '--db', bron], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const db = join(uitMap, `${naam}.db`);
  // backup() is safe while another benchmark has the source open.
  const b = new Database(bron, { readonly: true });
  await b.backup(db);
  b.close();
  return db;
}

function tel(db, sleutelId, merk) {
  const d = new Database(db, { readonly: true });
  const n = (sql, ...p) => d.prepare(sql).get(...p).n;
  const r = {
    personen: n('select count(*) n from personen'),
    contactmomenten: n('select count(*) n from contactmomenten'),
    imports: n('select count(*) n from imports'),
    momentenVanSleutel: n(
      "select count(*) n from historie where entiteit = 'contactmoment' and veld = '*' and actor = ?",
      sleutelId,
    ),
    personenMetMerk: n('select count(*) n from personen where email like ?', `${merk}%`),
  };
  d.close();
  return r;
}

/** Reads the ids and words the load draws from, straight from the database before the server starts. */
function schrijfData(db, sleutel, basis, pad) {
  const d = new Database(db, { readonly: true });
  const personen = d.prepare('select id from personen order by random() limit 2000').pluck().all();
  const organisaties = d.prepare('select id from organisaties order by random() limit 2000').pluck().all();
  // Search terms: the 60 most common name parts of length >= 3 (surnames, "van"), so searches hit.
  const tellingen = new Map();
  for (const naam of d.prepare('select naam from personen limit 20000').pluck().all())
    for (const w of naam.split(/\s+/))
      if (w.length >= 3 && /^[\p{L}-]+$/u.test(w)) tellingen.set(w, (tellingen.get(w) ?? 0) + 1);
  const termen = [...tellingen]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 60)
    .map(([w]) => w);
  d.close();
  const datum = new Date().toISOString().slice(0, 10);
  const regels = [`sleutel ${sleutel}`, `basis ${basis}`, `datum ${datum}`];
  for (const p of personen) regels.push(`persoon ${p}`);
  for (const o of organisaties) regels.push(`organisatie ${o}`);
  for (const t of termen) regels.push(`term ${t}`);
  writeFileSync(pad, `${regels.join('\n')}\n`);
  return { personen: personen.length, organisaties: organisaties.length, termen };
}

/** One small import: a CSV of a few new persons at one new organisation, uploaded and applied. */
async function eenImport(basis, sleutel, merk, nr) {
  const rijen = Number(values['rijen-per-import']);
  const kop =
    'Organisatie;Domein;Netwerk;Soort;Wijk;Naam;Functie;Rol;E-mail;Telefoon;Getraind;Overleggen;Laatste contact';
  const regels = [kop];
  for (let i = 0; i < rijen; i++) {
    regels.push(
      `Stichting Belastingproef ${nr};Zorg;formeel;Welzijn;Almere Haven;Proef Persoon ${nr}-${i};Jongerenwerker;;${merk}${nr}-${i}@belasting.example.org;;;;`,
    );
  }
  const form = new FormData();
  form.set('bestand', new Blob([`${regels.join('\r\n')}\r\n`], { type: 'text/csv' }), `belasting-${nr}.csv`);
  const auth = { Authorization: `Bearer ${sleutel}` };
  const uitkomst = { nr, upload: null, toepassing: null, uploadMs: null, toepassingMs: null, id: null, fout: null };
  try {
    let t = performance.now();
    const up = await fetch(`${basis}/imports`, { method: 'POST', headers: auth, body: form });
    uitkomst.uploadMs = performance.now() - t;
    uitkomst.upload = up.status;
    const plan = await up.json().catch(() => null);
    if (up.status !== 201 || !plan?.id) return uitkomst;
    uitkomst.id = plan.id;
    t = performance.now();
    const toe = await fetch(`${basis}/imports/${plan.id}/toepassing`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: '{}',
    });
    uitkomst.toepassingMs = performance.now() - t;
    uitkomst.toepassing = toe.status;
    await toe.arrayBuffer();
  } catch (fout) {
    uitkomst.fout = String(fout?.cause?.code ?? fout?.message ?? fout);
  }
  return uitkomst;
}

async function wachtOp(url, kop, server) {
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null || server.signalCode !== null)
      throw new Error(`de server stopte (${server.exitCode ?? server.signalCode}); zie het serverlog`);
    try {
      const res = await fetch(url, { headers: kop });
      if (res.status < 500) return res;
    } catch {}
    await slaap(100);
  }
  throw new Error(`${url} antwoordt niet`);
}

async function hoofd() {
  const db = await maakDatabase();
  const omschrijving = `belasting ${stempel}`;
  const sleutel = execFileSync(
    process.execPath,
    [cli, 'keys', 'create', '--gemeente', 'almere', '--db', db, '--rol', 'beheerder', '--omschrijving', omschrijving],
    { encoding: 'utf8' },
  )
    .trim()
    .split('\n')
    .pop();
  const k = new Database(db, { readonly: true });
  const sleutelId = k.prepare('select id from sleutels where omschrijving = ?').pluck().get(omschrijving);
  k.close();
  // Every person an import adds has an e-mail address starting with this marker.
  const merk = `belasting-${stempel.slice(0, 19)}-`.toLowerCase();
  const basisPad = '/v1/gemeenten/almere';
  const basis = `http://127.0.0.1:${values.poort}${basisPad}`;
  const dataPad = join(uitMap, `${naam}.data`);
  const data = schrijfData(db, sleutel, basisPad, dataPad);
  const voor = tel(db, sleutelId, merk);

  const serverLog = join(uitMap, `${naam}.server.log`);
  const logStream = (await import('node:fs')).createWriteStream(serverLog);
  const server = spawn(
    'taskset',
    [
      ...['-c', '0', process.execPath, ...(values['node-opties'] ? values['node-opties'].split(' ') : [])],
      ...[cli, 'serve', '--gemeente', 'almere', '--db', db],
      ...['--port', values.poort, '--rate-limit', '100000000'],
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server.stdout.pipe(logStream);
  server.stderr.pipe(logStream);
  const gestopt = new Promise((r) => server.once('exit', (code, signal) => r({ code, signal })));
  // Whatever fails below, the server does not outlive this process.
  process.once('exit', () => server.exitCode === null && server.kill('SIGKILL'));
  const auth = { Authorization: `Bearer ${sleutel}` };
  await wachtOp(`${basis}/personen?paginaGrootte=1`, auth, server);
  // This process (RSS sampler, import loop) shares core 1 with wrk, away from the server.
  execFileSync('taskset', ['-a', '-p', '-c', '1', String(process.pid)], { stdio: 'ignore' });

  const rss = [];
  const rssStart = rssMb(server.pid);
  const t0 = Date.now();
  const sampler = setInterval(() => rss.push({ s: (Date.now() - t0) / 1000, mb: rssMb(server.pid) }), 1000);

  // Imports at a fixed rate, one at a time: a tick that finds the previous import still running is
  // counted as skipped rather than piling up requests.
  const imports = [];
  let bezig = null;
  let overgeslagen = 0;
  let nr = 0;
  const interval = 60_000 / Number(values['imports-per-minuut']);
  const tik = () => {
    if (bezig) {
      overgeslagen++;
      return;
    }
    bezig = eenImport(basis, sleutel, merk, ++nr).then((u) => {
      imports.push(u);
      bezig = null;
    });
  };
  const importTimer = Number(values['imports-per-minuut']) > 0 ? setInterval(tik, interval) : null;
  if (importTimer) setTimeout(tik, interval / 2);

  // The analysis routes at a fixed rate, one at a time, as a regisseur's page would ask them.
  const analyses = [];
  let analyseBezig = null;
  let analyseNr = 0;
  const analyseTik = () => {
    if (analyseBezig) return;
    const route = analyseNr++ % 2 === 0 ? 'gezondheid' : 'werklijst';
    const t = performance.now();
    analyseBezig = fetch(`${basis}/analyse/${route}`, { headers: auth })
      .then(async (res) => {
        await res.arrayBuffer();
        analyses.push({ route, status: res.status, ms: performance.now() - t, s: (Date.now() - t0) / 1000 });
      })
      .catch((fout) => analyses.push({ route, status: String(fout?.cause?.code ?? fout), ms: performance.now() - t }))
      .finally(() => {
        analyseBezig = null;
      });
  };
  const analysePerMinuut = Number(values['analyse-per-minuut']);
  const analyseTimer = analysePerMinuut > 0 ? setInterval(analyseTik, 60_000 / analysePerMinuut) : null;

  const wrkUit = join(uitMap, `${naam}.wrk.json`);
  const wrkArgs = [
    ...['-c', '1', 'wrk', '-t1', `-c${values.verbindingen}`, `-d${seconden}s`, `--timeout`, `${values.timeout}s`],
    ...['--latency', '-s', join(hier, 'belasting.lua'), `http://127.0.0.1:${values.poort}`],
  ];
  const wrkTekst = await new Promise((klaar, mis) => {
    const w = spawn('taskset', wrkArgs, {
      env: { ...process.env, BELASTING_DATA: dataPad, BELASTING_MIX: values.mix, BELASTING_UIT: wrkUit },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let tekst = '';
    w.stdout.on('data', (b) => {
      tekst += b;
    });
    w.once('exit', (code) => (code === 0 ? klaar(tekst) : mis(new Error(`wrk exit ${code}\n${tekst}`))));
  });
  if (importTimer) clearInterval(importTimer);
  if (analyseTimer) clearInterval(analyseTimer);
  // An import still running when wrk stops is waited for: its outcome belongs to this run.
  if (bezig) await bezig;
  if (analyseBezig) await analyseBezig;
  clearInterval(sampler);
  const rssEinde = rssMb(server.pid);
  server.kill('SIGTERM');
  // Unref'd: once the server stopped, the wait must not keep this process alive for 300 s.
  const grens = new Promise((r) => setTimeout(r, 300_000).unref());
  const stop = await Promise.race([gestopt, grens.then(() => ({ code: 'niet gestopt na 300 s' }))]);
  if (stop.code === 'niet gestopt na 300 s') server.kill('SIGKILL');

  // Lost writes: accepted (201 / applied 200) but not in the database.
  const w = JSON.parse(readFileSync(wrkUit, 'utf8'));
  const na = tel(db, sleutelId, merk);
  const d = new Database(db, { readonly: true });
  const integriteit = d.pragma('integrity_check', { simple: true });
  const bestaatMoment = d.prepare('select 1 from contactmomenten where id = ?').pluck();
  const momentenOntbrekend = w.momentIds.filter((id) => !bestaatMoment.get(id));
  const importStatus = d.prepare('select status from imports where id = ?').pluck();
  const personenVanImport = d.prepare('select count(*) from personen where email like ?').pluck();
  const rijenPerImport = Number(values['rijen-per-import']);
  const toegepast = imports.filter((u) => u.toepassing === 200);
  const importsOntbrekend = toegepast.filter(
    (u) => importStatus.get(u.id) !== 'toegepast' || personenVanImport.get(`${merk}${u.nr}-%`) !== rijenPerImport,
  );
  d.close();

  const statussen = w.statussen;
  const tel5xx = (st) => Object.entries(st).reduce((s, [c, n]) => s + (Number(c) >= 500 ? n : 0), 0);
  const importStatussen = {};
  for (const u of imports) {
    for (const s of [u.upload, u.toepassing]) if (s !== null) importStatussen[s] = (importStatussen[s] ?? 0) + 1;
  }
  const importVerzoeken = imports.reduce(
    (s, u) => s + (u.upload !== null ? 1 : 0) + (u.toepassing !== null ? 1 : 0),
    0,
  );
  const wrkVoltooid = w.voltooid;
  const verzondenTotaal = Object.values(w.verzonden).reduce((a, b) => a + b, 0);
  const momenten201 = statussen['201'] ?? 0;
  const perMinuut = [];
  for (let m = 0; m < Math.ceil(seconden / 60); m++) {
    const l = rss.filter((r) => r.s > m * 60 && r.s <= (m + 1) * 60 && r.mb !== null).map((r) => r.mb);
    perMinuut.push({
      minuut: m + 1,
      gemiddeldMb: gemiddelde(l),
      maxMb: l.length ? Math.max(...l) : null,
      monsters: l.length,
    });
  }
  const groei =
    perMinuut.length >= 3 ? (perMinuut[2].gemiddeldMb - perMinuut[1].gemiddeldMb) / perMinuut[1].gemiddeldMb : null;
  const laadgemiddelde = readFileSync('/proc/loadavg', 'utf8').trim();

  const rapport = {
    naam,
    datum: new Date().toISOString(),
    commando: `node bench/belasting.mjs ${process.argv.slice(2).join(' ')}`.trim(),
    build,
    node: process.version,
    machine: `${(await import('node:os')).cpus().length} cores (${(await import('node:os')).cpus()[0]?.model}), gedeeld met andere processen; load average na de run: ${laadgemiddelde}`,
    opzet: {
      seconden,
      verbindingen: Number(values.verbindingen),
      wrk: `taskset -c 1 wrk -t1 -c${values.verbindingen} -d${seconden}s --timeout ${values.timeout}s --latency -s bench/belasting.lua`,
      server: 'taskset -c 0 netwerkregie serve --rate-limit 100000000',
      mixPromille: values.mix,
      importsPerMinuut: Number(values['imports-per-minuut']),
      rijenPerImport,
      data,
    },
    personenVoor: voor.personen,
    wrk: {
      voltooid: wrkVoltooid,
      reqPerS: wrkVoltooid / (w.duurUs / 1e6),
      latentieMs: w.latentieMs,
      gemiddeldMs: w.gemiddeldMs,
      maxMs: w.maxMs,
      verzonden: w.verzonden,
      statussen,
      fouten: w.fouten,
    },
    imports: {
      gestart: imports.length,
      overgeslagenTikken: overgeslagen,
      statussen: importStatussen,
      toegepast: toegepast.length,
      uploadMs: {
        p50: percentiel(
          imports.map((u) => u.uploadMs).filter((x) => x !== null),
          50,
        ),
        max: Math.max(0, ...imports.map((u) => u.uploadMs ?? 0)),
      },
      toepassingMs: {
        p50: percentiel(
          toegepast.map((u) => u.toepassingMs),
          50,
        ),
        max: Math.max(0, ...toegepast.map((u) => u.toepassingMs)),
      },
      fouten: imports.filter((u) => u.fout).map((u) => u.fout),
    },
    // Shares of what was sent (wrk counts a request when it builds it, answered or not).
    mix: {
      verzonden: verzondenTotaal + importVerzoeken,
      lezen: verzondenTotaal - (w.verzonden.contactmoment ?? 0),
      contactmomenten: w.verzonden.contactmoment ?? 0,
      importVerzoeken,
      schrijfAandeel: ((w.verzonden.contactmoment ?? 0) + importVerzoeken) / (verzondenTotaal + importVerzoeken),
    },
    analyse: {
      gevraagd: analyses.length,
      statussen: analyses.reduce((t, a) => {
        t[a.status] = (t[a.status] ?? 0) + 1;
        return t;
      }, {}),
      ms: {
        p50: percentiel(
          analyses.map((a) => a.ms),
          50,
        ),
        p90: percentiel(
          analyses.map((a) => a.ms),
          90,
        ),
        max: Math.max(0, ...analyses.map((a) => a.ms)),
      },
      lijst: analyses,
    },
    vijfxx: tel5xx(statussen) + tel5xx(importStatussen),
    verloren: {
      contactmomentenGeaccepteerd: momenten201,
      contactmomentenGevonden: momenten201 - momentenOntbrekend.length,
      contactmomentenOntbrekend: momentenOntbrekend,
      // Rows written by the load's key; more than the 201s means requests in flight when wrk stopped.
      contactmomentenInDatabase: na.momentenVanSleutel - voor.momentenVanSleutel,
      importsToegepast: toegepast.length,
      importsGevonden: toegepast.length - importsOntbrekend.length,
      importsOntbrekend: importsOntbrekend.map((u) => u.id),
      personenUitImports: na.personenMetMerk - voor.personenMetMerk,
    },
    integriteit,
    server: {
      stop,
      rssStartMb: rssStart,
      rssEindeMb: rssEinde,
      rssMaxMb: Math.max(rssEinde ?? 0, ...rss.map((r) => r.mb ?? 0)),
      perMinuut,
      groeiMinuut3t2: groei,
    },
    rss,
  };
  writeFileSync(join(uitMap, `${naam}.json`), JSON.stringify(rapport, null, 2));
  druk(rapport, wrkTekst);
  if (!values.bewaar) for (const s of ['', '-wal', '-shm']) rmSync(db + s, { force: true });
  rmSync(dataPad, { force: true });
}

function druk(r, wrkTekst) {
  const f = (x, d = 0) => (x === null || x === undefined ? '-' : Number(x).toFixed(d));
  console.log(wrkTekst.trim());
  console.log('');
  console.log(`${r.datum}  ${r.commando}`);
  console.log(`${r.machine}; ${r.personenVoor} personen; build ${r.build}`);
  console.log(
    `wrk: ${r.wrk.voltooid} antwoorden, ${f(r.wrk.reqPerS, 1)} req/s; latency p50 ${f(r.wrk.latentieMs['50'])} ms, p90 ${f(r.wrk.latentieMs['90'])} ms, p99 ${f(r.wrk.latentieMs['99'])} ms, max ${f(r.wrk.maxMs)} ms`,
  );
  console.log(`wrk verzonden per soort: ${JSON.stringify(r.wrk.verzonden)}`);
  console.log(`wrk statussen: ${JSON.stringify(r.wrk.statussen)}; fouten ${JSON.stringify(r.wrk.fouten)}`);
  console.log(
    `imports: ${r.imports.gestart} gestart, ${r.imports.toegepast} toegepast, ${r.imports.overgeslagenTikken} tikken overgeslagen; statussen ${JSON.stringify(r.imports.statussen)}; upload p50 ${f(r.imports.uploadMs.p50)} ms, toepassing p50 ${f(r.imports.toepassingMs.p50)} ms (max ${f(r.imports.toepassingMs.max)})${r.imports.fouten.length ? `; fouten ${JSON.stringify(r.imports.fouten)}` : ''}`,
  );
  console.log(
    `mix (verzonden): ${r.mix.verzonden} verzoeken, ${r.mix.lezen} lezen, ${r.mix.contactmomenten} contactmomenten, ${r.mix.importVerzoeken} importverzoeken: schrijfaandeel ${f(100 * r.mix.schrijfAandeel, 1)} %`,
  );
  if (r.analyse.gevraagd > 0)
    console.log(
      `analyse: ${r.analyse.gevraagd} gevraagd, statussen ${JSON.stringify(r.analyse.statussen)}; p50 ${f(r.analyse.ms.p50)} ms, p90 ${f(r.analyse.ms.p90)} ms, max ${f(r.analyse.ms.max)} ms`,
    );
  console.log(`5xx: ${r.vijfxx}`);
  const v = r.verloren;
  console.log(
    `contactmomenten: ${v.contactmomentenGeaccepteerd} geaccepteerd (201), ${v.contactmomentenGevonden} gevonden, ${v.contactmomentenOntbrekend.length} ontbrekend; ${v.contactmomentenInDatabase} in de database van deze sleutel`,
  );
  console.log(
    `imports: ${v.importsToegepast} toegepast, ${v.importsGevonden} gevonden; ${v.personenUitImports} personen uit imports`,
  );
  console.log(`integrity_check: ${r.integriteit}; server stop ${JSON.stringify(r.server.stop)}`);
  console.log(
    `RSS (MB): start ${f(r.server.rssStartMb)}, einde ${f(r.server.rssEindeMb)}, max ${f(r.server.rssMaxMb)}; per minuut ${r.server.perMinuut.map((m) => `${m.minuut}: gem ${f(m.gemiddeldMb)} max ${f(m.maxMb)}`).join('; ')}`,
  );
  if (r.server.groeiMinuut3t2 !== null)
    console.log(`RSS-groei minuut 3 t.o.v. minuut 2: ${f(100 * r.server.groeiMinuut3t2, 1)} % (doel < 10 %)`);
  console.log(`JSON: bench/out/${r.naam}.json`);
}

await hoofd();
