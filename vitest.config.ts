import { defineConfig } from 'vitest/config';

// Node-side tests: the policy model and the CLI (anything without a DOM).
export default defineConfig({
  test: {
    include: ['test/node/**/*.test.ts'],
    environment: 'node',
    // Generous: CI is a busy 2-core machine, and no test here measures time (some run prettier,
    // the manifest analyzer or child processes, which take seconds under load).
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One throwaway PostgreSQL cluster for the run, for the PostgreSQL store tests.
    globalSetup: ['test/node/postgres-setup.ts'],
    coverage: {
      provider: 'v8',
      include: ['src/policy/**/*.ts', 'src/consent/**/*.ts', 'src/server/**/*.ts', 'src/cli.ts'],
      reporter: ['text-summary', 'lcov'],
      reportsDirectory: 'coverage/node',
      thresholds: {
        'src/policy/**/*.ts': { lines: 85 },
        'src/consent/**/*.ts': { lines: 85 },
        'src/server/**/*.ts': { lines: 85 },
      },
    },
  },
});
