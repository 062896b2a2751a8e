/**
 * The script-tag build (`dist/privacy-consent.iife.js`) on a page with a strict Content Security
 * Policy: nonces for scripts, nothing inline or eval'd, and Trusted Types enforced with only
 * Lit's `lit-html` policy allowed. All three elements render from inline policies, the consent
 * form and the cookie banner post their records, and the gated external script, inline script and
 * iframe run once analytics is accepted, without a single CSP violation or console error.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedText } from '../node/seeds.js';
import { contentType, distFile, ensureDistBuilt, launchChromium, UUID_V4, requestBody } from './built-dist.js';

interface Violation {
  readonly directive: string;
  readonly blocked: string;
  readonly sample: string;
  readonly source: string;
}

const csp = (nonce: string) =>
  [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');

/** `probe`: with one inline script that lacks the nonce (it must not run). */
const page = (nonce: string, probe = false) => `<!doctype html>
<html lang="ko">
<head>
  <meta charset="utf-8">
  <title>strict CSP</title>
  <script nonce="${nonce}">
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        source: event.sourceFile + ':' + event.lineNumber,
      });
    });
  </script>
  <script src="/dist/privacy-consent.iife.js" nonce="${nonce}"></script>
</head>
<body>
  <h1>회원가입</h1>
  <privacy-consent endpoint="/api/consent"><script type="application/json">${seedText('qsolution')}</script></privacy-consent>
  <privacy-policy id="viewer"><script type="application/json">${seedText('smartro')}</script></privacy-policy>
  <footer>
    <privacy-policy id="footer" dialog><script type="application/json">${seedText('smartro')}</script></privacy-policy>
  </footer>
  <privacy-cookie-notice mode="opt-in" endpoint="/api/consent"><script type="application/json">${seedText('demo-shop')}</script></privacy-cookie-notice>
  <script type="text/plain" data-privacy-category="analytics" src="/gated.js"></script>
  <script type="text/plain" data-privacy-category="analytics" nonce="${nonce}">window.__gatedInline = true;</script>
  <iframe data-privacy-category="analytics" data-src="/frame.html" title="analytics frame"></iframe>
  ${probe ? '<script>window.__unnonced = true;</script>' : ''}
</body>
</html>`;

let server: Server;
let browser: Browser;
let base: string;
/** Records POSTed to /api/consent, in arrival order. */
const posts: { recordId: string; method: string; items: { id: string; granted: boolean }[] }[] = [];
/** Every path requested, in arrival order. */
const requested: string[] = [];

beforeAll(async () => {
  ensureDistBuilt();
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    requested.push(path);
    if (path === '/') {
      const nonce = randomBytes(16).toString('base64');
      return void res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp(nonce) })
        .end(page(nonce, url.searchParams.has('probe')));
    }
    if (path === '/api/consent' && req.method === 'POST')
      return void requestBody(req).then((text) => {
        const record = JSON.parse(text) as (typeof posts)[number];
        posts.push(record);
        res
          .writeHead(201, { 'content-type': 'application/json' })
          .end(JSON.stringify({ recordId: record.recordId, receivedAt: new Date().toISOString(), status: 'stored' }));
      });
    if (path === '/gated.js')
      return void res.writeHead(200, { 'content-type': 'text/javascript' }).end('window.__gatedExternal = true;');
    if (path === '/frame.html')
      return void res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!doctype html><title>analytics</title><p id="frame-ok">analytics frame loaded</p>');
    if (path.startsWith('/dist/')) {
      const file = distFile(path.slice('/dist/'.length));
      if (file) return void res.writeHead(200, { 'content-type': contentType(path) }).end(file);
    }
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);

/** What the page ran and refused, for a failure message. */
const explain = async (page: Page, errors: readonly string[]): Promise<string> =>
  JSON.stringify(
    {
      gated: await page
        .evaluate(() => {
          const win = window as unknown as Record<string, unknown>;
          return {
            external: win.__gatedExternal,
            inline: win.__gatedInline,
            scripts: [...document.querySelectorAll('body > script:not([type="application/json"])')].map(
              (script) => script.outerHTML,
            ),
            iframe: document.querySelector('iframe')?.outerHTML,
          };
        })
        .catch(String),
      violations: await violations(page).catch(String),
      errors,
      requested,
      posted: posts.map(({ recordId, method }) => ({ recordId, method })),
    },
    null,
    2,
  );

const gated = (page: Page) =>
  page.evaluate(() => {
    const win = window as unknown as Record<string, unknown>;
    return { external: win.__gatedExternal, inline: win.__gatedInline };
  });

