import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pakket from '@netwerkregie/domain';
import { describe, expect, it } from 'vitest';
import { apiUitReadme, exportsVanBron, verschil } from '../../../scripts/readme-api.mjs';

// The README's API section lists exactly what the package exports, so the reference cannot drift.
describe('README.md, section API', () => {
  const readme = apiUitReadme(readFileSync(new URL('../README.md', import.meta.url), 'utf8'));
  const bron = exportsVanBron(fileURLToPath(new URL('./index.ts', import.meta.url)));
  const runtime = Object.keys(pakket).sort();
  const alleenTypen = verschil(bron.typen, runtime);

  it('lists every runtime export, and nothing the package does not export', () => {
    expect({
      ontbreektInReadme: verschil(runtime, readme.waarden),
      nietGeexporteerd: verschil(readme.waarden, runtime),
    }).toEqual({ ontbreektInReadme: [], nietGeexporteerd: [] });
  });

  it('lists every type-only export of src/index.ts under "### Types", and no other names there', () => {
    expect({
      ontbreektInReadme: verschil(alleenTypen, readme.typen),
      nietGeexporteerd: verschil(readme.typen, alleenTypen),
    }).toEqual({ ontbreektInReadme: [], nietGeexporteerd: [] });
  });

  it('reads the same runtime names from src/index.ts as the package exports', () => {
    expect(bron.waarden).toEqual(runtime);
  });

  it('lists no name twice', () => {
    const namen = [...readme.waarden, ...readme.typen];
    expect(namen.filter((n, i) => namen.indexOf(n) !== i)).toEqual([]);
  });
});
