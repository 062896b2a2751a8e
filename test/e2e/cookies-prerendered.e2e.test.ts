/**
 * End to end: a page with the banner `privacy-consent cookies --html` prerendered, parsed by
 * Chromium itself (a declarative shadow root). The banner shows with no script at all; with
 * the element's code it is replaced without a second banner; a returning visitor with the head
 * script never sees it; a strict CSP allows its stylesheet by the printed hash.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { startDemo, type Demo } from './demo-server.js';

let demo: Demo;
let browser: Browser;
let base: string;
let markup = '';
let styleHash = '';
/** The element's source, served by the demo's Vite (its root is demo/, so by file path). */
const ELEMENT = `/@fs${new URL('../../src/privacy-cookie-notice.ts', import.meta.url).pathname}`;
const headScript = readFileSync(new URL('../../src/consent-mode-head.js', import.meta.url), 'utf8');

beforeAll(async () => {
  demo = await startDemo();
  ({ browser, base } = demo);
  const out: string[] = [];
  const err: string[] = [];
  const policy = new URL('../../demo/policies/demo-shop.json', import.meta.url).pathname;
  const code = await run(['cookies', policy, '--url', 'https://example.com/privacy', '--html', '--mode', 'opt-in'], {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  expect(code).toBe(0);
  markup = out.join('\n');
  styleHash = /style-src ('sha256-[^']+')/.exec(err.join('\n'))![1]!;
}, 60_000);

afterAll(() => demo?.stop());

/** Records, from the first frame, whether a banner was ever visible (as a person would see it). */
const PROBE = `
  window.__bannerSeen = false;
  const look = () => {
    const banner = document.querySelector('privacy-cookie-notice')?.shadowRoot?.querySelector('[part=banner]');
    if (banner && banner.getBoundingClientRect().height > 0 && banner.checkVisibility({ visibilityProperty: true })) window.__bannerSeen = true;
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);`;

const page = async (
  context: BrowserContext,
  { head = '', csp }: { head?: string; csp?: string } = {},
): Promise<Page> => {
  const tab = await context.newPage();
  await tab.route(`${base}/prerendered.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: csp ? { 'content-security-policy': csp } : {},
      body: `<!doctype html><html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${head}<script type="module" src="${ELEMENT}"></script></head><body><script>${PROBE}</script><main><h1>가게</h1></main>${markup}</body></html>`,
    }),
  );
  await tab.goto(`${base}/prerendered.html`);
  return tab;
};

const banner = (tab: Page) => tab.locator('privacy-cookie-notice [part=banner]');

describe('the prerendered cookie banner in a real page', () => {
  it('shows with scripts turned off: the banner is in the HTML', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await page(context);
    await expect.poll(() => banner(tab).isVisible()).toBe(true);
    expect(await banner(tab).locator('h2').textContent()).toBe('쿠키 사용 안내');
    expect(await banner(tab).evaluate((node) => getComputedStyle(node).position)).toBe('fixed');
    await context.close();
  });

  it('is replaced by the element’s own banner, one at a time, and works; the head script keeps it away next time', async () => {
    const context = await browser.newContext();
    const errors: string[] = [];
    context.on('weberror', (error) => errors.push(String(error.error())));
    let tab = await page(context, { head: `<script>${headScript}</script>` });
    // The element's own: its live region is there, and still exactly one banner.
    await tab.waitForFunction(() =>
      document.querySelector('privacy-cookie-notice')?.shadowRoot?.querySelector('[role=status]'),
    );
    await tab.waitForFunction(
      () => !document.querySelector('privacy-cookie-notice')?.shadowRoot?.querySelector('style'),
    );
    expect(await banner(tab).count()).toBe(1);
    await banner(tab).locator('[data-choice=reject]').click();
    await banner(tab).waitFor({ state: 'detached' });
    await tab.close();

    tab = await page(context, { head: `<script>${headScript}</script>` });
    await tab.waitForFunction(() =>
      document.querySelector('privacy-cookie-notice')?.shadowRoot?.querySelector('[role=status]'),
    );
    // A few frames after the element settled: the banner never showed.
    await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await tab.evaluate(() => (window as unknown as { __bannerSeen: boolean }).__bannerSeen)).toBe(false);
    expect(await banner(tab).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 30_000);

  it('is styled under a strict CSP that allows its stylesheet by the hash the CLI printed', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const strict = await page(context, { csp: `default-src 'self'; style-src ${styleHash}` });
    expect(await banner(strict).evaluate((node) => getComputedStyle(node).position)).toBe('fixed');
    const refused = await page(context, { csp: `default-src 'self'; style-src 'self'` });
    expect(await banner(refused).evaluate((node) => getComputedStyle(node).position)).toBe('static');
    expect(styleHash).toBe(
      `'sha256-${createHash('sha256')
        .update(/<style>([\s\S]*?)<\/style>/.exec(markup)![1]!)
        .digest('base64')}'`,
    );
    await context.close();
  });

  it('ships in the demo (npm start): accepting runs the gated analytics, and a reload never shows the banner', async () => {
    const context = await browser.newContext();
    await context.addInitScript({ content: PROBE });
    const tab = await context.newPage();
    await tab.goto(`${base}/cookies-prerendered.html`);
    // The element's own banner (its spacer comes with it), then a choice.
    await tab.locator('privacy-cookie-notice .reserve').waitFor({ state: 'attached' });
    await banner(tab).locator('[data-choice=accept]').click();
    await banner(tab).waitFor({ state: 'detached' });
    await expect.poll(() => tab.locator('#analytics-state').textContent()).toBe('실행됨 (통계 쿠키 허용)');
    await tab.reload();
    await expect.poll(() => tab.locator('#analytics-state').textContent()).toBe('실행됨 (통계 쿠키 허용)');
    await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await tab.evaluate(() => (window as unknown as { __bannerSeen: boolean }).__bannerSeen)).toBe(false);
    await context.close();
  }, 30_000);
});
