import { defineConfig } from 'vitest/config';

// 'source' resolves workspace packages to their TypeScript sources, so tests need no build.
export default defineConfig({
  resolve: { conditions: ['source', 'module', 'node', 'import', 'default'] },
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'import', 'default'] } },
  test: { include: ['src/**/*.test.ts'], testTimeout: 60_000 },
});
