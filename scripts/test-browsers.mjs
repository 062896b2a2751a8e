/**
 * The browser engines the element tests run in: Debian's Chromium, Firefox ESR (puppeteer-core
 * over WebDriver BiDi) and WebKitGTK (WebKitWebDriver under Xvfb, through webdriverio): Safari's
 * engine, which every iPhone uses. `BROWSERS=chromium,firefox` picks some (default: all three).
 * See ../shared/TOOLING.md ("Firefox and WebKit").
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import * as puppeteer from 'puppeteer-core';
import { ChromeLauncher, chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';

const chromium = () =>
  chromeLauncher({
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  });

// The Chrome launcher drives any browser puppeteer can: given puppeteer-core and
// `browser: 'firefox'`, it speaks WebDriver BiDi to Firefox (no geckodriver needed).
const firefox = () =>
  new ChromeLauncher(
    {
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      extraPrefsFirefox: { 'network.proxy.type': 0, 'app.update.enabled': false },
    },
    ({ browser }) => browser.defaultBrowserContext(),
    ({ context }) => context.newPage(),
    puppeteer,
  );

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** WebKitWebDriver needs a display: started under xvfb-run, stopped with its process group. */
const webkit = async () => {
  const port = await freePort();
  const driver = spawn('xvfb-run', ['-a', WEBKIT_DRIVER, `--port=${port}`], { detached: true, stdio: 'ignore' });
  const stop = () => {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => (stop(), process.exit(130)));
  // Wait until the driver answers.
  for (let tries = 0; tries < 100; tries++) {
    try {
      const response = await globalThis.fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) break;
    } catch {
      await sleep(100);
    }
  }
  const launcher = webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: { 'webkitgtk:browserOptions': { args: ['--automation'] } },
  });
  // The launcher names itself from the session's browserName, which WebKitGTK leaves empty.
  Object.defineProperty(launcher, 'name', { get: () => 'WebKit', set: () => {} });
  return launcher;
};

const ENGINES = { chromium, firefox, webkit };

/** The launchers for the engines asked for (or installed), in a fixed order. */
export const browsers = async () => {
  const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());
  const installed = { chromium: CHROMIUM, firefox: FIREFOX, webkit: WEBKIT_DRIVER };
  const launchers = [];
  for (const name of Object.keys(ENGINES))
    if (wanted.includes(name)) {
      if (!existsSync(installed[name])) throw new Error(`${name}: ${installed[name]} is missing (see .ci/run)`);
      launchers.push(await ENGINES[name]());
    }
  return launchers;
};
