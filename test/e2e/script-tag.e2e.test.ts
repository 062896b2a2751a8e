/**
 * The production script-tag builds (`privacy-consent.iife.js`, and `privacy-cookie-notice.iife.js`
 * with the cookie notice alone), loaded the way a host page without a bundler would: a classic
 * script in <head>, the policy inline in the page. The element upgrades while the parser is still
 * creating it, before its JSON child exists.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedText } from '../node/seeds.js';

let dir: string;
let server: Server;
let browser: Browser;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'privacy-consent-iife-'));
  await build({
    configFile: 'vite.config.ts',
    mode: 'iife',
    logLevel: 'error',
    build: { outDir: dir, emptyOutDir: true, sourcemap: false },
  });
  await build({
    configFile: 'vite.config.ts',
    mode: 'iife-cookie-notice',
    logLevel: 'error',
    build: { outDir: dir, emptyOutDir: false, sourcemap: false },
  });
  const cookiePage = `<!doctype html><html lang="ko"><head><meta charset="utf-8">
    <script src="/privacy-cookie-notice.iife.js"></script></head>
    <body><main><h1>상점</h1><a href="#top">맨 위로</a></main>
    <privacy-cookie-notice><script type="application/json">${seedText('demo-shop')}</script></privacy-cookie-notice>
    </body></html>`;
  const policy = seedText('qsolution');
  // A big inline policy, flushed in small chunks so the parser sees it in pieces.
  const page = `<!doctype html><html lang="ko"><head><meta charset="utf-8">
    <script src="/privacy-consent.iife.js"></script></head>
    <body><h1>회원가입</h1><privacy-consent><script type="application/json">${policy}</script></privacy-consent></body></html>`;
  server = createServer(async (req, res) => {
    if (req.url === '/privacy-consent.iife.js' || req.url === '/privacy-cookie-notice.iife.js')
      return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(dir, req.url)));
    if (req.url === '/cookies')
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(cookiePage);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    for (let i = 0; i < page.length; i += 2048) {
      res.write(page.slice(i, i + 2048));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('renders an inline policy, submits, and exposes the API as window.PrivacyConsent', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(base);
  const consent = page.locator('privacy-consent');
  await consent.locator('.base').waitFor();
  expect(await consent.locator('li.item > .check label').allInnerTexts()).toEqual([
    '[필수] 개인정보 수집·이용 동의',
    '[선택] 개인정보 수집·이용 동의',
    '[선택] 마케팅 활용 동의',
    '[선택] 광고성 정보 수신 동의',
  ]);
  await consent.locator('#item-collect-required').check();
  await consent.locator('[part=submit]').click();
  await consent.locator('[part=receipt]').waitFor();
  expect(
    await page.evaluate(
      () => typeof (window as unknown as { PrivacyConsent: { validatePolicy: unknown } }).PrivacyConsent.validatePolicy,
    ),
  ).toBe('function');
  expect(errors).toEqual([]);
  await page.close();
}, 30_000);

it('registers <privacy-policy> too, and renders a policy', async () => {
  const page = await browser.newPage();
  await page.goto(base);
  await page.evaluate((json) => {
    const viewer = document.createElement('privacy-policy') as HTMLElement & { policy: unknown };
    viewer.policy = JSON.parse(json);
    document.body.append(viewer);
  }, seedText('smartro'));
  await page.locator('privacy-policy section[part=section]').first().waitFor();
  expect(await page.locator('privacy-policy section[part=section]').count()).toBe(13);
  await page.close();
}, 30_000);

it('the cookie-notice file alone shows the banner, opens the settings, stores a choice and registers nothing else', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const scripts: string[] = [];
  page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
  await page.goto(`${base}/cookies`);
  const notice = page.locator('privacy-cookie-notice');
  await notice.locator('[part=banner]').waitFor();
  await notice.locator('[part~=settings], button:has-text("설정")').first().click();
  await notice.locator('dialog[open]').waitFor();
  await notice.locator('dialog[open] button:has-text("선택 저장")').click();
  await notice.locator('[part=banner]').waitFor({ state: 'detached' });
  expect(await page.evaluate(() => document.cookie)).not.toBe('');
  expect(
    await page.evaluate(() =>
      ['privacy-consent', 'privacy-policy'].map((tag) => customElements.get(tag) === undefined),
    ),
  ).toEqual([true, true]);
  // A script-tag file cannot load chunks: nothing but the page and the script was requested.
  expect(scripts.filter((path) => path !== '/cookies' && path !== '/privacy-cookie-notice.iife.js')).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
}, 60_000);
