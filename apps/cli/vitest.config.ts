import { configDefaults, defineConfig } from 'vitest/config';

// With NR_TEST_DATABASE_URL (scripts/met-postgres.sh) only the PostgreSQL tests run; without, all others.
const postgres = Boolean(process.env.NR_TEST_DATABASE_URL);

// '@netwerkregie/source' (our own, so an adopter's 'source' condition never points into a missing src/)
// resolves workspace packages to their TypeScript sources, so tests need no build.
export default defineConfig({
  resolve: { conditions: ['@netwerkregie/source', 'module', 'node'] },
  ssr: { resolve: { conditions: ['@netwerkregie/source', 'module', 'node'] } },
  test: {
    include: [postgres ? 'src/**/*.postgres.test.ts' : 'src/**/*.test.ts'],
    exclude: [...configDefaults.exclude, ...(postgres ? [] : ['src/**/*.postgres.test.ts'])],
    testTimeout: 60_000,
    // Hooks build databases with real child processes; on a busy machine that takes more than 10 s.
    hookTimeout: 60_000,
  },
});
