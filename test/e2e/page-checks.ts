/**
 * Checks the accessibility e2e tests run on a demo page (reflow.e2e, forced-colors-zoom.e2e):
 * what scrolls sideways, how much of the focused element is covered, the text-spacing override.
 */
import type { Page } from 'playwright-core';

/** WCAG 1.4.12's text spacing, into the page and every shadow root. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }`;

export const applyTextSpacing = (page: Page) =>
  page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    const roots: (Document | ShadowRoot)[] = [document];
    for (let index = 0; index < roots.length; index++)
      for (const node of roots[index]!.querySelectorAll('*')) if (node.shadowRoot) roots.push(node.shadowRoot);
    for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }, TEXT_SPACING);

/** Opens every closed disclosure in the page's elements (details, aria-expanded buttons). */
export const openPanels = (page: Page) =>
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
export const sidewaysOverflow = (page: Page) =>
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

/**
 * How much of the focused element (through shadow roots) is covered by a fixed or sticky box
 * that does not contain it, sampled on a 5×5 grid of its visible part: 0 (clear) to 1.
 */
export const focusedCoverage = (page: Page) =>
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

export const afterFrames = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
