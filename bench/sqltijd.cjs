// Where a server's SQLite time goes (issue 15), preloaded: `node -r ./bench/sqltijd.cjs …`, e.g.
// `node bench/belasting.mjs "--node-opties=-r ./bench/sqltijd.cjs"`. Sums the wall time of every
// better-sqlite3 call per statement (its first 100 characters, never bound values) and, when the
// process exits, prints the 25 statements that took longest in all, with their number of calls.
const { join } = require('node:path');
const Database = require(require.resolve('better-sqlite3', { paths: [join(__dirname, '../packages/store')] }));
const Statement = Object.getPrototypeOf(new Database(':memory:').prepare('select 1'));
const tijden = new Map();
const begin = performance.now();
for (const m of ['run', 'get', 'all', 'iterate']) {
  const orig = Statement[m];
  Statement[m] = function (...a) {
    const t = performance.now();
    try {
      return orig.apply(this, a);
    } finally {
      const k = this.source.replace(/\s+/g, ' ').slice(0, 100);
      const r = tijden.get(k) ?? { ms: 0, n: 0 };
      r.ms += performance.now() - t;
      r.n++;
      tijden.set(k, r);
    }
  };
}
process.once('exit', () => {
  const totaal = [...tijden.values()].reduce((s, r) => s + r.ms, 0);
  const regels = [...tijden].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25);
  process.stderr.write(
    `[sqltijd] ${(totaal / 1000).toFixed(1)} s in SQLite over ${((performance.now() - begin) / 1000).toFixed(0)} s\n`,
  );
  for (const [k, r] of regels)
    process.stderr.write(`[sqltijd] ${(r.ms / 1000).toFixed(1)} s ${r.n}x ${(r.ms / r.n).toFixed(2)} ms: ${k}\n`);
});
