/**
 * `vite build`              → dist/*.js: ESM entries, dependencies external (lit, Floating UI, @noble/hashes);
 *                             dist/components/*.js: the element classes, not registered;
 *                             dist/chunks/*.js: shared code (`register-*.js` chunks, if any, hold registrations)
 * `vite build --mode iife`  → dist/privacy-consent.iife.js: one self-contained file for a <script> tag
 * `vite build --mode iife-cookie-notice` → dist/privacy-cookie-notice.iife.js: the cookie notice alone
 * `vite build --mode node`  → dist/node/*.js: the CLI (and the reference receiver), for Node
 * `vite` (npm start)        → the demo in demo/
 */
import { defineConfig, type UserConfig } from 'vite';
import { minifyLiterals } from './scripts/minify-literals-plugin.js';
import { demoServer } from './demo/server/vite-plugin.js';
import { prerenderedPage } from './demo/server/prerendered-page.js';

/** One per `exports` entry of package.json (test/e2e/package.e2e.test.ts checks them from the packed tarball). */
const ESM_ENTRIES = {
  index: 'src/index.ts',
  'privacy-consent': 'src/privacy-consent.ts',
  'privacy-policy': 'src/privacy-policy.ts',
  'privacy-cookie-notice': 'src/privacy-cookie-notice.ts',
  'components/privacy-consent': 'src/components/privacy-consent.ts',
  'components/privacy-policy': 'src/components/privacy-policy.ts',
  'components/privacy-cookie-notice': 'src/components/privacy-cookie-notice.ts',
  policy: 'src/policy/index.ts',
  consent: 'src/consent/index.ts',
};

/** Modules whose top level registers an element: the only side effects package.json `sideEffects` keeps. */
const REGISTRATIONS = /[\\/]src[\\/](index|privacy-consent|privacy-policy|privacy-cookie-notice)\.ts$/;

const dependencies = [/^lit($|\/)/, /^@lit\//, /^@floating-ui\//, /^valibot$/, /^@noble\/hashes/];

const HTML_PARSER = ['htmlparser2', 'domhandler', 'domutils', 'domelementtype', 'entities', 'dom-serializer'];

const library = (mode: string): UserConfig['build'] => {
  if (mode === 'iife')
    return {
      target: 'es2022',
      emptyOutDir: false,
      sourcemap: true,
      lib: {
        entry: 'src/auto.ts',
        name: 'PrivacyConsent',
        formats: ['iife'],
        fileName: () => 'privacy-consent.iife.js',
      },
    };
  // The cookie notice alone, for the pages that show nothing else.
  if (mode === 'iife-cookie-notice')
    return {
      target: 'es2022',
      emptyOutDir: false,
      sourcemap: true,
      lib: {
        entry: 'src/auto-cookie-notice.ts',
        name: 'PrivacyCookieNoticeBundle',
        formats: ['iife'],
        fileName: () => 'privacy-cookie-notice.iife.js',
      },
    };
  if (mode === 'node')
    return {
      target: 'node20',
      emptyOutDir: false,
      outDir: 'dist/node',
      ssr: true,
      sourcemap: true,
      rollupOptions: {
        input: { cli: 'src/cli.ts', server: 'src/server/index.ts' },
        // WebAssembly SQLite and node-postgres are loaded from node_modules at run time, never bundled.
        external: ['node-sqlite3-wasm', 'pg'],
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'shared-[hash].js' },
      },
    };
  return {
    target: 'es2022',
    emptyOutDir: true,
    sourcemap: true,
    lib: { entry: ESM_ENTRIES, formats: ['es'] },
    rollupOptions: {
      external: dependencies,
      output: {
        // The bundler may move an entry's registration into a shared chunk; such chunks are named
        // register-*.js so that package.json `sideEffects` can keep them and let the rest be dropped.
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => REGISTRATIONS.test(id))
            ? 'chunks/register-[hash].js'
            : 'chunks/[name]-[hash].js',
      },
    },
  };
};

export default defineConfig(({ command, mode }) =>
  command === 'serve'
    ? {
        root: 'demo',
        publicDir: false,
        server: { host: '127.0.0.1', port: 5173, fs: { allow: ['..'] } },
        plugins: [demoServer(), prerenderedPage()],
      }
    : {
        publicDir: false,
        plugins: [minifyLiterals()],
        build: library(mode),
        // The importer's HTML parser is bundled into the Node CLI, so a consumer installs nothing
        // for it; no browser entry imports src/authoring.
        ...(mode === 'node' ? { ssr: { noExternal: HTML_PARSER } } : {}),
      },
);
