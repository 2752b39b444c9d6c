// Bundles the pages' scripts (web/*.ts, with sigma and graphology from npm) into dist/paginas/,
// with the style sheet beside them. Runs after tsup in `npm run build`; the API serves the result.
import { copyFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const wortel = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const uit = 'dist/paginas';

await mkdir(`${wortel}/${uit}`, { recursive: true });
await build({
  absWorkingDir: wortel,
  entryPoints: ['web/start.ts', 'web/kaart.ts', 'web/import.ts', 'web/rondes.ts'],
  outdir: uit,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  // No source maps: they would publish the sources next to the pages (and are not served).
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
});
await copyFile(`${wortel}/web/stijl.css`, `${wortel}/${uit}/stijl.css`);
