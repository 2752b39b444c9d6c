#!/usr/bin/env node
// What heap the analysis worker needs for the largest network it must hold (issue 15): the worker of
// packages/toepassing with each heap limit in turn (resourceLimits.maxOldGenerationSizeMb) answers
// gezondheid and werklijst on bench/api.mjs's 50,050 persons, twice each with a store version change
// between (so it reads a second snapshot while the first is kept), and says whether it fit.
//
//   node bench/analyse-heap.mjs [--grenzen 192,256,384,512,768] [--db bench/out/api-52500.db]
//   NETWERKREGIE_BUILD=<folder of bench/freeze-build.mjs> runs a frozen build instead of the repository's.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const hier = dirname(fileURLToPath(import.meta.url));
const build = process.env.NETWERKREGIE_BUILD ?? join(hier, '..');
const { values } = parseArgs({
  options: {
    grenzen: { type: 'string', default: '192,256,384,512,768' },
    db: { type: 'string', default: join(hier, 'out/api-52500.db') },
  },
});
if (!existsSync(values.db)) throw new Error(`${values.db} ontbreekt: eerst node bench/belasting.mjs`);
const { Analysewerker } = await import(join(build, 'packages/toepassing/dist/index.js'));
const { openStore } = await import(join(build, 'packages/store/dist/index.js'));
const { GEMEENTEN } = await import(join(build, 'packages/domain/dist/index.js'));
const Database = createRequire(join(build, 'packages/store/package.json'))('better-sqlite3');
const piek = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) / 1024;

const db = join(hier, 'out/analyse-heap.db');
for (const x of ['', '-wal', '-shm']) rmSync(`${db}${x}`, { force: true });
const bron = new Database(values.db, { readonly: true });
await bron.backup(db);
bron.close();
const store = await openStore({ gemeente: 'almere', pad: db });
const [org] = (await store.listOrganisaties({}, { limiet: 1 })).items;
for (const heapMb of values.grenzen.split(',').map(Number)) {
  const werker = new Analysewerker({ heapMb });
  const t = performance.now();
  let uitkomst = 'past';
  try {
    for (let i = 0; i < 2; i++) {
      await werker.beantwoord(store, GEMEENTEN.almere, { soort: 'gezondheid' });
      await werker.beantwoord(store, GEMEENTEN.almere, { soort: 'werklijst', aantal: 10, introducties: 20 });
      // A new store version: the next question reads a new snapshot.
      await store.upsertOrganisatie({ ...org, naam: `${org.naam} ${heapMb}-${i}` }, { actor: 'bench' });
    }
  } catch (e) {
    uitkomst = `${e.name}: ${e.message.slice(0, 60)}`;
  }
  await werker.close();
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  console.log(
    `heap ${String(heapMb).padStart(5)} MB: ${uitkomst} (${((performance.now() - t) / 1000).toFixed(1)} s; piek-RSS proces tot nu ${piek().toFixed(0)} MB; load ${load})`,
  );
}
await store.close();
for (const x of ['', '-wal', '-shm']) rmSync(`${db}${x}`, { force: true });
