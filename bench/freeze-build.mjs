#!/usr/bin/env node
// Copies the built workspaces (package.json + dist of every package, app and the fixtures) into a
// folder of their own, with a node_modules that links the third-party modules of the repository.
// Long runs (kill.mjs, belasting.mjs) then test one fixed build even when someone rebuilds the
// repository meanwhile (tsup empties dist/ while it builds, which made imports fail mid-run).
//
//   node bench/freeze-build.mjs [doel=bench/out/build-<tijd>]   prints the folder; pass it as NETWERKREGIE_BUILD
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const wortel = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const doel = resolve(
  process.argv[2] ?? join(wortel, 'bench/out', `build-${new Date().toISOString().replace(/[:.]/g, '-')}`),
);
const werkruimten = [
  'packages/domain',
  'packages/store',
  'packages/import',
  'packages/analysis',
  'packages/toepassing',
  'apps/api',
  'apps/cli',
  'fixtures',
];

for (const w of werkruimten) {
  const bron = join(wortel, w);
  if (!existsSync(join(bron, 'dist')) || readdirSync(join(bron, 'dist')).length === 0)
    throw new Error(`${w}/dist is leeg: eerst npx turbo run build (of wacht tot een lopende build klaar is)`);
  mkdirSync(join(doel, w), { recursive: true });
  cpSync(join(bron, 'package.json'), join(doel, w, 'package.json'));
  cpSync(join(bron, 'dist'), join(doel, w, 'dist'), { recursive: true });
  // A workspace's own node_modules (e.g. a pinned kysely) keeps its links as they are.
  if (existsSync(join(bron, 'node_modules')))
    cpSync(join(bron, 'node_modules'), join(doel, w, 'node_modules'), { recursive: true, verbatimSymlinks: true });
}
const modules = join(doel, 'node_modules');
mkdirSync(join(modules, '@netwerkregie'), { recursive: true });
for (const naam of readdirSync(join(wortel, 'node_modules'))) {
  if (naam === '@netwerkregie' || naam === '.bin') continue;
  symlinkSync(join(wortel, 'node_modules', naam), join(modules, naam));
}
for (const w of werkruimten) {
  const naam = w.split('/').pop();
  symlinkSync(relative(join(modules, '@netwerkregie'), join(doel, w)), join(modules, '@netwerkregie', naam));
}
console.log(doel);
