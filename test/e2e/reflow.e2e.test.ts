/**
 * Reflow (WCAG 1.4.10, 1.4.12) and focus visibility (2.4.11) on the demo pages:
 * - at 320 px nothing scrolls sideways: loaded, with every panel opened, with the dialogs open,
 *   and with the text-spacing override applied;
 * - at 1280×800 and 320×568, Tab through each page: no focused element is more than half covered
 *   by the cookie banner or a sticky bar.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type Demo } from './demo-server.js';
import { DEMO_PAGES, openDemoPage } from './demo-pages.js';

let demo: Demo;
let browser: Browser;
beforeAll(async () => {
  demo = await startDemo();
  browser = demo.browser;
}, 60_000);
afterAll(() => demo?.stop());

/** WCAG 1.4.12's text spacing, into the page and every shadow root. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }`;

const applyTextSpacing = (page: Page) =>
  page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    const roots: (Document | ShadowRoot)[] = [document];
    for (let index = 0; index < roots.length; index++)
      for (const node of roots[index]!.querySelectorAll('*')) if (node.shadowRoot) roots.push(node.shadowRoot);
    for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }, TEXT_SPACING);

/** Opens every closed disclosure in the page's elements (details, aria-expanded buttons). */
const openPanels = (page: Page) =>
  page.evaluate(async () => {
    const hosts = [
      ...document.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(
        'privacy-consent, privacy-policy',
      ),
    ];
    for (const host of hosts) {
      for (const details of host.shadowRoot!.querySelectorAll('details')) details.open = true;
      for (const button of host.shadowRoot!.querySelectorAll<HTMLButtonElement>(
        'button[aria-expanded=false]:not([aria-haspopup])',
      ))
        button.click();
      await host.updateComplete;
    }
  });

/** What scrolls sideways: the page, and every open dialog. */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) found.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
    const roots: (Document | ShadowRoot)[] = [document];
    for (let index = 0; index < roots.length; index++)
      for (const node of roots[index]!.querySelectorAll('*')) if (node.shadowRoot) roots.push(node.shadowRoot);
    // A box that scrolls sideways inside the page must be a named region with a Tab stop.
    for (const node of roots.flatMap((each) => [...each.querySelectorAll<HTMLElement>('*')])) {
      if (node.localName === 'dialog' || node.scrollWidth <= node.clientWidth + 1) continue;
      if (!['auto', 'scroll'].includes(getComputedStyle(node).overflowX)) continue;
      const named =
        node.getAttribute('role') && (node.getAttribute('aria-label') || node.getAttribute('aria-labelledby'));
      if (!named || node.tabIndex < 0) found.push(`unnamed scroll region ${node.localName}.${node.className}`);
    }
    for (const dialog of roots.flatMap((each) => [...each.querySelectorAll('dialog[open]')]))
      if (dialog.scrollWidth > dialog.clientWidth + 1)
        found.push(`dialog ${dialog.scrollWidth} > ${dialog.clientWidth}`);
    return found;
  });

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

/**
 * How much of the focused element (through shadow roots) is covered by a fixed or sticky box
 * that does not contain it, sampled on a 5×5 grid of its visible part: 0 (clear) to 1.
 */
const focusedCoverage = (page: Page) =>
  page.evaluate(() => {
    let focused: Element | null = document.activeElement;
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    if (!focused || focused === document.body) return { name: 'body', covered: 0 };
    const ancestors = new Set<Element>();
    for (let node: Element | null = focused; node;) {
      ancestors.add(node);
      node = node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host as Element | undefined) ?? null;
    }
    const deepHit = (x: number, y: number): Element | null => {
      let hit = document.elementFromPoint(x, y);
      while (hit?.shadowRoot) {
        const inner = hit.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === hit) break;
        hit = inner;
      }
      return hit;
    };
    const coveredBy = (hit: Element): boolean => {
      for (let node: Element | null = hit; node;) {
        if (ancestors.has(node)) return false;
        const { position } = getComputedStyle(node);
        if (position === 'fixed' || position === 'sticky') return true;
        node = node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host as Element | undefined) ?? null;
      }
      return false;
    };
    const box = focused.getBoundingClientRect();
    const left = Math.max(box.left, 0);
    const right = Math.min(box.right, innerWidth);
    const top = Math.max(box.top, 0);
    const bottom = Math.min(box.bottom, innerHeight);
    const name = `${focused.localName}${focused.id ? `#${focused.id}` : ''} "${(focused.textContent ?? '').trim().slice(0, 30)}"`;
    if (right <= left || bottom <= top) return { name, covered: 1 };
    let covered = 0;
    for (let i = 0; i < 5; i++)
      for (let j = 0; j < 5; j++) {
        const hit = deepHit(left + ((right - left) * (i + 0.5)) / 5, top + ((bottom - top) * (j + 0.5)) / 5);
        if (hit && coveredBy(hit)) covered++;
      }
    return { name, covered: covered / 25 };
  });

const afterFrames = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

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
