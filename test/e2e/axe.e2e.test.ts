/**
 * axe (WCAG 2.2 A and AA rules) on every demo page, in Korean and English, light and dark, at
 * 320 and 1280 px: no violations. Each page is checked as it loads (banners and all).
 */
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type Demo } from './demo-server.js';
import { DEMO_PAGES, openDemoPage } from './demo-pages.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Violation {
  readonly id: string;
  readonly nodes: readonly { readonly target: readonly unknown[] }[];
}

let demo: Demo;
beforeAll(async () => {
  demo = await startDemo();
}, 60_000);
afterAll(() => demo?.stop());

const runAxe = async (page: Page): Promise<Violation[]> => {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(
    (tags) =>
      (
        window as unknown as {
          axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> };
        }
      ).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((results) =>
          results.violations.map(({ id, nodes }) => ({ id, nodes: nodes.map(({ target }) => ({ target })) })),
        ),
    TAGS,
  );
};

const totals: string[] = [];
afterAll(() => console.log(`axe violations (nodes) per page:\n${totals.join('\n')}`));

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [320, 1280]) {
    describe(`axe, ${colorScheme}, ${width} px`, () => {
      let context: BrowserContext;
      let page: Page;
      beforeAll(async () => {
        context = await demo.browser.newContext({ colorScheme, viewport: { width, height: 800 } });
        page = await context.newPage();
      });
      afterAll(() => context?.close());

      for (const demoPage of DEMO_PAGES) {
        for (const lang of ['ko', 'en'] as const) {
          it(`${demoPage.name} (${lang}) has no violations`, async () => {
            await openDemoPage(page, demo.base, demoPage, lang);
            const violations = await runAxe(page);
            const nodes = violations.reduce((sum, violation) => sum + violation.nodes.length, 0);
            totals.push(`${demoPage.name} ${lang} ${colorScheme} ${width}: ${violations.length} (${nodes})`);
            expect(
              violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => JSON.stringify(node.target)).join(' ')}`),
            ).toEqual([]);
          });
        }
      }
    });
  }
}
