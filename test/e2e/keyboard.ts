/**
 * Keyboard helpers for end-to-end tests: where focus really is (through shadow roots), Tab
 * until a control is focused (counting the presses), and how much of the focused element the
 * cookie banner or a sticky bar covers.
 */
import type { Page } from 'playwright-core';

/** A short description of the focused element, through shadow roots (`body` when none). */
export const focusedDescription = (page: Page): Promise<string> =>
  page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active || active === document.body) return 'body';
    const host = (active.getRootNode() as ShadowRoot).host;
    const name = (active.getAttribute('aria-label') ?? active.textContent ?? '').replace(/\s+/g, ' ').trim();
    return `${host ? `${host.localName} ` : ''}${active.localName}${active.id ? `#${active.id}` : ''} ${name.slice(0, 40)}`;
  });

/** Whether the focused element (through shadow roots) matches `selector`. */
export const focusedMatches = (page: Page, selector: string): Promise<boolean> =>
  page.evaluate((wanted) => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return Boolean(active && active !== document.body && active.matches(wanted));
  }, selector);

/**
 * Presses Tab until the focused element matches `selector`; returns how many presses it took.
 * Throws after `limit` presses, so a path that got longer fails instead of looping.
 */
export const tabTo = async (page: Page, selector: string, limit = 80): Promise<number> => {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await focusedMatches(page, selector)) return presses;
  }
  throw new Error(`${selector} not reached in ${limit} Tab presses (focus: ${await focusedDescription(page)})`);
};
