import { defineConfig } from 'vitest/config';

// 'source' resolves workspace packages to their TypeScript sources, so tests need no build.
export default defineConfig({
  resolve: { conditions: ['source', 'module', 'node'] },
  ssr: { resolve: { conditions: ['source', 'module', 'node'] } },
  test: { include: ['src/**/*.test.ts'], testTimeout: 60_000 },
});
