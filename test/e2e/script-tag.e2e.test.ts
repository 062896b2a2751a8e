/**
 * The production script-tag build (`privacy-consent.iife.js`), loaded the way a host page
 * without a bundler would: a classic script in <head>, the policy inline in the page. The
 * element upgrades while the parser is still creating it, before its JSON child exists.
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
  const policy = seedText('qsolution');
  // A big inline policy, flushed in small chunks so the parser sees it in pieces.
  const page = `<!doctype html><html lang="ko"><head><meta charset="utf-8">
    <script src="/privacy-consent.iife.js"></script></head>
    <body><h1>회원가입</h1><privacy-consent><script type="application/json">${policy}</script></privacy-consent></body></html>`;
  server = createServer(async (req, res) => {
    if (req.url === '/privacy-consent.iife.js')
      return void res
        .writeHead(200, { 'content-type': 'text/javascript' })
        .end(readFileSync(join(dir, 'privacy-consent.iife.js')));
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
