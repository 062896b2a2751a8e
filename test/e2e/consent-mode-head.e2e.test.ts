/**
 * The Consent Mode head script inlined byte for byte, as docs/consent-mode.md says, in a real page
 * before Google's gtag snippet: the consent default is queued first (from the stored choice), a
 * strict CSP allowing only the documented hash runs it, and under that CSP it keeps a prerendered
 * banner hidden for a returning visitor.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, ROOT } from './built-dist.js';

const HEAD = readFileSync(`${ROOT}/src/consent-mode-head.js`, 'utf8');
const DOCUMENTED_HASH = /'(sha256-[A-Za-z0-9+/]{43}=)'/.exec(readFileSync(`${ROOT}/docs/consent-mode.md`, 'utf8'))![1]!;

// Google's snippet as its docs give it; its loader is not fetched here (the route answers 404):
// the order of the queued commands is what gtag.js acts on.
const GTAG_SNIPPET = `<script async src="/gtag/js?id=G-TEST123"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-TEST123');
</script>`;

// What `privacy-consent cookies --html` prints, in short: the banner in a declarative shadow root.
const PRERENDERED_NOTICE = `<privacy-cookie-notice><template shadowrootmode="open"><div part="banner">쿠키 배너</div></template></privacy-cookie-notice>`;

const pages: Record<string, { html: string; body?: string; csp?: string }> = {
  '/gtag': { html: `<script data-cookie-name="visit">${HEAD}</script>${GTAG_SNIPPET}` },
  // Only the head script's hash: the second inline script must not run.
  '/csp': {
    html: `<script>${HEAD}</script><script>window.unhashedRan = true;</script>`,
    csp: `script-src '${DOCUMENTED_HASH}'`,
  },
  // No style may be inline either: the hiding rule is a constructed stylesheet, which style-src does not cover.
  '/banner': {
    html: `<script data-cookie-name="visit">${HEAD}</script>`,
    body: PRERENDERED_NOTICE,
    csp: `script-src '${DOCUMENTED_HASH}'; style-src 'none'`,
  },
};

let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  server = createServer((request, response) => {
    const page = pages[new URL(request.url!, 'http://x').pathname];
    if (!page) return response.writeHead(404).end();
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      ...(page.csp ? { 'content-security-policy': page.csp } : {}),
    });
    response.end(`<!doctype html><html><head>${page.html}</head><body>${page.body ?? ''}</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Reads a page, opened fresh with the stored choice `cookie` (if any) set for it. */
const readPage = async <T>(path: string, cookie: object | undefined, read: () => T): Promise<T> => {
  const context = await browser.newContext();
  try {
    if (cookie)
      await context.addCookies([{ name: 'visit', value: encodeURIComponent(JSON.stringify(cookie)), url: origin }]);
    const page = await context.newPage();
    await page.goto(`${origin}${path}`);
    return await page.evaluate(read);
  } finally {
    await context.close();
  }
};

const dataLayerOf = (path: string, cookie?: object) =>
  readPage(path, cookie, () => ({
    calls: ((window as unknown as { dataLayer?: IArguments[] }).dataLayer ?? []).map((args) =>
      JSON.parse(JSON.stringify([...args])),
    ) as unknown[][],
    unhashedRan: (window as unknown as { unhashedRan?: boolean }).unhashedRan === true,
  }));

describe('the Consent Mode head script in a page', () => {
  it('queues the consent default before the gtag snippet’s js and config: all denied on a first visit', async () => {
    const { calls } = await dataLayerOf('/gtag');
    expect(calls.map((call) => call[0])).toEqual(['consent', 'js', 'config']);
    expect(calls[0]!.slice(0, 2)).toEqual(['consent', 'default']);
    expect(calls[0]![2]).toMatchObject({
      ad_storage: 'denied',
      analytics_storage: 'denied',
      security_storage: 'granted',
      wait_for_update: 500,
    });
  });

  it('grants what a returning visitor’s stored choice allowed, still before config', async () => {
    const choice = {
      v: 1,
      f: 'x',
      c: { analytics: true },
      d: new Date().toISOString(),
      r: 'r',
      g: 'analytics_storage',
    };
    const { calls } = await dataLayerOf('/gtag', choice);
    expect(calls.map((call) => call[0])).toEqual(['consent', 'js', 'config']);
    expect(calls[0]![2]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied' });
    expect(calls[0]![2]).not.toHaveProperty('wait_for_update');
  });

  it('runs under a CSP that allows only the hash documented in docs/consent-mode.md', async () => {
    const { calls, unhashedRan } = await dataLayerOf('/csp');
    expect(unhashedRan, 'the CSP is enforced').toBe(false);
    expect(calls.map((call) => call.slice(0, 2))).toEqual([['consent', 'default']]);
  });
});

const bannerOf = (cookie?: object) =>
  readPage('/banner', cookie, () => {
    const notice = document.querySelector('privacy-cookie-notice')!;
    return {
      display: getComputedStyle(notice).display,
      height: notice.getBoundingClientRect().height,
      prerendered: notice.shadowRoot?.querySelector('[part=banner]') != null,
    };
  });

describe('the head script and a prerendered banner, under a CSP with no inline style', () => {
  it('leaves the banner painted on a first visit', async () => {
    const { display, height, prerendered } = await bannerOf();
    expect(prerendered, 'the declarative shadow root was parsed').toBe(true);
    expect(display).not.toBe('none');
    expect(height).toBeGreaterThan(0);
  });

  it('keeps it hidden for a returning visitor, before the element is defined', async () => {
    const { display, height } = await bannerOf({ v: 1, f: 'x', c: {}, d: new Date().toISOString(), r: 'r', g: '' });
    expect(display).toBe('none');
    expect(height).toBe(0);
  });
});
