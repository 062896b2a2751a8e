/**
 * What the end-to-end tests of the built package share: `dist/` rebuilt when stale (as
 * test/e2e/package.e2e.test.ts does it), files read from it, and Chromium.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join, normalize, resolve, sep } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');

/** Files whose change makes dist stale. */
const SOURCES = ['src', 'vite.config.ts', 'tsconfig.build.json', 'custom-elements-manifest.config.mjs', 'package.json'];

const newest = (path: string): number => {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
};

/** The script-tag build and every ESM entry that package.json exports from dist/. */
const builtFiles = (): string[] => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    exports: Record<string, string | Record<string, string>>;
  };
  const targets = Object.values(manifest.exports).flatMap((conditions) =>
    typeof conditions === 'string' ? [conditions] : Object.values(conditions),
  );
  return [...new Set(targets.filter((target) => target.startsWith('./dist/')))].map((target) => join(ROOT, target));
};

/** `npm run build` when the IIFE or an ESM entry is missing or older than its sources. */
export const ensureDistBuilt = (): void => {
  const sources = Math.max(
    ...SOURCES.map((path) => join(ROOT, path))
      .filter(existsSync)
      .map(newest),
  );
  const files = builtFiles();
  if (files.every((file) => existsSync(file) && statSync(file).mtimeMs >= sources)) return;
  try {
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe', shell: process.platform === 'win32' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout: Buffer; stderr: Buffer };
    throw new Error(`npm run build failed:\n${stdout.toString().slice(-3000)}\n${stderr.toString().slice(-3000)}`);
  }
};

/** A file of dist/ by its URL path below `/dist/`, or undefined (missing, or outside dist/). */
export const distFile = (urlPath: string): Buffer | undefined => {
  const file = normalize(join(DIST, decodeURIComponent(urlPath)));
  if (!file.startsWith(DIST + sep) || !existsSync(file) || !statSync(file).isFile()) return undefined;
  return readFileSync(file);
};

export const contentType = (path: string): string =>
  path.endsWith('.js')
    ? 'text/javascript; charset=utf-8'
    : path.endsWith('.map') || path.endsWith('.json')
      ? 'application/json'
      : 'application/octet-stream';

/** Headless Chromium as the other end-to-end tests start it, plus `args`. */
export const launchChromium = (args: readonly string[] = []): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...args,
    ],
  });

/** RFC 4122 version 4, variant 10xx. */
/** A request's body as text. */
export const requestBody = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
