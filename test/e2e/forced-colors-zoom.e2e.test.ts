/**
 * Forced colours and 200 % zoom (WCAG 1.4.11, 1.4.1, 1.4.10, 2.4.7, 2.4.11; issue 14 item 3),
 * in Chromium:
 * - with `forced-colors: active` emulated, every Tab stop draws an outline (not `none`, not
 *   transparent), every checkbox keeps a visible boundary, a checked box looks different from an
 *   unchecked one in lightness (not hue alone), and [필수]/[선택] stay as text;
 * - at 200 % zoom (1280×800 at 200 % is a 640×400 viewport), nothing scrolls sideways and no
 *   focused element is more than half covered by the banner or a sticky bar;
 * - a banner at the top (`position="top"`) hides no Tab stop either.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type Demo } from './demo-server.js';
import { DEMO_PAGES, openDemoPage, type DemoPage } from './demo-pages.js';
import { afterFrames, focusedCoverage, openPanels, sidewaysOverflow } from './page-checks.js';

let demo: Demo;
let browser: Browser;
beforeAll(async () => {
  demo = await startDemo();
  browser = demo.browser;
}, 60_000);
afterAll(() => demo?.stop());

const pagesNamed = (...names: string[]): DemoPage[] => DEMO_PAGES.filter((each) => names.includes(each.name));

/** The focused element's outline, through shadow roots; undefined when focus is on `<body>`. */
const focusedOutline = (page: Page) =>
  page.evaluate(() => {
    let focused: Element | null = document.activeElement;
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    if (!focused || focused === document.body) return undefined;
    const style = getComputedStyle(focused);
    const name = `${focused.localName}${focused.id ? `#${focused.id}` : ''}${focused.className && typeof focused.className === 'string' ? `.${focused.className.split(' ')[0]}` : ''} "${(focused.textContent ?? '').trim().slice(0, 24)}"`;
    return { name, style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor };
  });

/** Tabs through the page: each stop more than half covered by a fixed or sticky box. */
const tabStopsCovered = async (page: Page, presses = 45) => {
  const hidden: string[] = [];
  for (let press = 0; press < presses; press++) {
    await page.keyboard.press('Tab');
    await afterFrames(page);
    const { name, covered } = await focusedCoverage(page);
    if (covered > 0.5) hidden.push(`${press + 1}: ${name} ${Math.round(covered * 100)}%`);
  }
  return hidden;
};

const invisibleColor = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);

/** Every checkbox in the page's elements whose own box shows no boundary (border or native look). */
const boundlessCheckboxes = (page: Page) =>
  page.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (let index = 0; index < roots.length; index++)
      for (const node of roots[index]!.querySelectorAll('*')) if (node.shadowRoot) roots.push(node.shadowRoot);
    const found: string[] = [];
    for (const box of roots.flatMap((root) => [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')])) {
      if (!box.getClientRects().length) continue;
      const style = getComputedStyle(box);
      if (style.appearance !== 'none') continue;
      const border = parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none';
      const color = style.borderTopColor;
      if (!border || color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color))
        found.push(`${box.id || box.name}: ${style.borderTopStyle} ${style.borderTopWidth} ${color}`);
    }
    return found;
  });

/**
 * The share of a box's pixels whose lightness differs by more than a fifth between two
 * screenshots of it (decoded in the page): 0 (the same to a viewer without hue) to 1.
 */
const lightnessChange = (page: Page, before: Buffer, after: Buffer) =>
  page.evaluate(
    async ([first, second]) => {
      const pixels = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height).data;
      };
      const [a, b] = await Promise.all([pixels(first!), pixels(second!)]);
      const luma = (data: Uint8ClampedArray, index: number) =>
        0.2126 * data[index]! + 0.7152 * data[index + 1]! + 0.0722 * data[index + 2]!;
      let changed = 0;
      for (let index = 0; index < a.length; index += 4) if (Math.abs(luma(a, index) - luma(b, index)) > 51) changed++;
      return changed / (a.length / 4);
    },
    [before.toString('base64'), after.toString('base64')],
  );

