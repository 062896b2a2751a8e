/**
 * Typed tables never scroll sideways (WCAG 1.4.10, issue 14 item 3): at every width of the
 * viewer from 320 to 1280 px, in both UI languages and with the text-spacing override (1.4.12),
 * no table wrapper is wider inside than out, in the page and in the footer dialog. (Generic
 * tables scroll inside a named region with a Tab stop; they are left out here.)
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/privacy-policy.js';
import type { PrivacyPolicyElement } from '../../src/privacy-policy.js';
import { $, $$, mount, settled } from './helpers.js';

// Every seed policy with a typed table of more than six columns (the card layout's second
// breakpoint).
const SEEDS = ['example-travel', 'demo-shop', 'example-portal', 'example-public'];

// Every 32 px, and close either side of the card layout's breakpoints (36rem and 48rem), where
// a table has just stopped being cards and has the least room.
const BREAKPOINTS = [576, 768];
const WIDTHS = [
  ...new Set([
    ...Array.from({ length: (1280 - 320) / 32 + 1 }, (_, index) => 320 + index * 32),
    ...BREAKPOINTS.flatMap((width) => [width - 8, width + 8, width + 16, width + 24]),
  ]),
].sort((a, b) => a - b);

const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }`;

const applyTextSpacing = (el: PrivacyPolicyElement) => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING);
  el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
};

/** Sizes the viewer (through `resize`) to each width and lists the typed-table wrappers that scroll sideways. */
const overflowAcrossWidths = (el: PrivacyPolicyElement, resize: (width: number) => void) => {
  const found: string[] = [];
  for (const width of WIDTHS) {
    // Reading the sizes lays the page out at the new width (container queries included).
    resize(width);
    for (const wrap of $$(el, '.table-wrap:not(.scroll)'))
      if (wrap.scrollWidth > wrap.clientWidth + 1)
        found.push(`${width} px: ${wrap.dataset.block} ${wrap.scrollWidth} > ${wrap.clientWidth}`);
  }
  return found;
};

describe('typed tables fit every width from 320 to 1280 px', function () {
  this.timeout(60_000);

  for (const seed of SEEDS)
    for (const lang of ['ko', 'en']) {
      it(`${seed}, ${lang} UI, in the page`, async () => {
        const el = await mount('privacy-policy', `lang="${lang}" src="/demo/policies/${seed}.json"`);
        await settled(el, '.document');
        await waitUntil(() => $(el, '.table-wrap td'), 'tables rendered');
        applyTextSpacing(el);
        const host = el.parentElement!;
        expect(overflowAcrossWidths(el, (width) => (host.style.inlineSize = `${width}px`))).to.deep.equal([]);
      });
    }

  for (const lang of ['ko', 'en'])
    it(`example-travel, ${lang} UI, in the footer dialog`, async () => {
      const el = await mount('privacy-policy', `dialog lang="${lang}" src="/demo/policies/example-travel.json"`);
      await el.updateComplete;
      el.show();
      await settled(el, 'dialog[open] .document');
      await waitUntil(() => $(el, '.table-wrap td'), 'tables rendered');
      applyTextSpacing(el);
      const style = document.createElement('style');
      document.head.append(style);
      try {
        const found = overflowAcrossWidths(el, (width) => {
          style.textContent = `privacy-policy::part(dialog) { inline-size: ${width}px; max-inline-size: none; }`;
        });
        expect(found).to.deep.equal([]);
      } finally {
        style.remove();
        el.close();
      }
    });
});
