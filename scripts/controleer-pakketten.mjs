#!/usr/bin/env node
// Checks what `npm publish` would put in each published package, before anyone publishes:
// only the built dist (JavaScript, declarations, source maps), README.md, LICENSE, CHANGELOG.md
// and package.json; dist/index.js and dist/index.d.ts present; main, types and exports pointing
// at files in the pack. Also refuses a workspace package that is neither published nor private.
// Run after a build: `npm run build && node scripts/controleer-pakketten.mjs`.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The packages other gemeenten adopt; every other workspace package must be private. */
const GEPUBLICEERD = [
  'packages/domain',
  'packages/store',
  'packages/import',
  'packages/analysis',
  'packages/toepassing',
];
/** Workspace folders to look at for packages that would be published by accident. */
const WERKRUIMTE = ['packages', 'apps'];
const LOSSE_PAKKETTEN = ['fixtures', 'examples'];

const TOEGESTAAN = [/^dist\/.+\.(?:js|mjs|cjs|d\.ts|d\.mts|d\.cts)$/, /^dist\/.+\.(?:js|mjs|cjs|d\.ts)\.map$/];
const VASTE_BESTANDEN = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'];
const VERPLICHT = ['dist/index.js', 'dist/index.d.ts', 'README.md', 'LICENSE', 'CHANGELOG.md'];
/** Export conditions for development inside this repository; their targets are not published. */
const ONTWIKKELCONDITIES = new Set(['@netwerkregie/source']);

const fouten = [];
const waarschuwingen = [];
const fout = (pakket, tekst) => fouten.push(`${pakket}: ${tekst}`);

function leesJson(pad) {
  return JSON.parse(readFileSync(pad, 'utf8'));
}

function werkruimtePakketten() {
  const mappen = [...LOSSE_PAKKETTEN];
  for (const map of WERKRUIMTE) {
    if (!existsSync(join(ROOT, map))) continue;
    for (const naam of readdirSync(join(ROOT, map))) mappen.push(`${map}/${naam}`);
  }
  return mappen.filter((map) => existsSync(join(ROOT, map, 'package.json'))).sort();
}

/** Every file path an exports map names, with the conditions that lead to it. */
function exportDoelen(exports, pad = []) {
  if (typeof exports === 'string') return [{ doel: exports, pad }];
  if (Array.isArray(exports)) return exports.flatMap((e) => exportDoelen(e, pad));
  if (exports && typeof exports === 'object') {
    return Object.entries(exports).flatMap(([sleutel, waarde]) => exportDoelen(waarde, [...pad, sleutel]));
  }
  return [];
}

const normaliseer = (doel) => posix.normalize(doel).replace(/^\.\//, '');

function controleer(map) {
  const manifest = leesJson(join(ROOT, map, 'package.json'));
  const pakket = `${manifest.name} (${map})`;
  const uitvoer = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: join(ROOT, map),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [pack] = JSON.parse(uitvoer);
  const bestanden = pack.files.map((f) => f.path);

  for (const bestand of bestanden) {
    if (!VASTE_BESTANDEN.includes(bestand) && !TOEGESTAAN.some((patroon) => patroon.test(bestand))) {
      fout(
        pakket,
        `${bestand} hoort niet in het pakket (alleen .js, .d.ts en .map in dist/, en ${VASTE_BESTANDEN.join(', ')})`,
      );
    }
  }
  for (const bestand of VERPLICHT) {
    if (!bestanden.includes(bestand)) fout(pakket, `${bestand} ontbreekt in het pakket (build vergeten, of "files"?)`);
  }

  const verwijzingen = [];
  if (manifest.main) verwijzingen.push({ veld: 'main', doel: manifest.main });
  if (manifest.types) verwijzingen.push({ veld: 'types', doel: manifest.types });
  for (const [naam, doel] of Object.entries(
    typeof manifest.bin === 'string' ? { bin: manifest.bin } : (manifest.bin ?? {}),
  )) {
    verwijzingen.push({ veld: `bin.${naam}`, doel });
  }
  for (const { doel, pad } of exportDoelen(manifest.exports)) {
    const veld = `exports${pad.map((p) => `[${JSON.stringify(p)}]`).join('')}`;
    if (pad.some((p) => ONTWIKKELCONDITIES.has(p))) {
      if (!bestanden.includes(normaliseer(doel))) {
        waarschuwingen.push(`${pakket}: ${veld} wijst naar ${doel}, dat niet in het pakket zit (ontwikkelconditie)`);
      }
      continue;
    }
    verwijzingen.push({ veld, doel });
  }
  if (!manifest.exports) fout(pakket, 'package.json heeft geen "exports"');
  for (const { veld, doel } of verwijzingen) {
    if (!bestanden.includes(normaliseer(doel))) fout(pakket, `${veld} wijst naar ${doel}, dat niet in het pakket zit`);
  }
  if (manifest.license !== 'EUPL-1.2') fout(pakket, `"license" is ${manifest.license}, verwacht EUPL-1.2`);

  return { pakket: manifest.name, versie: manifest.version, pack };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const overzicht = [];
for (const map of werkruimtePakketten()) {
  const manifest = leesJson(join(ROOT, map, 'package.json'));
  if (GEPUBLICEERD.includes(map)) {
    if (manifest.private) fout(`${manifest.name} (${map})`, 'is "private", maar hoort gepubliceerd te worden');
    overzicht.push(controleer(map));
  } else if (!manifest.private) {
    fout(
      `${manifest.name} (${map})`,
      'is niet "private": true, dus npm publish en changeset publish zouden het publiceren; ' +
        `zet "private": true, of voeg het toe aan GEPUBLICEERD in scripts/controleer-pakketten.mjs`,
    );
  }
}

for (const { pakket, versie, pack } of overzicht) {
  console.log(
    `${pakket}@${versie}: ${pack.entryCount} bestanden, ${kb(pack.size)} ingepakt, ${kb(pack.unpackedSize)} uitgepakt`,
  );
  for (const f of pack.files) console.log(`  ${kb(f.size).padStart(10)}  ${f.path}`);
}
for (const w of waarschuwingen) console.warn(`Let op: ${w}`);
if (fouten.length > 0) {
  console.error(`\nDe pakketten zijn niet klaar om te publiceren (${fouten.length}):`);
  for (const f of fouten) console.error(`- ${f}`);
  process.exit(1);
}
console.log(
  `\n${overzicht.length} pakketten gecontroleerd: alleen dist, README.md, LICENSE, CHANGELOG.md en package.json.`,
);
