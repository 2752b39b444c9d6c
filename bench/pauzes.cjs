// Where the p99 of the API's reads goes (issue 15), preloaded into the server:
//   node -r ./bench/pauzes.cjs apps/cli/dist/main.js serve ...   (or bench/api.mjs --node-opties "-r ./bench/pauzes.cjs")
// Prints per second, to stderr: requests and their time inside the server (from 'request' to the
// response's 'finish'), the event loop's largest delay, GC pauses by kind, every write transaction on
// a better-sqlite3 connection (how long it held the loop from BEGIN to COMMIT, its statements, the
// COMMIT alone), WAL size, and how often each SELECT ran on the read-only connection (read-cache misses
// show up as list or search SQL). Statements' SQL only (first 60 characters), never bound values.
const { join } = require('node:path');
const { statSync } = require('node:fs');
const { monitorEventLoopDelay, PerformanceObserver, constants } = require('node:perf_hooks');
const Database = require(require.resolve('better-sqlite3', { paths: [join(__dirname, '../packages/store')] }));

const log = (s) => process.stderr.write(`[pauzes ${new Date().toISOString().slice(11, 23)}] ${s}\n`);
const f = (n) => n.toFixed(1);

// Write transactions: from BEGIN to COMMIT on one connection, wall time (better-sqlite3 is synchronous,
// so a transaction whose statements run without an await in between holds the loop all that time).
const tx = new Map(); // connection -> { t, n }
const txDuren = [];
const commits = [];
let walPad = null;
const leesTellers = new Map();
const Statement = Object.getPrototypeOf(new Database(':memory:').prepare('select 1'));
for (const m of ['run', 'get', 'all', 'iterate']) {
  const orig = Statement[m];
  Statement[m] = function (...a) {
    const t = performance.now();
    const bron = this.source;
    try {
      return orig.apply(this, a);
    } finally {
      const d = performance.now() - t;
      const db = this.database;
      if (/^\s*begin/i.test(bron)) tx.set(db, { t, n: 0 });
      else if (/^\s*commit/i.test(bron)) {
        const open = tx.get(db);
        if (open) {
          txDuren.push({ duur: performance.now() - open.t, n: open.n });
          tx.delete(db);
        }
        commits.push(d);
        walPad ??= db.name ? `${db.name}-wal` : null;
      } else if (tx.has(db)) tx.get(db).n++;
      else if (db.readonly) {
        const sleutel = bron.replace(/\s+/g, ' ').slice(0, 60);
        leesTellers.set(sleutel, (leesTellers.get(sleutel) ?? 0) + 1);
      }
    }
  };
}

const GC = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'scavenge',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'mark-compact',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
};
const gc = new Map();
new PerformanceObserver((lijst) => {
  for (const e of lijst.getEntries()) {
    const soort = GC[e.detail?.kind ?? e.kind] ?? 'ander';
    const s = gc.get(soort) ?? { n: 0, ms: 0, max: 0 };
    s.n++;
    s.ms += e.duration;
    s.max = Math.max(s.max, e.duration);
    gc.set(soort, s);
  }
}).observe({ entryTypes: ['gc'] });

const lus = monitorEventLoopDelay({ resolution: 1 });
lus.enable();

const http = require('node:http');
const duren = [];
// Before the handler: on a keep-alive connection wrk sends the next request as soon as it has the answer,
// so the time from one response's 'finish' to the next 'request' on that socket is the wait to be read.
const wachten = [];
const heleDuren = [];
const laatsteKlaar = new WeakMap();
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (...args) {
  const [naam, req, res] = args;
  if (naam === 'request') {
    const t = performance.now();
    const vorige = laatsteKlaar.get(req.socket);
    const wacht = vorige === undefined ? null : t - vorige;
    if (wacht !== null) wachten.push(wacht);
    res.once('finish', () => {
      const nu = performance.now();
      duren.push(nu - t);
      if (wacht !== null) heleDuren.push(nu - vorige);
      laatsteKlaar.set(req.socket, nu);
    });
  }
  return emit.apply(this, args);
};
let cpuVorige = process.cpuUsage();
let wandVorige = performance.now();

const pct = (s, q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
const totaal = { verzoeken: 0, tx: 0, txMs: 0, gcMs: 0, secs: 0 };
setInterval(() => {
  if (duren.length === 0) return;
  const s = duren.splice(0).sort((a, b) => a - b);
  const w = wachten.splice(0).sort((a, b) => a - b);
  const h = heleDuren.splice(0).sort((a, b) => a - b);
  const cpu = process.cpuUsage(cpuVorige);
  cpuVorige = process.cpuUsage();
  const wand = performance.now() - wandVorige;
  wandVorige = performance.now();
  const kern = (cpu.user + cpu.system) / 1000 / wand;
  const t = txDuren.splice(0);
  const c = commits.splice(0).sort((a, b) => a - b);
  const txMs = t.reduce((a, x) => a + x.duur, 0);
  const rijen = t.reduce((a, x) => a + x.n, 0);
  const txMax = t.reduce((a, x) => Math.max(a, x.duur), 0);
  const gcTekst = [...gc].map(([k, v]) => `${k} ${v.n}x ${f(v.ms)} ms (max ${f(v.max)})`).join(', ');
  const gcMs = [...gc.values()].reduce((a, v) => a + v.ms, 0);
  gc.clear();
  let wal = '';
  try {
    if (walPad) wal = `, WAL ${(statSync(walPad).size / 1048576).toFixed(1)} MB`;
  } catch {}
  totaal.verzoeken += s.length;
  totaal.tx += t.length;
  totaal.txMs += txMs;
  totaal.gcMs += gcMs;
  totaal.secs++;
  log(
    `${s.length} verzoeken (CPU ${kern.toFixed(2)} kern), wacht voor lezen p50 ${f(pct(w, 0.5) ?? 0)} p99 ${f(pct(w, 0.99) ?? 0)}, ` +
      `wacht+server p99 ${f(pct(h, 0.99) ?? 0)} max ${f(h[h.length - 1] ?? 0)}; in de server p50 ${f(pct(s, 0.5))} p99 ${f(pct(s, 0.99))} max ${f(s[s.length - 1])} ms; ` +
      `lus max ${f(lus.max / 1e6)} p99 ${f(lus.percentile(99) / 1e6)} ms; ` +
      `schrijftx ${t.length}x ${f(txMs)} ms (max ${f(txMax)}, ${rijen} statements), commit max ${f(c[c.length - 1] ?? 0)} ms${wal}; ` +
      `gc ${gcTekst || '-'}`,
  );
  lus.reset();
}, 1000).unref();

process.on('exit', () => {
  log(
    `totaal: ${totaal.verzoeken} verzoeken in ${totaal.secs} s; schrijftx ${totaal.tx}x ${f(totaal.txMs)} ms; gc ${f(totaal.gcMs)} ms`,
  );
  const top = [...leesTellers].sort((a, b) => b[1] - a[1]).slice(0, 8);
  for (const [sql, n] of top) log(`lezer ${n}x: ${sql}`);
});