const flow = async (page: Page, errors: readonly string[]): Promise<void> => {
  const response = await page.goto(base);
  expect(response?.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");

  // Every element renders.
  const consent = page.locator('privacy-consent');
  await consent.locator('li.item').first().waitFor();
  expect(await consent.locator('li.item').count()).toBe(4);
  await page.locator('#viewer [part=document]').waitFor();
  expect(await page.locator('#viewer section[part=section]').count()).toBe(13);
  const banner = page.locator('privacy-cookie-notice [part=banner]');
  await banner.waitFor();
  // Nothing gated has run or loaded before the choice.
  expect(await gated(page)).toEqual({ external: undefined, inline: undefined });
  expect(await page.locator('iframe').getAttribute('src')).toBeNull();
  expect(requested).not.toContain('/gated.js');
  expect(requested).not.toContain('/frame.html');

  // The consent form: the required item, its own submit button (no form around it), the receipt.
  await consent.locator('#item-collect-required').check();
  await consent.locator('[part=submit]').click();
  await consent.locator('[part=receipt]').waitFor();
  const recordId = await page.evaluate(
    () => (document.querySelector('privacy-consent') as HTMLElement & { record: { recordId: string } }).record.recordId,
  );
  expect(recordId).toMatch(UUID_V4);
  expect(posts.map(({ recordId, method }) => ({ recordId, method }))).toEqual([{ recordId, method: 'web_form' }]);

  // The footer dialog opens with the whole policy, and closes.
  const footer = page.locator('#footer');
  await footer.locator('[part=trigger]').click();
  await footer.locator('[part=dialog] section[part=section]').first().waitFor();
  expect(await footer.locator('[part=dialog] section[part=section]').count()).toBe(13);
  await footer.locator('[part=close]').click();
  await footer.locator('[part=dialog]').waitFor({ state: 'hidden' });

  // Accept all: the banner goes; the iframe loads, the gated external and inline scripts run.
  await banner.locator('[data-choice=accept]').click();
  await banner.waitFor({ state: 'detached' });
  const frame = page.frameLocator('iframe[title="analytics frame"]');
  expect(await frame.locator('#frame-ok').textContent()).toBe('analytics frame loaded');
  await expect.poll(() => gated(page), { timeout: 10_000 }).toEqual({ external: true, inline: true });
  expect(requested).toContain('/gated.js');
  await expect.poll(() => posts.length, { timeout: 10_000 }).toBe(2);
  expect(posts[1]).toMatchObject({ method: 'cookie_notice', recordId: expect.stringMatching(UUID_V4) });
  expect(posts[1]!.items.find((item) => item.id === 'analytics')).toMatchObject({ granted: true });

  // Not a single violation, page error or console error.
  expect(await violations(page)).toEqual([]);
  expect(errors).toEqual([]);

  // And the policy really is enforced on this page: an HTML sink without a TrustedHTML and a
  // string eval are refused, and the listener that reported nothing above reports these.
  expect(
    await page.evaluate(() => {
      try {
        document.body.innerHTML = '<b>x</b>';
        return 'allowed';
      } catch {
        return 'blocked';
      }
    }),
  ).toBe('blocked');
  // From a page task: code evaluated by the DevTools protocol itself may eval.
  expect(
    await page.evaluate(
      () =>
        new Promise<string>((resolve) =>
          setTimeout(() => {
            try {
              resolve((0, eval)('"allowed"') as string);
            } catch {
              resolve('blocked');
            }
          }),
        ),
    ),
  ).toBe('blocked');
  await expect
    .poll(async () => (await violations(page)).map((violation) => `${violation.directive} ${violation.sample}`), {
      timeout: 5000,
    })
    .toEqual(['require-trusted-types-for Element innerHTML|<b>x</b>', 'require-trusted-types-for eval|"allowed"']);

  // And an inline script without the nonce is refused on the same page (the probe variant).
  await page.goto(`${base}/?probe`);
  await page.locator('privacy-consent li.item').first().waitFor();
  expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).__unnonced)).toBeUndefined();
  await expect
    .poll(async () => (await violations(page)).map((violation) => `${violation.directive} ${violation.blocked}`))
    .toEqual(['script-src-elem inline']);
};

it('renders, submits, gates and posts under a strict CSP with Trusted Types, with no violation', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico'))
      errors.push(`console: ${message.text()}`);
  });
  try {
    await flow(page, errors);
  } catch (error) {
    (error as Error).message += `\n${await explain(page, errors)}`;
    throw error;
  } finally {
    await context.close();
  }
}, 45_000);
