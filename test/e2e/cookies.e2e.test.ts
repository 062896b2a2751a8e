/**
 * End to end: the demo's cookie page in Chromium with the reference receiver. First visit
 * shows the notice; a choice hides it; a reload keeps it; the record reaches SQLite.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../src/server/index.js';

let server: ViteDevServer;
let browser: Browser;
let base: string;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'privacy-consent-cookies-e2e-'));
  process.env.PRIVACY_CONSENT_DEMO_DATA = dataDir;
  server = await createServer({
    configFile: 'vite.config.ts',
    logLevel: 'error',
    server: { port: 0, host: '127.0.0.1' },
  });
  await server.listen();
  base = `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  delete process.env.PRIVACY_CONSENT_DEMO_DATA;
  rmSync(dataDir, { recursive: true, force: true });
});

const storedCookieRecords = async () => {
  const store = createSqliteStore(join(dataDir, 'consents.db'));
  try {
    return (await store.list({ limit: 100 })).filter((entry) => entry.record.method === 'cookie_notice');
  } finally {
    await store.close?.();
  }
};

describe('the cookie notice end to end', () => {
  const cases = [
    { policy: 'smartro', choice: 'acknowledge', analytics: '실행 안 됨' },
    { policy: 'qsolution', choice: 'acknowledge', analytics: '실행 안 됨' },
    { policy: 'demo-shop', choice: 'accept', analytics: '실행됨 (통계 쿠키 허용)' },
  ] as const;

  for (const { policy, choice, analytics } of cases) {
    it(`${policy}: notice on first visit, gone after a choice and after a reload, record stored`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(`${base}/cookies.html?policy=${policy}`);
      const banner = page.locator('privacy-cookie-notice [part=banner]');
      await banner.waitFor();
      expect(await page.locator('#analytics-state').textContent()).toBe('실행 안 됨');
      await page.locator(`privacy-cookie-notice [part=banner] [data-choice=${choice}]`).click();
      await banner.waitFor({ state: 'detached' });
      expect(await page.locator('#analytics-state').textContent()).toBe(analytics);
      await page.reload();
      await page.waitForFunction(() => {
        const notice = document.querySelector('privacy-cookie-notice') as HTMLElement & {
          hasConsent(id: string): boolean;
        };
        return notice?.shadowRoot?.querySelector('[role=status]') !== null;
      });
      await page.waitForTimeout(300);
      expect(await banner.count()).toBe(0);
      expect(await page.locator('#analytics-state').textContent()).toBe(analytics);
      await expect
        .poll(async () => (await storedCookieRecords()).filter((entry) => entry.record.policy.id === policy).length)
        .toBe(1);
      expect(errors).toEqual([]);
      await context.close();
    }, 30_000);
  }
});
