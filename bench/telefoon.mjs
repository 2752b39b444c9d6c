#!/usr/bin/env node
// The phone fast path of the import (issue 18) against libphonenumber-js/max: millions of generated
// texts (Dutch numbers in every notation and length, every area code and service range, foreign
// numbers, junk; packages/import/src/normaliseren/_telefoonvormen.ts), each answered by both. Prints
// the disagreements (must be 0; the first few are shown) and the speed of both paths.
//
//   node bench/telefoon.mjs --miljoen 2          # 2,000,000 texts, a random seed
//   node bench/telefoon.mjs --miljoen 1 --seed 18
//
// The two internal modules are bundled from source with esbuild into bench/out first (no build needed).
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import fc from 'fast-check';

const wortel = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    miljoen: { type: 'string', default: '2' },
    seed: { type: 'string' },
  },
});
const totaal = Math.round(Number(values.miljoen) * 1_000_000);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);

const uit = join(wortel, 'bench/out/telefoon');
mkdirSync(uit, { recursive: true });
const bron = join(wortel, 'packages/import/src/normaliseren');
await build({
  entryPoints: {
    telefoon: join(bron, 'telefoon.ts'),
    snel: join(bron, '_telefoonsnel.ts'),
    vormen: join(bron, '_telefoonvormen.ts'),
  },
  outdir: uit,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  splitting: true,
  // One copy of each, shared with this script: fast-check's arbitraries must come from the copy that samples them.
  external: ['fast-check', 'libphonenumber-js', '@netwerkregie/domain'],
  logLevel: 'warning',
});
const { volledigE164 } = await import(pathToFileURL(join(uit, 'telefoon.mjs')).href);
const { snelTelefoon } = await import(pathToFileURL(join(uit, 'snel.mjs')).href);
const vormen = await import(pathToFileURL(join(uit, 'vormen.mjs')).href);

const SOORTEN = ['nederlandsNummer', 'buitenlandsNummer', 'rommel'];
/** The mix of telefoontekst: Dutch forms 6, foreign 2, junk 2. */
const AANDEEL = { nederlandsNummer: 0.6, buitenlandsNummer: 0.2, rommel: 0.2 };
const PORTIE = 100_000;

const telling = Object.fromEntries(
  SOORTEN.map((s) => [s, { teksten: 0, snel: 0, geldig: 0, oneens: 0, volledigMs: 0, snelMs: 0 }]),
);
const voorbeelden = [];
let ronde = 0;
for (const soort of SOORTEN) {
  const aantal = Math.round(totaal * AANDEEL[soort]);
  const t = telling[soort];
  for (let gedaan = 0; gedaan < aantal; gedaan += PORTIE) {
    const teksten = fc.sample(vormen[soort], { numRuns: Math.min(PORTIE, aantal - gedaan), seed: seed + ronde++ });
    // libphonenumber alone, as the import did before.
    let begin = performance.now();
    const volledig = teksten.map((tekst) => volledigE164(tekst));
    t.volledigMs += performance.now() - begin;
    // The fast path, falling back to libphonenumber where it is not sure.
    begin = performance.now();
    const nieuw = teksten.map((tekst) => {
      const snel = snelTelefoon(tekst);
      return snel === undefined ? volledigE164(tekst) : snel;
    });
    t.snelMs += performance.now() - begin;
    for (let i = 0; i < teksten.length; i++) {
      if (snelTelefoon(teksten[i]) !== undefined) t.snel++;
      if (volledig[i] !== null) t.geldig++;
      if (nieuw[i] !== volledig[i]) {
        t.oneens++;
        if (voorbeelden.length < 10)
          voorbeelden.push({ tekst: teksten[i], snel: nieuw[i], libphonenumber: volledig[i] });
      }
    }
    t.teksten += teksten.length;
  }
}

const rij = (naam, t) =>
  `| ${naam} | ${t.teksten.toLocaleString('en')} | ${((100 * t.geldig) / t.teksten).toFixed(1)} % | ${((100 * t.snel) / t.teksten).toFixed(1)} % | ${((1000 * t.volledigMs) / t.teksten).toFixed(2)} | ${((1000 * t.snelMs) / t.teksten).toFixed(2)} | ${(t.volledigMs / t.snelMs).toFixed(1)}x | ${t.oneens} |`;
const alles = { teksten: 0, snel: 0, geldig: 0, oneens: 0, volledigMs: 0, snelMs: 0 };
for (const t of Object.values(telling)) for (const k of Object.keys(alles)) alles[k] += t[k];

console.log(
  `seed ${seed}, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(
  '| texts | count | valid | fast path answers | libphonenumber µs/text | fast path + fallback µs/text | speed-up | disagreements |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const soort of SOORTEN) console.log(rij(soort, telling[soort]));
console.log(rij('all', alles));
if (voorbeelden.length > 0) console.log('Disagreements:', JSON.stringify(voorbeelden, null, 1));
process.exitCode = alles.oneens === 0 ? 0 : 1;
