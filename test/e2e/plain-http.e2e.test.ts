/**
 * The script-tag build on a plain-http shop (`http://shop.test:<port>/`): not a secure context,
 * so `crypto.randomUUID` (and `crypto.subtle`, Web Locks) are missing. Localhost hides this,
 * because localhost counts as secure; Chromium resolves shop.test to this machine instead, with
 * nothing that marks the origin secure.
 *
 * The consent form still builds a record with a UUID v4 id; it refuses to send it over plain
 * http to a non-local host (`privacy-error` with code `insecure`, no request) unless the page
 * opts in with `allow-insecure-endpoint`. The cookie notice keeps its choice across a reload.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedText } from '../node/seeds.js';
import { contentType, distFile, ensureDistBuilt, launchChromium, UUID_V4, requestBody } from './built-dist.js';

const HOST = 'shop.test';

interface Posted {
  readonly host: string;
  readonly record: { readonly recordId: string; readonly method: string; readonly items: { id: string }[] };
}

interface Heard {
  readonly type: string;
  readonly tag: string;
  readonly code?: string;
  readonly willRetry?: boolean;
  readonly source?: string;
}

/** `?insecure` adds `allow-insecure-endpoint` to both elements. */
const page = (insecure: boolean) => {
  const allow = insecure ? ' allow-insecure-endpoint' : '';
  return `<!doctype html>
<html lang="ko">
<head>
  <meta charset="utf-8">
  <title>plain http shop</title>
  <script>
    window.__heard = [];
    const hear = (event) =>
      window.__heard.push({
        type: event.type,
        tag: event.target.localName ?? 'window',
        code: event.detail?.error?.code,
        willRetry: event.detail?.willRetry,
        source: event.detail?.source,
      });
    for (const type of ['privacy-error', 'privacy-submitted', 'privacy-warning']) document.addEventListener(type, hear);
    window.addEventListener('privacy-cookie-change', hear);
  </script>
  <script src="/dist/privacy-consent.iife.js"></script>
</head>
<body>
  <h1>회원가입</h1>
  <privacy-consent endpoint="/api/consent"${allow}><script type="application/json">${seedText('qsolution')}</script></privacy-consent>
  <privacy-cookie-notice mode="opt-in" endpoint="/api/consent"${allow}><script type="application/json">${seedText('demo-shop')}</script></privacy-cookie-notice>
</body>
</html>`;
};

let server: Server;
let browser: Browser;
let base: string;
const posts: Posted[] = [];

beforeAll(async () => {
  ensureDistBuilt();
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/')
      return void res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(page(url.searchParams.has('insecure')));
    if (url.pathname === '/api/consent' && req.method === 'POST')
      return void requestBody(req).then((text) => {
        const record = JSON.parse(text) as Posted['record'];
        posts.push({ host: req.headers.host ?? '', record });
        res
          .writeHead(201, { 'content-type': 'application/json' })
          .end(JSON.stringify({ recordId: record.recordId, receivedAt: new Date().toISOString(), status: 'stored' }));
      });
    if (url.pathname.startsWith('/dist/')) {
      const file = distFile(url.pathname.slice('/dist/'.length));
      if (file) return void res.writeHead(200, { 'content-type': contentType(url.pathname) }).end(file);
    }
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://${HOST}:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium([`--host-resolver-rules=MAP ${HOST} 127.0.0.1`]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Page errors and console errors. */
  readonly errors: string[];
}

const heard = (page: Page) => page.evaluate(() => (window as unknown as { __heard: Heard[] }).__heard);

/**
 * A test in a fresh profile (no cookies, no stored records) whose page collects errors; waits
 * give up after 10 s, and a failure tells what the page heard and which errors it had.
 */
const scenario = (name: string, body: (session: Session) => Promise<void>) =>
  it(name, async () => {
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
      await body({ context, page, errors });
    } catch (error) {
      const events = await heard(page).catch(() => 'unavailable');
      (error as Error).message += `\nheard: ${JSON.stringify(events)}\nerrors: ${JSON.stringify(errors, null, 2)}`;
      throw error;
    } finally {
      await context.close();
    }
  });

/** Posts received since `from`. */
const postsSince = (from: number) => posts.slice(from);

/** Loads the page and checks it really is an insecure context on a non-local host. */
const visit = async (page: Page, insecure: boolean): Promise<void> => {
  await page.goto(`${base}/${insecure ? '?insecure' : ''}`);
  expect(
    await page.evaluate(() => ({
      host: location.hostname,
      protocol: location.protocol,
      secure: window.isSecureContext,
      randomUUID: typeof (crypto as Partial<Crypto>).randomUUID,
    })),
  ).toEqual({ host: HOST, protocol: 'http:', secure: false, randomUUID: 'undefined' });
};

const submitConsent = async (page: Page): Promise<string> => {
  const consent = page.locator('privacy-consent');
  await consent.locator('#item-collect-required').check();
  await consent.locator('[part=submit]').click();
  await page.waitForFunction(() =>
    (window as unknown as { __heard: Heard[] }).__heard.some(
      (entry) =>
        entry.tag === 'privacy-consent' &&
        (entry.type === 'privacy-submitted' || (entry.type === 'privacy-error' && entry.willRetry === false)),
    ),
  );
  return page.evaluate(
    () => (document.querySelector('privacy-consent') as HTMLElement & { record: { recordId: string } }).record.recordId,
  );
};

