// Element and browser tests in Chromium, Firefox and WebKit (scripts/test-browsers.mjs;
// ../shared/TOOLING.md §2 and "Firefox and WebKit"). `BROWSERS=chromium npx wtr …` runs one.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { browsers } from './scripts/test-browsers.mjs';

/**
 * A download that fails, for tests of a chunk that does not arrive: `POST /__fail-once?path=x`
 * makes the next request from the same browser (User-Agent) whose path contains `x` answer 503.
 * Such paths (FAILABLE) are never reused from the browser's HTTP cache, or a page that loaded them
 * earlier would make a later page take them from it without asking.
 */
const FAILABLE = ['signup-view.'];
const failing = new Set();
const failOnce = async (ctx, next) => {
  const browser = ctx.get('user-agent');
  if (ctx.path === '/__fail-once') {
    failing.add(`${browser}\n${ctx.query.path}`);
    ctx.status = 204;
    return;
  }
  const key = [...failing].find((entry) => entry.startsWith(`${browser}\n`) && ctx.path.includes(entry.split('\n')[1]));
  if (key) {
    failing.delete(key);
    ctx.status = 503;
    ctx.body = 'Service Unavailable';
    return;
  }
  await next();
  // Not Cache-Control: the test runner sets its own (a year) after this. A response varying on
  // everything is one no cache reuses.
  if (FAILABLE.some((part) => ctx.path.includes(part))) ctx.set('Vary', '*');
};

export default {
  files: 'test/browser/**/*.test.ts',
  nodeResolve: true,
  rootDir: '.',
  middleware: [failOnce],
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
