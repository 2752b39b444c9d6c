/**
 * A command on a database that does not exist (issue 12, finding 8): run outside the repository
 * without --db, `report` used to call every indicator "goed" and `export` to write a header-only
 * file. Every command but import, init, start and keys create refuses it: exit 2, a Dutch message
 * naming the path, and no file made.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './_testhulp.js';
import { MAIN } from './_testserver.js';

const G = ['--gemeente', 'almere'];
const OPDRACHTEN: string[][] = [
  ['report', ...G],
  ['report', ...G, '--format', 'json'],
  ['worklist', ...G],
  ['export', ...G, '--format', 'csv', '--out', 'lijst.csv'],
  ['imports', ...G],
  ['history', ...G, '--persoon', 'iemand@example.org'],
  ['revert', '00000000-0000-4000-8000-000000000000', ...G],
  ['retention', ...G, '--dry-run'],
  ['keys', 'list', ...G],
  ['keys', 'revoke', '00000000-0000-4000-8000-000000000000', ...G],
  ['contact', ...G, '--organisatie', 'Politie Almere'],
  ['serve', ...G, '--port', '0'],
];

describe('a database that does not exist', () => {
  it.each(OPDRACHTEN.map((o) => [o.join(' '), o]))('%s refuses it, naming the path', (_, opdracht) => {
    const map = mkdtempSync(join(tmpdir(), 'nr-geen-db-'));
    const env = { ...process.env };
    delete env.DATABASE_URL;
    const r = spawnSync(process.execPath, [MAIN, ...opdracht], { cwd: map, env, encoding: 'utf8', timeout: 30_000 });
    expect([r.status, r.stdout, r.stderr]).toEqual([
      2,
      '',
      `Fout: De database ${join(map, 'data', 'almere.db')} bestaat niet. Geef met --db het pad van de database van deze gemeente, of importeer eerst een lijst.\n`,
    ]);
    expect(readdirSync(map)).toEqual([]);
  });

  it('is refused with --db too, in JSON with --json, and not made', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'nr-geen-db-')), 'tik-fout.db');
    const r = await cli('imports', ...G, '--db', db, '--json');
    expect([r.status, r.json()]).toEqual([
      2,
      {
        fout: {
          code: 'database.onbekend',
          melding: `De database ${db} bestaat niet. Geef met --db het pad van de database van deze gemeente, of importeer eerst een lijst.`,
        },
      },
    ]);
    expect(existsSync(db)).toBe(false);
  });

  it('is made by keys create and by an import', async () => {
    const map = mkdtempSync(join(tmpdir(), 'nr-geen-db-'));
    const sleutel = await cli(
      'keys',
      'create',
      ...G,
      '--db',
      join(map, 'a.db'),
      '--rol',
      'lezer',
      '--omschrijving',
      'proef',
    );
    expect(sleutel.status).toBe(0);
    expect(existsSync(join(map, 'a.db'))).toBe(true);
    const lijst = join(map, 'lijst.csv');
    writeFileSync(lijst, 'Organisatie;Domein;Naam\r\nGGD Almere;GGD;Els Fictief\r\n');
    const imp = await cli('import', lijst, ...G, '--db', join(map, 'b.db'));
    expect(imp.status).toBe(0);
    expect((await cli('imports', ...G, '--db', join(map, 'b.db'), '--json')).json()).toHaveLength(1);
  });
});
