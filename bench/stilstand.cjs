// Diagnosis of stalls (issue 15), preloaded into the server: `node -r ./bench/stilstand.cjs …`.
// Times every better-sqlite3 call and prints those over STILSTAND_MS (default 20 ms) with their SQL's
// first 80 characters (statements only, never bound values), and the event loop's delay per second.
const { join } = require('node:path');
const { monitorEventLoopDelay } = require('node:perf_hooks');
const grens = Number(process.env.STILSTAND_MS ?? 20);
const Database = require(require.resolve('better-sqlite3', { paths: [join(__dirname, '../packages/store')] }));
const log = (s) => process.stderr.write(`[stilstand ${new Date().toISOString().slice(11, 23)}] ${s}\n`);
const Statement = Object.getPrototypeOf(new Database(':memory:').prepare('select 1'));
for (const m of ['run', 'get', 'all']) {
  const orig = Statement[m];
  Statement[m] = function (...a) {
    const t = performance.now();
    try {
      return orig.apply(this, a);
    } finally {
      const d = performance.now() - t;
      if (d > grens) log(`${m} ${d.toFixed(1)} ms: ${this.source.replace(/\s+/g, ' ').slice(0, 80)}`);
    }
  };
}
for (const m of ['pragma', 'exec']) {
  const orig = Database.prototype[m];
  Database.prototype[m] = function (...a) {
    const t = performance.now();
    try {
      return orig.apply(this, a);
    } finally {
      const d = performance.now() - t;
      if (d > grens) log(`${m} ${d.toFixed(1)} ms: ${String(a[0]).slice(0, 80)}`);
    }
  };
}
const h = monitorEventLoopDelay({ resolution: 5 });
h.enable();
setInterval(() => {
  if (h.max / 1e6 > grens)
    log(`event loop: max ${(h.max / 1e6).toFixed(0)} ms, p99 ${(h.percentile(99) / 1e6).toFixed(0)} ms`);
  h.reset();
}, 1000).unref();
// Time inside the server per request (from 'request' to the response's 'finish'), per second.
const http = require('node:http');
const duren = [];
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (naam, req, res) {
  if (naam === 'request') {
    const t = performance.now();
    res.once('finish', () => duren.push(performance.now() - t));
  }
  return emit.apply(this, arguments);
};
setInterval(() => {
  if (duren.length === 0) return;
  const s = duren.splice(0).sort((a, b) => a - b);
  const p = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))].toFixed(0);
  log(`in de server: ${s.length} verzoeken, p50 ${p(0.5)} ms, p99 ${p(0.99)} ms, max ${p(1)} ms`);
}, 1000).unref();
