#!/usr/bin/env node
// The read paths of issue 15 inside one process, without HTTP: the filtered page of 20, search for a
// common term and a person card by id, through `packages/store` on a database of bench/api.mjs, for
// both views. Prints the median and p99 of each in ms, and the totals (so a change that alters an
// answer shows). One request at a time: this is the cost of the query, not of a server under load.
// Lists and search are cached per read version (packages/store/src/_leescache.ts): before each timed
// call a second connection commits a change to a row of its own, which moves SQLite's data_version and empties the
// cache (and SQLite's page cache of the reading connection, as any change does), so the figures are
// the SQL's after a change; with --cache they are the cached answers'.
//
//   npx turbo run build && node bench/api.mjs --sets 52500 --verzoeken id --seconden 1   # makes the database
//   node bench/lezen.mjs --db bench/out/api-52500.db --keer 200
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const wortel = join(dirname(fileURLToPath(import.meta.url)), '..');
const { openStore } = await import(join(wortel, 'packages/store/dist/index.js'));
const { values } = parseArgs({
  options: {
    db: { type: 'string', default: join(wortel, 'bench/out/api-52500.db') },
    keer: { type: 'string', default: '200' },
    zichten: { type: 'string', default: 'alles,formeel' },
    cache: { type: 'boolean', default: false },
  },
});
const require = createRequire(join(wortel, 'packages/store/package.json'));
const Database = require('better-sqlite3');
const ander = values.cache ? null : new Database(values.db);
let teller = 0;
// A real change (SQLite skips an update that changes nothing), in a row of its own, removed at the end.
const leegCache = () =>
  ander
    ?.prepare(
      "insert into instellingen (sleutel, waarde) values ('bench-lezen', ?) on conflict (sleutel) do update set waarde = excluded.waarde",
    )
    .run(String(++teller));

const keer = Number(values.keer);
const store = await openStore({ gemeente: 'almere', pad: values.db, bestaand: true });
const filter = { domein: 'zorg', rol: 'eerstelijnswerker', wijk: 'Almere Haven' };
const pagina = { offset: 0, limiet: 20 };

async function meet(naam, f) {
  let antwoord;
  for (let i = 0; i < 5; i++) antwoord = await f(i);
  const tijden = [];
  for (let i = 0; i < keer; i++) {
    leegCache();
    const t = performance.now();
    antwoord = await f(i);
    tijden.push(performance.now() - t);
  }
  tijden.sort((a, b) => a - b);
  const p = (q) => tijden[Math.min(tijden.length - 1, Math.floor(q * tijden.length))].toFixed(2);
  return { naam, p50: p(0.5), p99: p(0.99), antwoord };
}

console.log(
  `${values.db}, ${keer} keer per vraag, ${values.cache ? 'uit de cache' : 'cache geleegd voor elke vraag'}, load ${loadavg()[0].toFixed(1)}, ${new Date().toISOString()}`,
);
console.log('| zicht | vraag | p50 (ms) | p99 (ms) | totaal |');
console.log('| --- | --- | ---: | ---: | --- |');
for (const zicht of values.zichten.split(',')) {
  const s = zicht === 'alles' ? store : store.withZicht(zicht);
  const eerste = await s.listPersonen({}, { offset: 0, limiet: 1000 });
  const ids = eerste.items.map((k) => k.id);
  const regels = [
    await meet('filter (domein, rol, wijk), 20', () => s.listPersonen(filter, pagina)),
    await meet('filter (domein, rol, wijk), pagina 5', () => s.listPersonen(filter, { offset: 80, limiet: 20 })),
    await meet('filter rol, 20', () => s.listPersonen({ rol: 'eerstelijnswerker' }, pagina)),
    await meet('zoeken "van", 20', () => s.searchPersonen('van', {}, pagina)),
    await meet('zoeken "van" + domein zorg, 20', () => s.searchPersonen('van', { domein: 'zorg' }, pagina)),
    await meet('ongefilterd, 20', () => s.listPersonen({}, pagina)),
    await meet('kaart op id', (i) => s.persoonKaart(ids[i % ids.length])),
  ];
  for (const r of regels) {
    const a = r.antwoord;
    const totaal = a && 'totaal' in a ? `${a.totaal}${a.totaalIsOndergrens ? '+' : ''}` : '';
    console.log(`| ${zicht} | ${r.naam} | ${r.p50} | ${r.p99} | ${totaal} |`);
  }
}
await store.close();
ander?.prepare("delete from instellingen where sleutel = 'bench-lezen'").run();
ander?.close();
