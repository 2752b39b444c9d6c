import { defineConfig } from 'tsup';

export default defineConfig({
  // The analysis worker is a file of its own: analysewerker.ts starts it by path (see there).
  entry: ['src/index.ts', 'src/_analysewerker.ts'],
  format: ['esm'],
  dts: false,
  clean: true,
  sourcemap: true,
  target: 'node20',
});
