import { defineConfig } from 'vitest/config';

// End-to-end tests: the demo in Chromium (playwright-core) against the reference receiver.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 30_000,
  },
});
