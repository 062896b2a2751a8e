// Element and browser tests in Debian's Chromium (see ../shared/TOOLING.md §2).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

export default {
  files: 'test/browser/**/*.test.ts',
  nodeResolve: true,
  rootDir: '.',
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  coverageConfig: {
    // src/policy is measured by the Node tests (vitest); here, what needs a browser.
    include: ['src/components/**/*.ts', 'src/i18n/**/*.ts', 'src/consent/**/*.ts'],
    report: true,
    reportDir: 'coverage/browser',
    threshold: { statements: 80, branches: 70, functions: 80, lines: 80 },
  },
};
