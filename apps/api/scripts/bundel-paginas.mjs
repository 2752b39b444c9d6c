// Bundles the pages' scripts (web/*.ts, with sigma and graphology from npm) and their style sheet
// (web/stijl.css with the NL Design System's CSS packages from npm it imports) into dist/paginas/.
// Runs after tsup in `npm run build`; the API serves the result. Nothing is fetched from a CDN.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const wortel = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const uit = 'dist/paginas';

await mkdir(`${wortel}/${uit}`, { recursive: true });
await build({
  absWorkingDir: wortel,
  entryPoints: [
    'web/start.ts',
    'web/werklijst.ts',
    'web/kaart.ts',
    'web/import.ts',
    'web/organisatie.ts',
    'web/rondes.ts',
    'web/stijl.css',
  ],
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
