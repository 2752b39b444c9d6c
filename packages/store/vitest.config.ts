import { configDefaults, defineConfig } from 'vitest/config';

// With NR_TEST_DATABASE_URL (scripts/met-postgres.sh) the same tests run against PostgreSQL; tests of one
// engine's own files live in *.sqlite.test.ts and *.postgres.test.ts.
const anderMotor = process.env.NR_TEST_DATABASE_URL ? '**/*.sqlite.test.ts' : '**/*.postgres.test.ts';

// '@netwerkregie/source' (our own, so an adopter's 'source' condition never points into a missing src/) resolves workspace packages to their TypeScript sources, so tests need no build.
export default defineConfig({
  resolve: { conditions: ['@netwerkregie/source', 'module', 'node'] },
  ssr: { resolve: { conditions: ['@netwerkregie/source', 'module', 'node'] } },
  test: { include: ['src/**/*.test.ts'], exclude: [...configDefaults.exclude, anderMotor], testTimeout: 60_000 },
});
