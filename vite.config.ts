/**
 * `vite build`              → dist/*.js: ESM entries, dependencies external (lit, Floating UI, @noble/hashes)
 * `vite build --mode iife`  → dist/privacy-consent.iife.js: one self-contained file for a <script> tag
 * `vite build --mode node`  → dist/node/*.js: the CLI (and the reference receiver), for Node
 * `vite` (npm start)        → the demo in demo/
 */
import { defineConfig, type UserConfig } from 'vite';
import { minifyLiterals } from './scripts/minify-literals-plugin.js';
import { demoServer } from './demo/server/vite-plugin.js';

const ESM_ENTRIES = {
  index: 'src/index.ts',
  'privacy-consent': 'src/privacy-consent.ts',
  'privacy-policy': 'src/privacy-policy.ts',
  policy: 'src/policy/index.ts',
  consent: 'src/consent/index.ts',
};

const dependencies = [/^lit($|\/)/, /^@lit\//, /^@floating-ui\//, /^valibot$/, /^@noble\/hashes/];

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
  if (mode === 'node')
    return {
      target: 'node20',
      emptyOutDir: false,
      outDir: 'dist/node',
      ssr: true,
      sourcemap: true,
      rollupOptions: {
        input: { cli: 'src/cli.ts', server: 'src/server/index.ts' },
        // WebAssembly SQLite is loaded from node_modules at run time, never bundled.
        external: ['node-sqlite3-wasm'],
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'shared-[hash].js' },
      },
    };
  return {
    target: 'es2022',
    emptyOutDir: true,
    sourcemap: true,
    lib: { entry: ESM_ENTRIES, formats: ['es'] },
    rollupOptions: { external: dependencies },
  };
};

export default defineConfig(({ command, mode }) =>
  command === 'serve'
    ? {
        root: 'demo',
        publicDir: false,
        server: { host: '127.0.0.1', port: 5173, fs: { allow: ['..'] } },
        plugins: [demoServer()],
      }
    : { publicDir: false, plugins: [minifyLiterals()], build: library(mode) },
);
