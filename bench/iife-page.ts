/**
 * What the Chromium benchmarks share: the production script-tag build, one page that loads it
 * from `/bundle.js`, a local server for both, and headless Chromium.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';

export const ROOT = resolve(import.meta.dirname, '..');

export const seedText = (name: string): string => readFileSync(join(ROOT, 'demo/policies', `${name}.json`), 'utf8');

export interface BenchPage {
  readonly url: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Builds the IIFE and serves `page` (which loads `/bundle.js`) to a fresh headless Chromium. */
export const serveIifePage = async (page: string): Promise<BenchPage> => {
  const dir = mkdtempSync(join(tmpdir(), 'privacy-consent-bench-'));
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    mode: 'iife',
    logLevel: 'error',
    build: { outDir: dir, sourcemap: false },
  });
  const script = readFileSync(join(dir, 'privacy-consent.iife.js'));
  rmSync(dir, { recursive: true, force: true });
  const server = createServer((req, res) =>
    req.url === '/bundle.js'
      ? res.writeHead(200, { 'content-type': 'text/javascript' }).end(script)
      : res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page),
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    browser,
    async close() {
      await browser.close();
      server.close();
    },
  };
};

/** `median 50.3 ms, min …, max …` of a list of milliseconds. */
export const summary = (times: readonly number[], digits = 1): string => {
  const sorted = [...times].sort((a, b) => a - b);
  return `median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(digits)} ms, min ${sorted[0]!.toFixed(digits)} ms, max ${sorted.at(-1)!.toFixed(digits)} ms`;
};
