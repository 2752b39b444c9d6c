/**
 * Faults around a real CLI process (issue 7): SIGKILL during an import, two imports at once, a
 * read-only database and a full disk. Every case ends with an intact file that holds the whole import
 * or none of it, and the next import works.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const wortel = fileURLToPath(new URL('../../../', import.meta.url));
const MAIN = join(wortel, 'apps/cli/dist/main.js');
const GENERATOR = join(wortel, 'fixtures/dist/cli.js');
const ALMERE = join(wortel, 'fixtures/almere/contactlijst.csv');
// biome-ignore lint/suspicious/noExplicitAny: better-sqlite3 is the store's dependency, read here untyped
const Database: any = createRequire(join(wortel, 'packages/store/package.json'))('better-sqlite3');

let map: string;
/** A database holding the Almere sample: the state every fault starts from. */
let basis: string;
let groot: string;
beforeAll(() => {
  map = mkdtempSync(join(tmpdir(), 'nr-betrouwbaar-'));
  basis = join(map, 'basis.db');
  groot = join(map, 'groot.csv');
  execFileSync(
    process.execPath,
    [GENERATOR, '--gemeente', 'almere', '--rijen', '5000', '--seed', '7', '--formaat', 'csv', '--uit', groot],
    { stdio: 'ignore' },
  );
  const r = cliProces(['import', ALMERE, '--gemeente', 'almere', '--db', basis, '--json']);
  expect(r.status).toBe(0);
});
afterAll(() => rmSync(map, { recursive: true, force: true }));

function cliProces(argv: string[]) {
  return spawnSync(process.execPath, [MAIN, ...argv], { encoding: 'utf8' });
}

interface Telling {
  integriteit: string;
  personen: number;
  organisaties: number;
  imports: number;
  lidmaatschappen: number;
  historie: number;
}

/** Opens the file as SQLite itself would after a crash (the WAL is recovered on open) and counts. */
function count(pad: string): Telling {
  const db = new Database(pad);
  try {
    const n = (tabel: string) => (db.prepare(`select count(*) as n from ${tabel}`).get() as { n: number }).n;
    return {
      integriteit: db.pragma('integrity_check', { simple: true }) as string,
      personen: n('personen'),
      organisaties: n('organisaties'),
      imports: n('imports'),
      lidmaatschappen: n('lidmaatschappen'),
      historie: n('historie'),
    };
  } finally {
    db.close();
  }
}

function kopie(naam: string): string {
  const pad = join(map, naam);
  copyFileSync(basis, pad);
  return pad;
}

function waitForEnd(kind: ChildProcess): Promise<{ code: number | null; signaal: NodeJS.Signals | null }> {
  return new Promise((klaar) => kind.once('exit', (code, signaal) => klaar({ code, signaal })));
}

const KLEIN = 'Organisatie;Domein;Naam;E-mail\nProefhuis Na De Crash;Zorg;Crash Proefpersoon;crash.proef@example.org\n';

describe('SIGKILL during an import', () => {
  it('leaves an intact database with the whole import or none of it, ten times, and the next import works', async () => {
    const voor = count(basis);
    // The whole import, once, to know its duration and what "whole" looks like.
    const heelPad = kopie('heel.db');
    const start = performance.now();
    const heel = cliProces(['import', groot, '--gemeente', 'almere', '--db', heelPad, '--json']);
    const duur = performance.now() - start;
    expect(heel.status).toBe(0);
    const na = count(heelPad);
    expect(na.imports).toBe(voor.imports + 1);

    // Kill points spread over the run (process start, reading, planning, writing, commit, close),
    // each shifted by a seeded random amount so runs differ but stay reproducible.
    const schuif = fc.sample(fc.integer({ min: 0, max: 999 }), { numRuns: 10, seed: 7 }).map((n) => n / 1000);
    const uitkomsten: string[] = [];
    for (let i = 0; i < 10; i++) {
      const pad = kopie(`kill-${i}.db`);
      const kind = spawn(process.execPath, [MAIN, 'import', groot, '--gemeente', 'almere', '--db', pad, '--json'], {
        stdio: 'ignore',
      });
      // Most points in the second half, where the transaction writes and commits; some past the end.
      const wacht = duur * (0.3 + (0.9 * (i + schuif[i]!)) / 10);
      const einde = waitForEnd(kind);
      const timer = setTimeout(() => kind.kill('SIGKILL'), wacht);
      const { signaal, code } = await einde;
      clearTimeout(timer);
      const t = count(pad);
      expect(t.integriteit).toBe('ok');
      const { integriteit: _a, ...tellingen } = t;
      const { integriteit: _b, ...geen } = voor;
      const { integriteit: _c, ...geheel } = na;
      // historie of a later bewaarTrend is not an import row; compare the import's own tables.
      if (t.imports === voor.imports) expect(tellingen).toEqual(geen);
      else expect({ ...tellingen, historie: geheel.historie }).toEqual(geheel);
      uitkomsten.push(`${Math.round(wacht)}ms:${signaal ?? code}:${t.imports === voor.imports ? 'geen' : 'geheel'}`);
      const klein = join(map, `klein-${i}.csv`);
      writeFileSync(klein, KLEIN);
      const daarna = cliProces(['import', klein, '--gemeente', 'almere', '--db', pad, '--json']);
      expect(daarna.status, daarna.stderr).toBe(0);
      expect(count(pad).personen).toBe(t.personen + 1);
    }
    console.info(`kill-uitkomsten (duur ${Math.round(duur)} ms): ${uitkomsten.join(' ')}`);
  }, 240_000);
});

