/**
 * The demo (Vite, with the reference receiver) on a free port, its SQLite file in a temp
 * directory, and Chromium: what every end-to-end test starts with. `startDemoServer()` is the
 * demo without a browser, for tests that drive other engines (engines.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { createServer } from 'vite';

export interface DemoServer {
  readonly base: string;
  /** The directory holding the receiver's `consents.db`. */
  readonly dataDir: string;
  stop(): Promise<void>;
}

export interface Demo extends DemoServer {
  readonly browser: Browser;
}

export const startDemoServer = async (): Promise<DemoServer> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'privacy-consent-e2e-'));
  process.env.PRIVACY_CONSENT_DEMO_DATA = dataDir;
  const server = await createServer({
    configFile: 'vite.config.ts',
    logLevel: 'error',
    server: { port: 0, host: '127.0.0.1' },
  });
  await server.listen();
  return {
    base: `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}`,
    dataDir,
    async stop() {
      await server.close();
      delete process.env.PRIVACY_CONSENT_DEMO_DATA;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

export const startDemo = async (): Promise<Demo> => {
  const server = await startDemoServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    ...server,
    browser,
    async stop() {
      await browser.close();
      await server.stop();
    },
  };
};
