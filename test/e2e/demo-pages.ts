/**
 * The demo's pages as the accessibility e2e tests visit them: each page once loaded (its elements
 * rendered), in a UI language (the elements' `lang`; the demo's own text stays Korean).
 */
import type { Page } from 'playwright-core';

export interface DemoPage {
  readonly name: string;
  readonly path: string;
  /** What shows that the page finished loading. */
  readonly ready: string;
  /** Puts the page in the state under test (a dialog open), after it loaded. */
  readonly open?: (page: Page) => Promise<void>;
}

const openFooterDialog = async (page: Page) => {
  await page.locator('privacy-policy [part=trigger]').first().click();
  await page.locator('privacy-policy dialog[open] .document').first().waitFor();
};

const openCookieSettings = async (page: Page) => {
  await page.locator('privacy-cookie-notice [data-choice=customize]').click();
  await page.locator('privacy-cookie-notice dialog[open]').waitFor();
};

export const DEMO_PAGES: readonly DemoPage[] = [
  { name: 'index', path: '/', ready: '#policy-rows tr:not(:only-child)' },
  { name: 'signup', path: '/signup.html?policy=demo-shop', ready: 'privacy-consent .base' },
  { name: 'shop', path: '/shop.html', ready: 'privacy-consent .base' },
  { name: 'policy', path: '/policy.html?policy=demo-shop', ready: 'privacy-policy .document' },
  { name: 'footer', path: '/footer.html', ready: 'privacy-policy [part=trigger]' },
  { name: 'cookies-notice', path: '/cookies.html?policy=smartro', ready: 'privacy-cookie-notice [part=banner]' },
  { name: 'cookies-opt-in', path: '/cookies.html?policy=demo-shop', ready: 'privacy-cookie-notice [part=banner]' },
  // Its own banner (with its spacer), not the prerendered one it replaces.
  { name: 'cookies-prerendered', path: '/cookies-prerendered.html', ready: 'privacy-cookie-notice .reserve' },
  { name: 'receipts', path: '/receipts.html', ready: '#receipt-rows tr' },
  { name: 'account', path: '/account.html', ready: 'privacy-consent .manage' },
  { name: 'footer-dialog', path: '/footer.html', ready: 'privacy-policy [part=trigger]', open: openFooterDialog },
  {
    name: 'cookies-settings',
    path: '/cookies.html?policy=demo-shop',
    ready: 'privacy-cookie-notice [part=banner]',
    open: openCookieSettings,
  },
];

type Localized = HTMLElement & { localize?: { catalogLang: string }; updateComplete: Promise<unknown> };

/**
 * Opens a demo page and waits for it. `lang: 'en'` serves the page with `<html lang="en">`, so
 * the elements speak English from the start (the demo's own text stays Korean).
 */
export const openDemoPage = async (page: Page, base: string, demo: DemoPage, lang: 'ko' | 'en' = 'ko') => {
  await page.unroute('**/*');
  if (lang === 'en') {
    await page.route('**/*', async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const response = await route.fetch();
      const body = (await response.text()).replace('<html lang="ko">', '<html lang="en">');
      await route.fulfill({ response, body });
    });
  }
  await page.goto(`${base}${demo.path}`);
  await page.locator(demo.ready).first().waitFor({ state: 'attached' });
  // Every element's catalog is the page's language, and it rendered with it.
  await page.waitForFunction(
    (wanted) =>
      [...document.querySelectorAll<Localized>('privacy-consent, privacy-policy, privacy-cookie-notice')].every(
        (element) => element.localize?.catalogLang === wanted,
      ),
    lang,
  );
  await demo.open?.(page);
  await page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll<Localized>('privacy-consent, privacy-policy, privacy-cookie-notice')].map(
        (element) => element.updateComplete,
      ),
    ),
  );
};