describe('two CLI imports into one database at once', () => {
  it('both finish (one waits for the lock), totals add up and history is not interleaved', async () => {
    const pad = kopie('samen.db');
    const bestanden = [1, 2].map((seed) => {
      const uit = join(map, `samen-${seed}.csv`);
      execFileSync(
        process.execPath,
        [
          GENERATOR,
          '--gemeente',
          'almere',
          '--rijen',
          '600',
          '--seed',
          String(10 + seed),
          '--formaat',
          'csv',
          '--uit',
          uit,
        ],
        { stdio: 'ignore' },
      );
      return uit;
    });
    const kinderen = bestanden.map((b) =>
      spawn(process.execPath, [MAIN, 'import', b, '--gemeente', 'almere', '--db', pad, '--json'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    const uitvoer = kinderen.map((k) => {
      let s = '';
      k.stdout?.on('data', (d) => {
        s += d;
      });
      k.stderr?.on('data', (d) => {
        s += d;
      });
      return () => s;
    });
    const eindes = await Promise.all(kinderen.map(waitForEnd));
    expect(
      eindes.map((e) => e.code),
      uitvoer.map((u) => u()).join('\n'),
    ).toEqual([0, 0]);
    const t = count(pad);
    expect(t.integriteit).toBe('ok');
    expect(t.imports).toBe(count(basis).imports + 2);
    const db = new Database(pad, { readonly: true });
    const reeksen = db
      .prepare(
        `select import_id, min(id) as laagste, max(id) as hoogste, count(*) as n from historie
         where import_id is not null group by import_id`,
      )
      .all() as Array<{ import_id: string; laagste: number; hoogste: number; n: number }>;
    db.close();
    expect(reeksen.length).toBeGreaterThanOrEqual(3);
    for (const r of reeksen) expect(r.hoogste - r.laagste + 1, r.import_id).toBe(r.n);
  }, 120_000);
});

describe('a database that cannot be written', () => {
  const sha = (pad: string) => createHash('sha256').update(readFileSync(pad)).digest('hex');

  it('a read-only file: the import fails non-zero, the file is unchanged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nr-alleenlezen-'));
    const pad = join(dir, 'almere.db');
    copyFileSync(basis, pad);
    chmodSync(pad, 0o444);
    chmodSync(dir, 0o555);
    const hash = sha(pad);
    // Root ignores file modes: run the CLI as nobody then, for whom the modes hold.
    const alsRoot = process.getuid?.() === 0;
    const argv = [MAIN, 'import', ALMERE, '--gemeente', 'almere', '--db', pad, '--json'];
    const r = alsRoot
      ? spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...argv], {
          encoding: 'utf8',
        })
      : spawnSync(process.execPath, argv, { encoding: 'utf8' });
    expect(r.error).toBeUndefined();
    expect(r.status).not.toBe(0);
    expect(r.status).not.toBeNull();
    expect(`${r.stdout}${r.stderr}`).toMatch(/readonly|read-only|alleen.lezen|unable to open|schrijf/i);
    expect(sha(pad)).toBe(hash);
    expect(existsSync(`${pad}-wal`)).toBe(false);
    chmodSync(dir, 0o755);
    chmodSync(pad, 0o644);
    expect(count(pad).integriteit).toBe('ok');
    rmSync(dir, { recursive: true, force: true });
  });

  it('a full disk (a file-size limit): the import fails non-zero, nothing is half-written', () => {
    const pad = kopie('vol.db');
    const voor = count(pad);
    // RLIMIT_FSIZE below what the 5,000-row import needs; SIGXFSZ ignored, so writes fail with EFBIG.
    const blokken = Math.ceil(statSync(pad).size / 1024) + 256;
    const r = spawnSync(
      'bash',
      [
        '-c',
        `trap '' XFSZ; ulimit -f ${blokken}; exec "$@"`,
        'bash',
        process.execPath,
        MAIN,
        'import',
        groot,
        '--gemeente',
        'almere',
        '--db',
        pad,
        '--json',
      ],
      { encoding: 'utf8' },
    );
    expect(r.status).not.toBe(0);
    expect(r.status).not.toBeNull();
    expect(`${r.stdout}${r.stderr}`).toMatch(/full|vol|disk|schijf|I\/O/i);
    const na = count(pad);
    expect(na).toEqual(voor);
    const daarna = cliProces(['import', groot, '--gemeente', 'almere', '--db', pad, '--json']);
    expect(daarna.status, daarna.stderr).toBe(0);
  }, 120_000);
});
