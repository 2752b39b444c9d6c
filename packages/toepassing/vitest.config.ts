import { defineConfig } from 'vitest/config';

// '@netwerkregie/source' (our own, so an adopter's 'source' condition never points into a missing src/) resolves workspace packages to their TypeScript sources, so tests need no build.
export default defineConfig({
  resolve: { conditions: ['@netwerkregie/source', 'module', 'node'] },
  ssr: { resolve: { conditions: ['@netwerkregie/source', 'module', 'node'] } },
  test: { include: ['src/**/*.test.ts'], testTimeout: 60_000 },
});
