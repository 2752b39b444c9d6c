/**
 * The package's shape, checked on its source: the pipeline's folders are its stages in order and a
 * stage imports only itself, earlier stages and the shared leaves at the root; a file whose name
 * starts with `_` is internal and never part of what src/index.ts exports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = dirname(fileURLToPath(import.meta.url));

/** The stages in pipeline order (export writes the list back out and comes last). */
const STADIA = [
  'lezen',
  'mappen',
  'normaliseren',
  'valideren',
  'koppelen',
  'plannen',
  'toepassen',
  'rapport',
  'exporteren',
] as const;

/** Every source file (tests and test helpers left out: a test may drive the whole chain), relative to src. */
function bronbestanden(map = SRC): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((d) => {
    const pad = join(map, d.name);
    if (d.isDirectory()) return bronbestanden(pad);
    if (!d.name.endsWith('.ts') || d.name.endsWith('.test.ts') || d.name === '_testhulp.ts') return [];
    return [relative(SRC, pad)];
  });
}

/** The relative modules a file imports or re-exports, as paths relative to src. */
function verwijzingen(bestand: string, alleenExports = false): string[] {
  const tekst = readFileSync(join(SRC, bestand), 'utf8');
  const patroon = alleenExports
    ? /^export\s[^;]*?\sfrom\s+'(\.[^']+)'/gms
    : /(?:^(?:import|export)\s[^;]*?\sfrom\s+|import\()'(\.[^']+)'/gms;
  return [...tekst.matchAll(patroon)].map((m) =>
    relative(SRC, resolve(SRC, dirname(bestand), m[1]!.replace(/\.js$/, '.ts'))),
  );
}

/** A file's stage: its position in STADIA, -1 for a shared leaf at the root. */
function stadium(bestand: string): number {
  const delen = bestand.split(sep);
  if (delen.length === 1) return -1;
  const i = STADIA.indexOf(delen[0] as (typeof STADIA)[number]);
  if (i < 0) throw new Error(`${bestand}: de map "${delen[0]}" is geen stadium van de import.`);
  return i;
}

const naamVan = (i: number) => (i < 0 ? 'de gedeelde bladeren' : STADIA[i]);

describe('the package shape', () => {
  it('has every source file in a stage folder or at the root, and every stage folder exists', () => {
    const mappen = new Set(
      bronbestanden()
        .map((b) => b.split(sep))
        .filter((d) => d.length > 1)
        .map((d) => d[0]),
    );
    expect([...mappen].sort()).toEqual([...STADIA].sort());
  });

  it('imports only forward: a stage imports itself, earlier stages and the root leaves; a root leaf only root leaves', () => {
    const achterwaarts: string[] = [];
    for (const bestand of bronbestanden()) {
      if (bestand === 'index.ts') continue; // the public surface gathers every stage
      const eigen = stadium(bestand);
      for (const doel of verwijzingen(bestand)) {
        const ander = stadium(doel);
        const mag = eigen < 0 ? ander < 0 : ander <= eigen;
        if (!mag) achterwaarts.push(`${bestand} importeert ${doel} (${naamVan(eigen)} komt vóór ${naamVan(ander)})`);
      }
    }
    expect(achterwaarts).toEqual([]);
  });

  it('exports nothing from a file whose name starts with _', () => {
    const publiek = new Set<string>();
    const volg = (bestand: string) => {
      if (publiek.has(bestand)) return;
      publiek.add(bestand);
      for (const doel of verwijzingen(bestand, true)) volg(doel);
    };
    volg('index.ts');
    expect([...publiek].filter((b) => basename(b).startsWith('_'))).toEqual([]);
    // The check follows the re-exports: src/index.ts reaches at least the stages' own index files.
    expect([...publiek]).toEqual(expect.arrayContaining([join('lezen', 'index.ts'), join('mappen', 'index.ts')]));
  });
});
