// Element and browser tests in Chromium, Firefox and WebKit (scripts/test-browsers.mjs;
// ../shared/TOOLING.md §2 and "Firefox and WebKit"). `BROWSERS=chromium npx wtr …` runs one.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { browsers } from './scripts/test-browsers.mjs';

/**
 * A download that fails, for tests of a chunk that does not arrive, without touching other pages
 * (the runner runs test files side by side in one browser). A test loads its modules under
 * `/__isolated-<id>/…` (served as `/…`, so their relative imports stay under it), then
 * `POST /__fail-once?id=<id>&path=x` makes the next request under that prefix whose path
 * contains `x` answer 503.
 */
const ISOLATED = /^\/__isolated-([\w-]+)(\/.*)$/;
const failing = new Map();
const failOnce = async (ctx, next) => {
  if (ctx.path === '/__fail-once') {
    failing.set(String(ctx.query.id), String(ctx.query.path));
    ctx.status = 204;
    return;
  }
  const isolated = ISOLATED.exec(ctx.path);
  if (!isolated) return next();
  const [, id, path] = isolated;
  if (failing.has(id) && path.includes(failing.get(id))) {
    failing.delete(id);
    ctx.status = 503;
    ctx.body = 'Service Unavailable';
    return;
  }
  ctx.url = ctx.url.slice(`/__isolated-${id}`.length);
  return next();
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
