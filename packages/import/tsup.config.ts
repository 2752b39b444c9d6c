import { defineConfig } from 'tsup';

export default defineConfig({
  // The reading worker is a file of its own: valideren/leesrijen.ts starts it by path (see there).
  entry: { index: 'src/index.ts', _leeswerker: 'src/valideren/_leeswerker.ts' },
  format: ['esm'],
  dts: false,
  clean: true,
  sourcemap: true,
  target: 'node20',
});
