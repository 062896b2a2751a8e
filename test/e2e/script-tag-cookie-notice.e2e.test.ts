/**
 * The cookie-notice-only script-tag build (`privacy-cookie-notice.iife.js`), loaded as a host
 * page without a bundler would: a classic script in <head> and the policy inline. A script-tag
 * file cannot load chunks, so everything the notice loads on demand must be inside it: the
 * banner, then the settings dialog, then the stored choice, with no error on the way.
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

const FILE = 'privacy-cookie-notice.iife.js';
let dir: string;
let server: Server;
let browser: Browser;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'privacy-cookie-notice-iife-'));
  await build({
    configFile: 'vite.config.ts',
    mode: 'iife-cookie-notice',
    logLevel: 'error',
    build: { outDir: dir, emptyOutDir: true, sourcemap: false },
  });
  const page = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><script src="/${FILE}"></script></head>
    <body><main><h1>상점</h1><a href="#top">맨 위로</a></main>
    <privacy-cookie-notice><script type="application/json">${seedText('demo-shop')}</script></privacy-cookie-notice>
    </body></html>`;
  server = createServer((req, res) => {
    if (req.url === `/${FILE}`)
      return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(dir, FILE)));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
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

it('shows the banner, opens the settings, stores a choice and registers nothing else', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const scripts: string[] = [];
  page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
  await page.goto(base);
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
  // One file: nothing but the page and the script was requested.
  expect(scripts.filter((path) => path !== '/' && path !== `/${FILE}`)).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
}, 60_000);
