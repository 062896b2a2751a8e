/**
 * The demo (Vite, with the reference receiver) on a free port, its SQLite file in a temp
 * directory, and Chromium: what every end-to-end test starts with.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { createServer } from 'vite';

export interface Demo {
  readonly base: string;
  readonly browser: Browser;
  /** The directory holding the receiver's `consents.db`. */
  readonly dataDir: string;
  stop(): Promise<void>;
}

export const startDemo = async (): Promise<Demo> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'privacy-consent-e2e-'));
  process.env.PRIVACY_CONSENT_DEMO_DATA = dataDir;
  const server = await createServer({
    configFile: 'vite.config.ts',
    logLevel: 'error',
    server: { port: 0, host: '127.0.0.1' },
  });
  await server.listen();
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
    base: `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}`,
    browser,
    dataDir,
    async stop() {
      await browser.close();
      await server.close();
      delete process.env.PRIVACY_CONSENT_DEMO_DATA;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
