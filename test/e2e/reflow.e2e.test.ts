/**
 * Reflow (WCAG 1.4.10, 1.4.12) and focus visibility (2.4.11) on the demo pages:
 * - at 320 px nothing scrolls sideways: loaded, with every panel opened, with the dialogs open,
 *   and with the text-spacing override applied;
 * - at 1280×800 and 320×568, Tab through each page: no focused element is more than half covered
 *   by the cookie banner or a sticky bar.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type Demo } from './demo-server.js';
import { DEMO_PAGES, openDemoPage } from './demo-pages.js';
import { afterFrames, applyTextSpacing, focusedCoverage, openPanels, sidewaysOverflow } from './page-checks.js';

let demo: Demo;
let browser: Browser;
beforeAll(async () => {
  demo = await startDemo();
  browser = demo.browser;
}, 60_000);
afterAll(() => demo?.stop());

describe('reflow at 320 px', () => {
  for (const demoPage of DEMO_PAGES) {
    it(`${demoPage.name}: nothing scrolls sideways, panels open, text spacing overridden`, async () => {
      const page = await browser.newPage({ viewport: { width: 320, height: 568 } });
      await openDemoPage(page, demo.base, demoPage);
      expect(await sidewaysOverflow(page), 'loaded').toEqual([]);
      await openPanels(page);
      expect(await sidewaysOverflow(page), 'panels open').toEqual([]);
      await applyTextSpacing(page);
      expect(await sidewaysOverflow(page), 'text spacing').toEqual([]);
      await page.close();
    });
  }

  it('receipts: each record shows its id, and a stored record fits the screen', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 568 } });
    await page.goto(`${demo.base}/cookies.html?policy=smartro`);
    await page.locator('privacy-cookie-notice [data-choice=acknowledge]').click();
    await page.goto(`${demo.base}/receipts.html`);
    // The record is delivered in the background: reload the list until it is there.
    await expect
      .poll(async () => {
        await page.locator('#reload').click();
        await page.waitForFunction(() => !document.querySelector('table[aria-busy]'));
        return page.locator('#receipt-rows td[data-label="기록 ID"]').count();
      })
      .toBeGreaterThan(0);
    const ids = await page.locator('#receipt-rows td[data-label="기록 ID"]').allTextContents();
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await sidewaysOverflow(page)).toEqual([]);
    await page.close();
  });
});

describe('focus is never hidden', () => {
  const pages = DEMO_PAGES.filter((each) =>
    ['cookies-notice', 'cookies-opt-in', 'footer-dialog', 'policy', 'signup'].includes(each.name),
  );
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 320, height: 568 },
    // 1280×1024 at 400 % zoom: the banner pages only (where the banner covered 94 %).
    { width: 320, height: 256 },
  ]) {
    for (const demoPage of viewport.height === 256 ? pages.filter((each) => each.name.startsWith('cookies')) : pages) {
      it(`${demoPage.name} at ${viewport.width}×${viewport.height}: no Tab stop more than half covered`, async () => {
        const page = await browser.newPage({ viewport });
        await openDemoPage(page, demo.base, demoPage);
        const hidden: string[] = [];
        for (let press = 0; press < 45; press++) {
          await page.keyboard.press('Tab');
          await afterFrames(page);
          const { name, covered } = await focusedCoverage(page);
          if (covered > 0.5) hidden.push(`${press + 1}: ${name} ${Math.round(covered * 100)}%`);
        }
        expect(hidden).toEqual([]);
        await page.close();
      }, 60_000);
    }
  }
});