describe('forced colours', () => {
  for (const demoPage of pagesNamed(
    'signup',
    'cookies-opt-in',
    'cookies-settings',
    'policy',
    'footer-dialog',
    'account',
  ))
    it(`${demoPage.name}: every Tab stop draws a visible outline`, async () => {
      const context = await browser.newContext({ forcedColors: 'active', viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await openDemoPage(page, demo.base, demoPage);
      const missing: string[] = [];
      let stops = 0;
      for (let press = 0; press < 30; press++) {
        await page.keyboard.press('Tab');
        await afterFrames(page);
        const outline = await focusedOutline(page);
        if (!outline) continue;
        stops++;
        if (outline.style === 'none' || !(outline.width > 0) || invisibleColor(outline.color))
          missing.push(`${press + 1}: ${outline.name} ${outline.style} ${outline.width}px ${outline.color}`);
      }
      expect(stops).toBeGreaterThan(3);
      expect(missing).toEqual([]);
      expect(await boundlessCheckboxes(page)).toEqual([]);
      await context.close();
    }, 60_000);

  it('signup: a checked box differs from an unchecked one in lightness; [필수]/[선택] stay text', async () => {
    const context = await browser.newContext({ forcedColors: 'active', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await openDemoPage(page, demo.base, pagesNamed('signup')[0]!);
    const tags = await page.locator('privacy-consent .tag').allTextContents();
    expect(tags.length).toBeGreaterThan(2);
    for (const tag of tags) expect(tag).toMatch(/^\[(필수|선택)\]$/);
    expect(await page.locator('privacy-consent .tag').first().isVisible()).toBe(true);
    const box = page.locator('privacy-consent .item .box').first();
    const unchecked = await box.screenshot();
    await box.locator('input').check();
    await page.mouse.move(0, 0);
    await afterFrames(page);
    const checked = await box.screenshot();
    expect(await lightnessChange(page, unchecked, checked)).toBeGreaterThan(0.25);
    await context.close();
  });
});

describe('200 % zoom (a 640×400 viewport)', () => {
  for (const demoPage of DEMO_PAGES)
    it(`${demoPage.name}: nothing scrolls sideways, panels open`, async () => {
      const page = await browser.newPage({ viewport: { width: 640, height: 400 } });
      await openDemoPage(page, demo.base, demoPage);
      expect(await sidewaysOverflow(page), 'loaded').toEqual([]);
      await openPanels(page);
      expect(await sidewaysOverflow(page), 'panels open').toEqual([]);
      await page.close();
    });

  for (const demoPage of pagesNamed('cookies-notice', 'cookies-opt-in', 'footer-dialog', 'policy', 'signup'))
    it(`${demoPage.name}: no Tab stop more than half covered`, async () => {
      const page = await browser.newPage({ viewport: { width: 640, height: 400 } });
      await openDemoPage(page, demo.base, demoPage);
      expect(await tabStopsCovered(page)).toEqual([]);
      await page.close();
    }, 60_000);
});

describe('a banner at the top', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 320, height: 568 },
    { width: 640, height: 400 },
  ])
    for (const demoPage of pagesNamed('cookies-notice', 'cookies-opt-in'))
      it(`${demoPage.name} at ${viewport.width}×${viewport.height}: no Tab stop more than half covered`, async () => {
        const page = await browser.newPage({ viewport });
        await openDemoPage(page, demo.base, demoPage);
        await page.evaluate(async () => {
          const notice = document.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(
            'privacy-cookie-notice',
          )!;
          notice.setAttribute('position', 'top');
          await notice.updateComplete;
          (document.activeElement as HTMLElement | null)?.blur();
        });
        expect(
          await page
            .locator('privacy-cookie-notice [part=banner]')
            .evaluate((banner) => banner.getBoundingClientRect().top),
        ).toBeLessThan(viewport.height / 4);
        expect(await tabStopsCovered(page)).toEqual([]);
        await page.close();
      }, 60_000);
});
