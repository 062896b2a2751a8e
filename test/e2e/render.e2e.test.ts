/**
 * The static page from `privacy-consent render` in Chromium: with scripts disabled every section
 * is on screen, and axe finds no violation (run with scripts enabled in a second context, the
 * page's CSP bypassed so axe can be injected).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderStaticPage } from '../../src/render/static-page.js';
import { resolveText } from '../../src/policy/text.js';
import type { PrivacyPolicy } from '../../src/policy/types.js';
import { everyBlockPolicy } from '../fixtures/every-block-policy.js';
import { SEED_NAMES } from '../fixtures/seed-expectations.js';
import { seedPolicy } from '../node/seeds.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
}, 60_000);
afterAll(() => browser?.close());

const policies: [string, () => PrivacyPolicy][] = [
  ...SEED_NAMES.map((name): [string, () => PrivacyPolicy] => [name, () => seedPolicy(name)]),
  ['every-block', everyBlockPolicy],
];

describe('privacy-consent render in Chromium', () => {
  it.each(policies)('%s: every section shows with scripts disabled', async (_name, policy) => {
    const document = policy();
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.setContent(await renderStaticPage(document));
    for (const section of document.sections) {
      const heading = page.locator(`#h-${section.id}`);
      await expect.poll(() => heading.isVisible()).toBe(true);
      expect(await heading.innerText()).toContain(resolveText(section.title, 'ko'));
    }
    await context.close();
  });

  it.each(policies)('%s: axe finds no violation', async (_name, policy) => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.setContent(await renderStaticPage(policy()));
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const result = await (
        window as unknown as {
          axe: { run: () => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
        }
      ).axe.run();
      return result.violations.map(
        (violation) => `${violation.id}: ${JSON.stringify(violation.nodes.slice(0, 3).map((node) => node.target))}`,
      );
    });
    expect(violations).toEqual([]);
    await context.close();
  });
});
