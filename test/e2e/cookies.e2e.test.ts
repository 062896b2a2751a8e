/**
 * End to end: the demo's cookie page in Chromium with the reference receiver. First visit
 * shows the notice; a choice hides it; a reload keeps it; the record reaches SQLite.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type Demo } from './demo-server.js';
import { createSqliteStore, loadPolicyFiles } from '../../src/server/index.js';

let demo: Demo;
let browser: Browser;
let base: string;
let dataDir: string;

beforeAll(async () => {
  demo = await startDemo();
  ({ browser, base, dataDir } = demo);
}, 60_000);

afterAll(() => demo?.stop());

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
      // A gated external script loads asynchronously once allowed.
      await expect.poll(() => page.locator('#analytics-state').textContent()).toBe(analytics);
      await page.reload();
      await page.waitForFunction(() => {
        const notice = document.querySelector('privacy-cookie-notice') as HTMLElement & {
          hasConsent(id: string): boolean;
        };
        return notice?.shadowRoot?.querySelector('[role=status]') !== null;
      });
      await page.waitForTimeout(300);
      expect(await banner.count()).toBe(0);
      await expect.poll(() => page.locator('#analytics-state').textContent()).toBe(analytics);
      await expect
        .poll(async () => (await storedCookieRecords()).filter((entry) => entry.record.policy.id === policy).length)
        .toBe(1);
      expect(errors).toEqual([]);
      await context.close();
    }, 30_000);
  }

  it('the demo page shows its banner from the cookie document, downloading no policy JSON', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${base}/cookies.html?policy=demo-shop`);
    await page.locator('privacy-cookie-notice [part=banner]').waitFor();
    expect(requested).toContain('/cookies/demo-shop.json');
    expect(requested.filter((path) => path.startsWith('/policies/'))).toEqual([]);
    // The record still binds to the full policy's content hash.
    const [{ hash }] = await loadPolicyFiles([join('demo', 'policies', 'demo-shop.json')]);
    const before = (await storedCookieRecords()).filter((entry) => entry.record.policy.id === 'demo-shop').length;
    await page.locator('privacy-cookie-notice [part=banner] [data-choice=accept]').click();
    await expect
      .poll(async () => (await storedCookieRecords()).filter((entry) => entry.record.policy.id === 'demo-shop'))
      .toHaveLength(before + 1);
    const records = (await storedCookieRecords()).filter((entry) => entry.record.policy.id === 'demo-shop');
    expect(records.map((entry) => entry.record.policy.hash)).toEqual(records.map(() => hash));
    await context.close();
  }, 30_000);
  it("a returning visitor's page downloads no banner code; a first visit's does", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const bannerCode = () => requested.filter((path) => /\/(notice-ui|banner-view|cookie-banner)\./.test(path));
    await page.goto(`${base}/cookies.html?policy=smartro`);
    await page.locator('privacy-cookie-notice [part=banner] [data-choice=acknowledge]').click();
    await page.locator('privacy-cookie-notice [part=banner]').waitFor({ state: 'detached' });
    expect(bannerCode().length).toBeGreaterThan(0);
    requested.length = 0;
    await page.reload();
    // Settled: the document is ready (the live region is there) and no update waits for banner code.
    await page.waitForFunction(() =>
      Boolean(document.querySelector('privacy-cookie-notice')?.shadowRoot?.querySelector('[role=status]')),
    );
    await page.evaluate(() => document.querySelector('privacy-cookie-notice')!.updateComplete);
    expect(requested).toContain('/cookies/smartro.json');
    expect(bannerCode()).toEqual([]);
    expect(await page.locator('privacy-cookie-notice [part=banner]').count()).toBe(0);
    // The settings still open on request: the code loads then.
    await page.locator('#reopen').click();
    await page.locator('privacy-cookie-notice dialog[open]').waitFor();
    expect(bannerCode().length).toBeGreaterThan(0);
    await context.close();
  }, 30_000);

  it('banner code that fails to download is reported, and imported again on the next request', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      const errors: string[] = [];
      Object.assign(window, { privacyErrors: errors });
      addEventListener('privacy-error', (event) => errors.push(String((event as CustomEvent).detail.error)));
    });
    let failing = true;
    await page.route(/\/notice-ui\.ts/, (route) => (failing ? route.abort() : route.continue()));
    await page.goto(`${base}/cookies.html?policy=smartro`);
    await page.waitForFunction(() => (window as unknown as { privacyErrors: string[] }).privacyErrors.length > 0);
    expect(await page.locator('privacy-cookie-notice [part=banner]').count()).toBe(0);
    failing = false;
    await page.locator('#reopen').click();
    await page.locator('privacy-cookie-notice dialog[open]').waitFor();
    await context.close();
  }, 30_000);
});
