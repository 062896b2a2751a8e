/**
 * For the browser chaos test: test/chaos/page.html served by Vite on a free port, with the chaos
 * proxy mounted at `/api/consent` on the same origin (so the page's POSTs need no CORS), the
 * reference receiver and its SQLite file behind it, and Chromium.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { createServer } from 'vite';
import { loadPolicyFiles } from '../../src/server/index.js';
import { seedPath } from '../node/seeds.js';
import { startChaosProxy, type ChaosOptions, type ChaosProxy } from './proxy.js';

export interface ChaosSite {
  /** The page: `${base}/page.html`. */
  readonly base: string;
  readonly proxy: ChaosProxy;
  readonly browser: Browser;
  stop(): Promise<void>;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('../..', import.meta.url));

export const startChaosSite = async (options: Omit<ChaosOptions, 'policies'> = {}): Promise<ChaosSite> => {
  const proxy = await startChaosProxy({ policies: await loadPolicyFiles([seedPath('smartro')]), ...options });
  // Its own dependency cache: never touch node_modules/.vite, which the demo's tests use.
  const cacheDir = mkdtempSync(join(tmpdir(), 'privacy-consent-chaos-vite-'));
  const server = await createServer({
    configFile: false,
    root: here,
    cacheDir,
    logLevel: 'error',
    publicDir: false,
    // No dependency pre-bundling: a late discovery would reload the page in the middle of a run.
    optimizeDeps: { noDiscovery: true, include: [] },
    server: { port: 0, host: '127.0.0.1', hmr: false, watch: null, fs: { allow: [repo] } },
    plugins: [
      {
        name: 'privacy-consent-chaos-proxy',
        configureServer: (vite) => void vite.middlewares.use('/api/consent', proxy.handle),
      },
    ],
  });
  await server.listen();
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  return {
    base: `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}`,
    proxy,
    browser,
    async stop() {
      await browser.close();
      await server.close();
      await proxy.close();
      rmSync(cacheDir, { recursive: true, force: true });
    },
  };
};
