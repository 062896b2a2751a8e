/**
 * demo/cookies-prerendered.html as a site's build would write it: in place of two comments, the
 * Consent Mode head script inline and the notice `privacy-consent cookies --html` prints (the
 * demo shop's policy, opt-in), with the attributes a site adds by hand.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { cookieDocument } from '../../src/policy/derive-cookie-document.js';
import { prerenderedBanner } from '../../src/render/cookie-banner.js';
import { loadPolicyFiles } from '../../src/server/index.js';

const HEAD_SCRIPT = '<!-- consent-mode-head.js (demo/server/prerendered-page.ts puts it here, inline) -->';
const NOTICE = '<!-- privacy-consent cookies --html (demo/server/prerendered-page.ts puts it here) -->';
const COOKIE_NAME = 'privacy_consent_prerendered';

const renderPage = async (html: string, root: string): Promise<string> => {
  const [shop] = await loadPolicyFiles([join(root, 'policies/demo-shop.json')]);
  const cookies = cookieDocument(shop!.policy, shop!.hash, { url: '/policy.html?policy=demo-shop' });
  const notice = prerenderedBanner(cookies, {
    mode: 'opt-in',
    policyHref: './policy.html?policy=demo-shop&section=cookies',
  }).html.replace(
    '<privacy-cookie-notice',
    `<privacy-cookie-notice endpoint="/api/consent" consent-mode cookie-name="${COOKIE_NAME}"`,
  );
  const headScript = await readFile(join(root, '../src/consent-mode-head.js'), 'utf8');
  return html
    .replace(HEAD_SCRIPT, `<script data-cookie-name="${COOKIE_NAME}">${headScript}</script>`)
    .replace(NOTICE, notice);
};

/** The Vite plugin: `plugins: [prerenderedPage()]` in the serve config (the demo's root is demo/). */
export const prerenderedPage = (): Plugin => {
  let root = '';
  return {
    name: 'privacy-consent-demo-prerendered-page',
    configResolved: (config) => void (root = config.root),
    transformIndexHtml: (html) => (html.includes(NOTICE) ? renderPage(html, root) : html),
  };
};