/** Reloads and waits until the notice has applied the stored choice. */
const reloadWithStoredChoice = async (page: Page): Promise<void> => {
  await page.reload();
  await page.waitForFunction(() =>
    (window as unknown as { __heard: Heard[] }).__heard.some(
      (entry) => entry.type === 'privacy-cookie-change' && entry.source === 'stored',
    ),
  );
};

describe('a plain-http shop (not a secure context)', () => {
  scenario('consent form: a UUID v4 record, refused as insecure without a request', async ({ page, errors }) => {
    const before = posts.length;
    await visit(page, false);
    await page.locator('privacy-consent li.item').first().waitFor();
    const recordId = await submitConsent(page);
    expect(recordId).toMatch(UUID_V4);
    expect((await heard(page)).filter((entry) => entry.tag === 'privacy-consent')).toEqual([
      { type: 'privacy-error', tag: 'privacy-consent', code: 'insecure', willRetry: false },
    ]);
    // The form says it failed and stays editable; nothing reaches the server.
    await page.locator('privacy-consent [part=error]').waitFor();
    await page.waitForTimeout(500);
    expect(postsSince(before)).toEqual([]);
    expect(errors).toEqual([]);
  });

  scenario('consent form: with allow-insecure-endpoint it posts and shows the receipt', async ({ page, errors }) => {
    const before = posts.length;
    await visit(page, true);
    await page.locator('privacy-consent li.item').first().waitFor();
    const recordId = await submitConsent(page);
    expect(recordId).toMatch(UUID_V4);
    await page.locator('privacy-consent [part=receipt]').waitFor();
    expect((await heard(page)).filter((entry) => entry.tag === 'privacy-consent')).toEqual([
      { type: 'privacy-submitted', tag: 'privacy-consent' },
    ]);
    expect(postsSince(before).map(({ host, record }) => ({ host, recordId: record.recordId }))).toEqual([
      { host: new URL(base).host, recordId },
    ]);
    expect(errors).toEqual([]);
  });

  scenario(
    'cookie notice: a refused choice is kept across a reload, and not sent',
    async ({ context, page, errors }) => {
      const before = posts.length;
      await visit(page, false);
      const banner = page.locator('privacy-cookie-notice [part=banner]');
      await banner.locator('[data-choice=reject]').click();
      await banner.waitFor({ state: 'detached' });
      await page.waitForFunction(() =>
        (window as unknown as { __heard: Heard[] }).__heard.some(
          (entry) => entry.tag === 'privacy-cookie-notice' && entry.type === 'privacy-error',
        ),
      );
      expect((await heard(page)).filter((entry) => entry.type === 'privacy-error')).toEqual([
        { type: 'privacy-error', tag: 'privacy-cookie-notice', code: 'insecure', willRetry: false },
      ]);
      expect((await context.cookies()).map((cookie) => cookie.name)).toContain('privacy_consent');

      await reloadWithStoredChoice(page);
      expect(await banner.count()).toBe(0);
      expect(
        await page.evaluate(() =>
          (
            document.querySelector('privacy-cookie-notice') as HTMLElement & { hasConsent(id: string): boolean }
          ).hasConsent('analytics'),
        ),
      ).toBe(false);
      await page.waitForTimeout(500);
      expect(postsSince(before)).toEqual([]);
      expect(errors).toEqual([]);
    },
  );

  scenario(
    'cookie notice: with allow-insecure-endpoint an accepted choice is posted and kept across a reload',
    async ({ context, page, errors }) => {
      const before = posts.length;
      await visit(page, true);
      const banner = page.locator('privacy-cookie-notice [part=banner]');
      await banner.locator('[data-choice=accept]').click();
      await banner.waitFor({ state: 'detached' });
      await expect.poll(() => postsSince(before).length, { timeout: 10_000 }).toBe(1);
      const [{ record }] = postsSince(before) as [Posted];
      expect(record.method).toBe('cookie_notice');
      expect(record.recordId).toMatch(UUID_V4);

      await reloadWithStoredChoice(page);
      expect(await banner.count()).toBe(0);
      expect(
        await page.evaluate(() =>
          (
            document.querySelector('privacy-cookie-notice') as HTMLElement & { hasConsent(id: string): boolean }
          ).hasConsent('analytics'),
        ),
      ).toBe(true);
      // The stored choice names the record that was sent; reloading sends nothing more.
      const cookie = (await context.cookies()).find((entry) => entry.name === 'privacy_consent');
      expect(JSON.parse(decodeURIComponent(cookie!.value))).toMatchObject({ r: record.recordId });
      await page.waitForTimeout(500);
      expect(postsSince(before)).toHaveLength(1);
      expect((await heard(page)).filter((entry) => entry.type === 'privacy-error')).toEqual([]);
      expect(errors).toEqual([]);
    },
  );
});
