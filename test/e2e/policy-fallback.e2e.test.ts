/**
 * `<privacy-policy>` with the light-DOM fallback from `privacy-consent render --fragment`, in
 * Chromium: with scripts disabled the fallback's every section is on screen (and the inline JSON
 * is not); with the built script-tag file the element renders and its accessibility tree is the
 * same as without the fallback, so a screen reader does not read the policy twice.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderFallbackFragment } from '../../src/render/fragment.js';
import { resolveText } from '../../src/policy/text.js';
import { everyBlockPolicy } from '../fixtures/every-block-policy.js';
import { seedPolicy } from '../node/seeds.js';
import { distFile, ensureDistBuilt, launchChromium } from './built-dist.js';

let browser: Browser;
beforeAll(async () => {
  ensureDistBuilt();
  browser = await launchChromium();
}, 300_000);
afterAll(() => browser?.close());

const policies = [
  ['every-block', everyBlockPolicy()],
  ['sellmate', seedPolicy('sellmate')],
] as const;

const hostPage = (children: string): string => `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><title>Shop</title></head>
<body><main><h1>Shop</h1><privacy-policy>${children}</privacy-policy></main></body></html>`;

const inline = (policy: unknown): string =>
  `<script type="application/json">${JSON.stringify(policy).replace(/</g, '\\u003c')}</script>`;

/** The page with the script-tag file run, once the element has rendered its last section. */
const upgraded = async (page: Page, html: string, lastSection: string): Promise<string> => {
  await page.setContent(html);
  await page.addScriptTag({ content: distFile('privacy-consent.iife.js')!.toString('utf8') });
  await page.waitForFunction(
    (id) => document.querySelector('privacy-policy')?.shadowRoot?.getElementById(`h-${id}`),
    lastSection,
  );
  return page.locator('body').ariaSnapshot();
};

describe('<privacy-policy> light-DOM fallback in Chromium', () => {
  it.each(policies)('%s: with scripts disabled, every section of the fallback shows', async (_name, policy) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.setContent(hostPage(`${await renderFallbackFragment(policy)}${inline(policy)}`));
    for (const section of policy.sections) {
      const heading = page.locator(`#h-${section.id}`);
      await expect.poll(() => heading.isVisible()).toBe(true);
      expect(await heading.innerText()).toContain(resolveText(section.title, 'ko'));
    }
    expect(await page.locator('body').innerText()).not.toContain('"schemaVersion"');
    await context.close();
  });

  it.each(policies)('%s: once upgraded, the accessibility tree is as without the fallback', async (_name, policy) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const last = policy.sections.at(-1)!.id;
    const plain = await upgraded(page, hostPage(inline(policy)), last);
    const withFallback = await upgraded(
      page,
      hostPage(`${await renderFallbackFragment(policy)}${inline(policy)}`),
      last,
    );
    expect(plain).toContain(resolveText(policy.sections[0]!.title, 'ko'));
    expect(withFallback).toBe(plain);
    expect(await page.locator('.privacy-policy-fallback').isVisible()).toBe(false);
    await context.close();
  });
});
