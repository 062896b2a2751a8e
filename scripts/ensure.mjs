#!/usr/bin/env node
// Runs before `npm start` and `npm test` so both work on a fresh clone: installs the npm
// packages when they are missing or stale, and (for tests) the browsers: Chromium, Firefox, WebKit.
// Plain Node, no dependencies: it runs before anything is installed.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const need = process.argv[2] ?? 'deps';
const run = (command) => execSync(command, { stdio: 'inherit' });

const installed = existsSync('node_modules/.package-lock.json');
const stale =
  installed && statSync('package-lock.json').mtimeMs > statSync('node_modules/.package-lock.json').mtimeMs + 1000;
if (!installed || stale) {
  console.log(installed ? 'package-lock.json changed: running npm ci…' : 'First run: installing packages (npm ci)…');
  run('npm ci --no-audit --no-fund');
}

// The tests read dist/ and custom-elements.json, which only a build makes (nothing builds on
// `npm ci`: a consumer's install must not run our build). Rebuilt when missing or older than src/.
const newest = (path) => {
  const stat = statSync(path);
  return stat.isDirectory() ? Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name)))) : stat.mtimeMs;
};
if (need === 'browser') {
  const built = ['dist/node/cli.js', 'dist/privacy-consent.iife.js', 'custom-elements.json'];
  const sources = Math.max(...['src', 'vite.config.ts', 'package.json'].map(newest));
  if (built.some((file) => !existsSync(file) || statSync(file).mtimeMs < sources)) {
    console.log('Building dist/ and custom-elements.json (npm run build)…');
    run('npm run build');
  }
}

if (need === 'start') {
  console.log(
    'The demo starts at http://127.0.0.1:5173/ (Vite prints the address; it takes the next free port if 5173 is busy).\n' +
      'Another port: npm start -- --port 8080',
  );
}

if (need === 'browser') {
  // The browser tests run in three engines (scripts/test-browsers.mjs); each comes from Debian.
  const engines = [
    { name: 'Chromium', path: process.env.CHROME_PATH ?? '/usr/bin/chromium', packages: ['chromium'] },
    { name: 'Firefox', path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', packages: ['firefox-esr'] },
    {
      name: 'WebKit',
      path: process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver',
      packages: ['webkit2gtk-driver', 'xvfb'],
    },
  ];
  const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');
  const missing = engines.filter(
    (engine) =>
      wanted.includes(engine.name.toLowerCase()) &&
      (!existsSync(engine.path) || (engine.name === 'WebKit' && !existsSync('/usr/bin/xvfb-run'))),
  );
  if (missing.length) {
    const packages = missing.flatMap((engine) => engine.packages).join(' ');
    const root = process.getuid?.() === 0;
    const debian = existsSync('/etc/debian_version');
    if (root && debian) {
      console.log(`Missing ${missing.map((engine) => engine.name).join(', ')}: installing ${packages}…`);
      run(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`);
    } else {
      console.error(
        `The browser tests need ${missing.map((engine) => `${engine.name} (${engine.path})`).join(', ')}.\n` +
          (debian ? `Install with: sudo apt-get install ${packages}\n` : '') +
          'or set BROWSERS to the engines you have, e.g. BROWSERS=chromium npm test.',
      );
      process.exit(1);
    }
  }
}
