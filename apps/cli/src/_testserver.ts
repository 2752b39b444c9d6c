/** The built CLI as a real process, for tests of servers (never imported by the CLI itself). */
import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MAIN = join(fileURLToPath(new URL('../../../', import.meta.url)), 'apps/cli/dist/main.js');

export interface Draaiend {
  proces: ChildProcess;
  url: string;
  /** Everything it wrote to stdout so far. */
  uitvoer: () => string;
}

/** Runs `netwerkregie <args>` (serve or start) and resolves with the address once it says it listens. */
export function startCli(args: string[], opties: SpawnOptions = {}): Promise<Draaiend> {
  const proces = spawn(process.execPath, [MAIN, ...args], { ...opties, stdio: ['ignore', 'pipe', 'pipe'] });
  let uit = '';
  return new Promise((resolve, reject) => {
    proces.stdout?.on('data', (d: Buffer) => {
      uit += d.toString();
      const url = /luistert op (http:\/\/\S+)/.exec(uit)?.[1];
      if (url) resolve({ proces, url, uitvoer: () => uit });
    });
    proces.on('exit', (code) => reject(new Error(`netwerkregie ${args[0]} stopte met ${code}`)));
  });
}

/** SIGTERM, and the exit code once it has stopped (null when it was gone already). */
export async function stopCli(proces: ChildProcess): Promise<number | null> {
  if (proces.exitCode !== null) return proces.exitCode;
  const weg = new Promise<number | null>((r) => proces.on('exit', (code) => r(code)));
  proces.kill('SIGTERM');
  return weg;
}
