/** An adopter's first hour: the command from the README, and the port of the main job. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { cli, createSleutel } from './_testhulp.js';
import { startCli, stopCli } from './_testserver.js';

const wortel = fileURLToPath(new URL('../../../', import.meta.url));

function bezet(): Promise<{ server: Server; poort: number }> {
  const server = createServer();
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, poort: (server.address() as { port: number }).port })),
  );
}

/** A database that exists (serve refuses one that does not): `keys create` makes it. */
async function bestaandeDb(): Promise<string> {
  const db = join(mkdtempSync(join(tmpdir(), 'nr-poort-')), 'almere.db');
  const r = await createSleutel(db, 'lezer', 'poortproef');
  expect(r.status).toBe(0);
  return db;
}

let open: Server | undefined;
afterEach(() => {
  open?.close();
  open = undefined;
});

describe('netwerkregie as the README calls it', () => {
  it('npm links the command at install time, so it runs after a build without another install', () => {
    // The link points at a file in the repository, not at dist/, which does not exist when npm ci links bins.
    const r = spawnSync(join(wortel, 'node_modules/.bin/netwerkregie'), ['--help'], { cwd: wortel, encoding: 'utf8' });
    expect([r.status, r.stdout.split('\n')[0]]).toEqual([0, 'netwerkregie <opdracht> [opties]']);
  });
});

describe('the port of start and serve', () => {
  it('a taken port is a Dutch usage error naming --port, before any sample is loaded or key printed', async () => {
    const b = await bezet();
    open = b.server;
    const map = mkdtempSync(join(tmpdir(), 'nr-poort-'));
    const db = join(map, 'almere.db');
    const r = await cli('start', '--db', db, '--port', String(b.poort));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`Poort ${b.poort} op 127.0.0.1 is al in gebruik`);
    expect(r.stderr).toContain('--port of PORT');
    expect(r.stdout).toBe('');
    expect(existsSync(db)).toBe(false);
  });

  it('serve on a taken port says the same, without a stack trace', async () => {
    const b = await bezet();
    open = b.server;
    const r = await cli('serve', '--db', await bestaandeDb(), '--port', String(b.poort));
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toContain(`Poort ${b.poort} op 127.0.0.1 is al in gebruik`);
    expect(r.stderr).not.toContain('EADDRINUSE');
  });

  it('a port that is not a number is refused', async () => {
    const r = await cli('serve', '--port', 'acht');
    expect([r.status, r.stderr.trim()]).toEqual([
      2,
      'Fout: --port is een poortnummer van 0 tot en met 65535, niet "acht".',
    ]);
  });

  it('PORT from the environment is the default port', async () => {
    const b = await bezet();
    const poort = b.poort;
    await new Promise((r) => b.server.close(r));
    const { proces, url } = await startCli(['serve', '--db', await bestaandeDb()], {
      env: { ...process.env, PORT: String(poort) },
    });
    expect(url).toBe(`http://127.0.0.1:${poort}`);
    expect(await stopCli(proces)).toBe(0);
  });
});
