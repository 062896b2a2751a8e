#!/usr/bin/env node
// Runs before `npm start` and `npm test` so both work on a fresh clone: installs the npm
// packages when they are missing or stale, and (for tests) checks for Chromium.
// Plain Node, no dependencies: it runs before anything is installed.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const need = process.argv[2] ?? 'deps';
const run = (command) => execSync(command, { stdio: 'inherit' });

const installed = existsSync('node_modules/.package-lock.json');
const stale =
  installed && statSync('package-lock.json').mtimeMs > statSync('node_modules/.package-lock.json').mtimeMs + 1000;
if (!installed || stale) {
  console.log(installed ? 'package-lock.json changed: running npm ci…' : 'First run: installing packages (npm ci)…');
  run('npm ci --no-audit --no-fund');
}

if (need === 'browser') {
  const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chrome)) {
    const root = process.getuid?.() === 0;
    const debian = existsSync('/etc/debian_version');
    if (root && debian) {
      console.log('Chromium is missing: installing Debian’s chromium package…');
      run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
    } else {
      console.error(
        `The browser tests need Chromium at ${chrome}.\n` +
          (debian ? 'Install it with: sudo apt-get install chromium\n' : '') +
          'or point CHROME_PATH at a Chromium or Chrome binary.',
      );
      process.exit(1);
    }
  }
}
