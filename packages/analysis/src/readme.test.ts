import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pakket from '@netwerkregie/analysis';
import * as schemas from '@netwerkregie/analysis/schemas';
import { describe, expect, it } from 'vitest';
import { apiUitReadme, controleerReadme, exportsVanBron, verschil } from '../../../scripts/readme-api.mjs';

// The README's API section lists exactly what the package exports, so the reference cannot drift.
controleerReadme(pakket, new URL('../', import.meta.url), { describe, expect, it });

/** The names a README section lists: each list item that starts with a code span. */
function namenInSectie(tekst: string, kop: string): string[] {
  const begin = tekst.indexOf(`\n${kop}\n`);
  const rest = tekst.slice(begin + kop.length + 2);
  const einde = rest.search(/^## /m);
  return [...rest.slice(0, einde < 0 ? undefined : einde).matchAll(/^[-*] `([A-Za-z_$][\w$]*)/gm)]
    .map((m) => m[1] as string)
    .sort();
}

describe('README.md, section Schemas', () => {
  it('lists exactly what @netwerkregie/analysis/schemas exports', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(namenInSectie(readme, '## Schemas')).toEqual(Object.keys(schemas).sort());
  });
});

describe('the README check', () => {
  it('finds an export the API section does not document', () => {
    const map = mkdtempSync(join(tmpdir(), 'readme-'));
    try {
      mkdirSync(join(map, 'src'));
      writeFileSync(join(map, 'src/index.ts'), 'export const gedocumenteerd = 1;\nexport function vergeten() {}\n');
      writeFileSync(join(map, 'README.md'), '# x\n\n## API\n\n- `gedocumenteerd: 1` — documented.\n\n## Licence\n');
      const bron = exportsVanBron(join(map, 'src/index.ts'));
      const readme = apiUitReadme(readFileSync(join(map, 'README.md'), 'utf8'));
      expect(verschil(bron.waarden, readme.waarden)).toEqual(['vergeten']);
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  });
});
