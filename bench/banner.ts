/**
 * How soon the cookie banner is on screen: a fresh page load with the production script-tag
 * build in <head> and the policy inline, timed from navigation start to the first frame with
 * the banner laid out (headless Chromium, local server, so network time is near zero).
 *
 *   npx tsx bench/banner.ts [policy=demo-shop] [runs=15]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const [name = 'demo-shop', runs = '15'] = process.argv.slice(2);
const policy = readFileSync(join(ROOT, 'demo/policies', `${name}.json`), 'utf8');

const dir = mkdtempSync(join(tmpdir(), 'privacy-consent-banner-'));
await build({
  root: ROOT,
  configFile: join(ROOT, 'vite.config.ts'),
  mode: 'iife',
  logLevel: 'error',
  build: { outDir: dir, sourcemap: false },
});
const script = readFileSync(join(dir, 'privacy-consent.iife.js'));
const page = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><script src="/bundle.js"></script></head>
<body><h1>페이지</h1><privacy-cookie-notice mode="opt-in"><script type="application/json">${policy}</script></privacy-cookie-notice>
<script>
  const started = performance.now();
  const notice = document.querySelector('privacy-cookie-notice');
  const check = () => {
    const banner = notice.shadowRoot && notice.shadowRoot.querySelector('[part=banner]');
    if (banner && banner.getBoundingClientRect().height > 0) requestAnimationFrame(() => (window.__bannerAt = performance.now()));
    else requestAnimationFrame(check);
  };
  check();
</script></body></html>`;
const server = createServer((req, res) =>
  req.url === '/bundle.js'
    ? res.writeHead(200, { 'content-type': 'text/javascript' }).end(script)
    : res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page),
);
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const times: number[] = [];
try {
  for (let run = 0; run < Number(runs); run++) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(url);
    await tab.waitForFunction(() => (window as { __bannerAt?: number }).__bannerAt !== undefined);
    times.push(await tab.evaluate(() => (window as unknown as { __bannerAt: number }).__bannerAt));
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
const sorted = [...times].sort((a, b) => a - b);
console.log(
  `<privacy-cookie-notice> banner on screen after navigation start (${name}, ${runs} fresh page loads): ` +
    `median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, min ${sorted[0]!.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`,
);
