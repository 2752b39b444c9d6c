/**
 * docs/IMPORT.md lists the command line's own codes (usage errors and the warnings after an
 * import); this keeps that table equal to the codes the command line's sources can give.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const WORTEL = new URL('../../../', import.meta.url);
const DOC = readFileSync(new URL('docs/IMPORT.md', WORTEL), 'utf8');
const CODE = /'((?:argumenten|bestand|database|rapport|trend)\.[a-z-]+)'/g;

/**
 * The command line's sources, tests left out, and the operations' modules whose codes it passes on
 * unchanged (packages/toepassing: the database location, opening a store, the import's warnings).
 */
function bronnen(): string[] {
  const map = new URL('./', import.meta.url);
  const toepassing = new URL('packages/toepassing/src/', WORTEL);
  return [
    ...readdirSync(map, { recursive: true, encoding: 'utf8' })
      .filter((naam) => naam.endsWith('.ts') && !naam.endsWith('.test.ts') && !naam.includes('_test'))
      .map((naam) => readFileSync(new URL(naam, map), 'utf8')),
    ...['database.ts', 'openen.ts', 'importeren.ts'].map((naam) => readFileSync(new URL(naam, toepassing), 'utf8')),
  ];
}

describe("docs/IMPORT.md and the command line's codes", () => {
  it('documents exactly the codes the command line gives, with their kind', () => {
    const begin = DOC.indexOf("The command line's own codes");
    const tabel = DOC.slice(begin, DOC.indexOf('\n### ', begin))
      .split('\n')
      .filter((r) => r.startsWith('|'))
      .slice(2)
      .map((r) => r.split('|').map((c) => c.trim()));
    const gedocumenteerd = tabel.map((cellen) => cellen[1]!.replaceAll('`', '')).sort();
    const inBron = [...new Set(bronnen().flatMap((tekst) => [...tekst.matchAll(CODE)].map((m) => m[1]!)))].sort();
    expect(gedocumenteerd).toEqual(inBron);
    const waarschuwingen = tabel.filter((cellen) => cellen[2] === '`waarschuwing`').map((c) => c[1]);
    expect(waarschuwingen).toEqual(['`rapport.mislukt`', '`trend.mislukt`']);
  });
});
