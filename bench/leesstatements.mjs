#!/usr/bin/env node
// PostgreSQL beside SQLite for a read by id, as the API does it but without HTTP (issue 15): the key
// looked up by hash (cached for seconds), the person card, and the audit row (group commit), with 50
// reads in flight. Counts the statements the pg client sends per read, and the reads per second of
// each engine in rounds that alternate, so both see the same machine load. Needs a PostgreSQL server
// whose user may create databases (scripts/met-postgres.sh gives one). Fictional data: the Almere sample.
//
//   npx turbo run build && scripts/met-postgres.sh node bench/leesstatements.mjs   # --seconden 5 --rondes 2
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const wortel = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(wortel, 'apps/cli/dist/main.js');
const { openStore, sleutelHash } = await import(join(wortel, 'packages/store/dist/index.js'));
const pg = createRequire(join(wortel, 'packages/store/package.json'))('pg');
const { values } = parseArgs({
  options: {
    seconden: { type: 'string', default: '5' },
    rondes: { type: 'string', default: '2' },
    gelijktijdig: { type: 'string', default: '50' },
  },
});
const basis = process.env.NR_TEST_DATABASE_URL;
if (!basis) {
  process.stderr.write(
    'NR_TEST_DATABASE_URL ontbreekt: start met scripts/met-postgres.sh node bench/leesstatements.mjs\n',
  );
  process.exit(2);
}

// Every statement any pg client sends (the store's pool included).
let statements = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (...args) {
  statements++;
  return query.apply(this, args);
};

const map = join(wortel, 'bench/out/leesstatements');
rmSync(map, { recursive: true, force: true });
mkdirSync(map, { recursive: true });
const naam = `nr_lees_${process.pid}`;
const beheer = new pg.Client({ connectionString: basis });
await beheer.connect();
await beheer.query(`create database ${naam}`);
await beheer.end();
const url = new URL(basis);
url.pathname = `/${naam}`;
const plekken = { sqlite: join(map, 'almere.db'), postgres: url.toString() };
for (const db of Object.values(plekken)) {
  execFileSync(
    process.execPath,
    [cli, 'import', join(wortel, 'fixtures/almere/contactlijst.csv'), '--gemeente', 'almere', '--db', db],
    {
      stdio: 'ignore',
    },
  );
}

async function meet(motor) {
  const plek = plekken[motor];
  const store = await openStore({ gemeente: 'almere', ...(motor === 'sqlite' ? { pad: plek } : { url: plek }) });
  const hash = sleutelHash(`nwr_bench_${motor}_${Math.random()}`);
  await store.bewaarSleutel({ id: `k-${motor}-${Date.now()}`, hash, rol: 'regisseur', omschrijving: 'bench' });
  const ids = (await store.listPersonen({}, { limiet: 1000 })).items.map((p) => p.id);
  const eind = performance.now() + Number(values.seconden) * 1000;
  let reads = 0;
  const voor = statements;
  const cpu = process.cpuUsage();
  const werker = async () => {
    while (performance.now() < eind) {
      const sleutel = await store.sleutelOpHash(hash);
      const id = ids[Math.floor(Math.random() * ids.length)];
      const kaart = await store.persoonKaart(id);
      if (!sleutel || !kaart) throw new Error('geen sleutel of kaart');
      await store.audit({
        actor: sleutel.id,
        actie: 'lezen',
        entiteit: 'persoon',
        entiteitId: id,
        doel: 'raadplegen contactpersoon',
        route: `GET /v1/gemeenten/almere/personen/${id}`,
        traceId: null,
        verwerking: null,
        betrokkenen: [],
      });
      reads++;
    }
  };
  const t = performance.now();
  await Promise.all(Array.from({ length: Number(values.gelijktijdig) }, werker));
  const s = (performance.now() - t) / 1000;
  const c = process.cpuUsage(cpu);
  await store.close();
  return {
    motor,
    perSeconde: reads / s,
    statementsPerRead: motor === 'postgres' ? (statements - voor) / reads : null,
    nodeCpuMsPerRead: (c.user + c.system) / 1000 / reads,
    load: loadavg()[0],
  };
}

const regels = [];
for (let r = 1; r <= Number(values.rondes); r++) {
  for (const motor of r % 2 ? ['sqlite', 'postgres'] : ['postgres', 'sqlite'])
    regels.push({ ronde: r, ...(await meet(motor)) });
}
console.log(`${values.gelijktijdig} gelijktijdig, ${values.seconden} s per meting; ${new Date().toISOString()}`);
console.log('| ronde | motor | reads/s | statements per read | node CPU ms per read | load |');
console.log('| ---: | --- | ---: | ---: | ---: | ---: |');
for (const g of regels) {
  console.log(
    `| ${g.ronde} | ${g.motor} | ${g.perSeconde.toFixed(0)} | ${g.statementsPerRead?.toFixed(2) ?? '-'} | ${g.nodeCpuMsPerRead.toFixed(2)} | ${g.load.toFixed(1)} |`,
  );
}
const gem = (m) => regels.filter((g) => g.motor === m).reduce((a, g) => a + g.perSeconde, 0) / Number(values.rondes);
console.log(`PostgreSQL / SQLite: ${(gem('postgres') / gem('sqlite')).toFixed(2)}x`);
