/**
 * How long `<privacy-policy>` takes to render a policy in headless Chromium, from creating
 * the element to the frame after its first full render (validation, render, layout), with
 * the production script-tag build and the policy given inline (no network).
 *
 *   npx tsx bench/render.ts [seed=smartro] [runs=15]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const [seed = 'smartro', runs = '15'] = process.argv.slice(2);
const policy = readFileSync(join(ROOT, 'demo/policies', `${seed}.json`), 'utf8');

const dir = mkdtempSync(join(tmpdir(), 'privacy-consent-render-'));
await build({
  root: ROOT,
  configFile: join(ROOT, 'vite.config.ts'),
  mode: 'iife',
  logLevel: 'error',
  build: { outDir: dir, sourcemap: false },
});
const script = readFileSync(join(dir, 'privacy-consent.iife.js'));
const page = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><script src="/bundle.js"></script></head><body></body></html>`;
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
  const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  tab.on('pageerror', (error) => console.error('page error:', error));
  await tab.goto(url);
  for (let run = 0; run < Number(runs); run++) {
    times.push(
      await tab.evaluate(async (json) => {
        document.body.replaceChildren();
        const started = performance.now();
        const el = document.createElement('privacy-policy') as HTMLElement & {
          policy: unknown;
          updateComplete: Promise<unknown>;
        };
        el.policy = JSON.parse(json);
        document.body.append(el);
        // Settled: the document is rendered and laid out.
        while (!el.shadowRoot?.querySelector('.document')) await new Promise((done) => setTimeout(done));
        await el.updateComplete;
        el.getBoundingClientRect();
        await new Promise((done) => requestAnimationFrame(done));
        return performance.now() - started;
      }, policy),
    );
  }
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)]!;
console.log(
  `<privacy-policy> ${seed} (${policy.length} chars of JSON), ${runs} runs: median ${median.toFixed(1)} ms, ` +
    `min ${sorted[0]!.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms (first run ${times[0]!.toFixed(1)} ms)`,
);
