// SIGKILL an import at N points across a large generated file; after each kill check integrity and all-or-nothing.
// node bench/kill.mjs [rijen=100000] [punten=50]
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const wortel = fileURLToPath(new URL('../', import.meta.url));
const Database = createRequire(join(wortel, 'packages/store/package.json'))('better-sqlite3');
const MAIN = join(wortel, 'apps/cli/dist/main.js');
const rijen = Number(process.argv[2] ?? 100_000);
const punten = Number(process.argv[3] ?? 50);
const map = mkdtempSync(join(tmpdir(), 'nr-kill-'));
const csv = join(map, 'groot.csv');
const basis = join(map, 'basis.db');
execFileSync(
  process.execPath,
  [
    join(wortel, 'fixtures/dist/cli.js'),
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
const imp = (db, bestand = csv) =>
  spawnSync(process.execPath, [MAIN, 'import', bestand, '--gemeente', 'almere', '--db', db, '--json'], {
    encoding: 'utf8',
  });
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
const voor = tel(basis);
const heel = join(map, 'heel.db');
copyFileSync(basis, heel);
let t0 = performance.now();
if (imp(heel).status !== 0) throw new Error('heel');
const duur = performance.now() - t0;
const na = tel(heel);
const uitkomst = { geen: 0, geheel: 0, fout: 0 };
for (let i = 0; i < punten; i++) {
  const pad = join(map, 'kill.db');
  for (const s of ['', '-wal', '-shm']) rmSync(pad + s, { force: true });
  copyFileSync(basis, pad);
  const wacht = duur * (0.05 + (1.05 * (i + Math.random())) / punten);
  const kind = spawn(process.execPath, [MAIN, 'import', csv, '--gemeente', 'almere', '--db', pad], { stdio: 'ignore' });
  const timer = setTimeout(() => kind.kill('SIGKILL'), wacht);
  await new Promise((k) => kind.once('exit', k));
  clearTimeout(timer);
  const t = tel(pad);
  const gelijk = (a, b) =>
    a.personen === b.personen &&
    a.organisaties === b.organisaties &&
    a.lidmaatschappen === b.lidmaatschappen &&
    a.imports === b.imports;
  const soort = t.ok !== 'ok' ? 'fout' : gelijk(t, voor) ? 'geen' : gelijk(t, na) ? 'geheel' : 'fout';
  uitkomst[soort]++;
  t0 = performance.now();
  const volgende = imp(pad).status;
  if (soort === 'fout' || volgende !== 0)
    console.log(`punt ${i} (${Math.round(wacht)} ms): ${soort}, volgende import ${volgende}`, t);
}
console.log(JSON.stringify({ rijen, punten, duurMs: Math.round(duur), ...uitkomst }));
rmSync(map, { recursive: true, force: true });
process.exit(uitkomst.fout > 0 ? 1 : 0);
