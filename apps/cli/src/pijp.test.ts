/**
 * A closed stdout (issue 12, finding 12): `netwerkregie ... --json | head` used to print Node's EPIPE
 * stack trace. The built CLI, its stdout closed before it writes, ends quietly with the status it
 * would have had.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAIN } from './_testserver.js';

const LIJST = fileURLToPath(new URL('../../../fixtures/almere/contactlijst.csv', import.meta.url));
let db: string;

beforeAll(() => {
  db = join(mkdtempSync(join(tmpdir(), 'nr-pijp-')), 'almere.db');
  expect(spawnSync(process.execPath, [MAIN, 'import', LIJST, '--gemeente', 'almere', '--db', db]).status).toBe(0);
});

/** Runs the CLI with its stdout's pipe closed by the reader at once; resolves with status and stderr. */
function withClosedStdout(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const proces = spawn(process.execPath, [MAIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    proces.stdout.destroy();
    let stderr = '';
    proces.stderr.on('data', (d) => {
      stderr += d;
    });
    proces.on('close', (status) => resolve({ status, stderr }));
  });
}

describe('a closed stdout', () => {
  it.each([
    [['import', LIJST, '--gemeente', 'almere', '--dry-run', '--json'], 0],
    [['imports', '--gemeente', 'almere', '--json'], 0],
    [['report', '--gemeente', 'almere', '--format', 'json'], 0],
    [['worklist', '--gemeente', 'almere'], 0],
    [['keys', 'list', '--gemeente', 'almere'], 0],
  ])('%j ends quietly with exit %i', async (args, status) => {
    const volledig = [...args, '--db', db];
    expect(spawnSync(process.execPath, [MAIN, ...volledig]).status).toBe(status);
    expect(await withClosedStdout(volledig)).toEqual({ status, stderr: '' });
  });

  it("keeps a refusal's status: an unknown import to revert is exit 2", async () => {
    const args = ['revert', '00000000-0000-4000-8000-000000000000', '--gemeente', 'almere', '--db', db, '--json'];
    expect(spawnSync(process.execPath, [MAIN, ...args]).status).toBe(2);
    expect(await withClosedStdout(args)).toEqual({ status: 2, stderr: '' });
  });
});
