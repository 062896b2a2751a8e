// Element and browser tests in Chromium, Firefox and WebKit (scripts/test-browsers.mjs;
// ../shared/TOOLING.md §2 and "Firefox and WebKit"). `BROWSERS=chromium npx wtr …` runs one.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { browsers } from './scripts/test-browsers.mjs';

export default {
  files: 'test/browser/**/*.test.ts',
  nodeResolve: true,
  rootDir: '.',
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: await browsers(),
  testFramework: { config: { timeout: 10000 } },
  coverageConfig: {
    // src/policy is measured by the Node tests (vitest); here, what needs a browser.
    include: ['src/components/**/*.ts', 'src/i18n/**/*.ts', 'src/consent/**/*.ts'],
    report: true,
    reportDir: 'coverage/browser',
    threshold: { statements: 80, branches: 70, functions: 80, lines: 80 },
  },
};
