/**
 * A read command on a PostgreSQL database without the gemeente's schema (issue 12, finding 8):
 * refused with exit 2 and a Dutch message, and no schema is created; an import still makes one.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { MAIN } from './_testserver.js';

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

describe('a PostgreSQL database without the gemeente', () => {
  it('is refused by a read command, which creates no schema; an import creates it', async () => {
    const basis = process.env.NR_TEST_DATABASE_URL!;
    const naam = `nr_geen_schema_${process.pid}`;
    await withClient(basis, (c) => c.query(`create database ${naam}`));
    const u = new URL(basis);
    u.pathname = `/${naam}`;
    const url = u.toString();
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, [MAIN, ...args, '--gemeente', 'almere', '--db', url], { encoding: 'utf8' });
    const schemas = () =>
      withClient(url, async (c) =>
        (await c.query("select nspname from pg_namespace where nspname like 'gemeente_%'")).rows.map((r) => r.nspname),
      );

    const r = cli('report', '--format', 'json');
    expect([r.status, r.stdout]).toEqual([2, '']);
    const waar = new URL(url);
    waar.password = '';
    expect(r.stderr).toBe(
      `Fout: De database ${waar.toString()} heeft nog niets van deze gemeente: Het schema gemeente_almere bestaat niet in deze database. Controleer --db of DATABASE_URL, of importeer eerst een lijst.\n`,
    );
    const serve = cli('serve', '--port', '0');
    expect([serve.status, serve.stderr]).toEqual([2, r.stderr]);
    expect(await schemas()).toEqual([]);

    const lijst = join(mkdtempSync(join(tmpdir(), 'nr-geen-schema-')), 'lijst.csv');
    writeFileSync(lijst, 'Organisatie;Domein;Naam\r\nGGD Almere;GGD;Els Fictief\r\n');
    // A dry run reads the missing gemeente as an empty list and creates nothing.
    const proef = cli('import', lijst, '--dry-run', '--json');
    expect([proef.status, JSON.parse(proef.stdout).organisaties]).toEqual([
      0,
      { toegevoegd: 1, gewijzigd: 0, ongewijzigd: 0 },
    ]);
    expect(await schemas()).toEqual([]);
    expect(cli('import', lijst).status).toBe(0);
    expect(await schemas()).toEqual(['gemeente_almere']);
    expect(cli('report', '--format', 'json').status).toBe(0);
  });
});
