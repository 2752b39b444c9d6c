// The fuzz tests of issue 7 at full size: node bench/fuzz.mjs [runs=100000]
// Runs the CLI fuzz (apps/cli/src/vijandig.test.ts) and the API upload fuzz with FUZZ_RUNS cases each.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runs = process.argv[2] ?? '100000';
const env = { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: String(Date.now()) };
let status = 0;
for (const [map, bestand] of [
  ['apps/cli', 'src/vijandig.test.ts'],
  ['apps/api', 'src/betrouwbaarheid'],
]) {
  const cwd = fileURLToPath(new URL(`../${map}/`, import.meta.url));
  const r = spawnSync('npx', ['vitest', 'run', bestand, '-t', 'fuzz', '--testTimeout', '0'], {
    cwd,
    env,
    stdio: 'inherit',
  });
  status ||= r.status ?? 1;
}
process.exit(status);
