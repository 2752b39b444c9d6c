#!/usr/bin/env node
// The `netwerkregie` command. This file is in the repository (not in dist/) so that `npm ci` links it
// into node_modules/.bin before anything is built; it runs the built CLI, or says how to build it.
import { existsSync } from 'node:fs';

const main = new URL('../dist/main.js', import.meta.url);
if (existsSync(main)) {
  await import(main.href);
} else {
  process.stderr.write(
    'netwerkregie is nog niet gebouwd: voer eerst `npm run build` uit in de map van de repository.\n',
  );
  process.exitCode = 2;
}
