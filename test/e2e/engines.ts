/**
 * Firefox and WebKit for the end-to-end tests, behind one small page interface.
 *
 * playwright-core drives only its own patched Firefox and WebKit builds, not Debian's, so:
 * - Firefox ESR through puppeteer-core over WebDriver BiDi (no geckodriver needed);
 * - WebKitGTK (Safari's engine) through webdriverio against WebKitWebDriver, which needs a display:
 *   it runs under `xvfb-run` and is stopped with its process group. Its window is sized so the
 *   page sees an iPhone's CSS viewport (390 × 844); the engine stays a desktop one (no touch, a
 *   desktop user agent), so what this checks is the narrow layout, not mobile Safari's chrome.
 *
 * Input is real where the driver gives it: host fields are typed with the keyboard, buttons and
 * checkboxes (inside shadow roots too: `host >>> inner`) are clicked with the pointer, after the
 * driver scrolled them into view. Waiting is polling with generous timeouts, never a fixed sleep.
 * See ../../scripts/test-browsers.mjs for the same engines under web-test-runner.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { remote } from 'webdriverio';

export type EngineName = 'firefox' | 'webkit';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';

/** An iPhone 12–16's CSS viewport. */
export const IPHONE = { width: 390, height: 844 } as const;
/** A laptop's. */
export const DESKTOP = { width: 1280, height: 800 } as const;

export interface WaitOptions {
  /** Milliseconds before giving up (default 20 s: generous, the machine may be busy). */
  readonly timeout?: number;
  /** Says what was awaited when it times out. */
  readonly message?: string;
}

/** One tab of an engine. Selectors are CSS; `host >>> inner` finds `inner` in `host`'s shadow root. */
export interface EnginePage {
  readonly engine: EngineName;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /**
   * Runs `fn` in the page and returns its result. `fn` is sent as source: it must not close over
   * anything, and should return JSON (a boolean rather than an element: engines differ there).
   */
  evaluate<R, A extends unknown[]>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** Polls `fn` in the page until it returns something truthy (see `evaluate`), and returns that. */
  waitFor<R, A extends unknown[]>(fn: (...args: A) => R, args: A, options?: WaitOptions): Promise<Awaited<R>>;
  /** How many elements match. */
  count(selector: string): Promise<number>;
  /** Types `text` with the keyboard into the (empty) field. */
  type(selector: string, text: string): Promise<void>;
  /** Clicks the first match with the pointer. */
  click(selector: string): Promise<void>;
  /** Clicks every match, in document order; returns how many. */
  clickAll(selector: string): Promise<number>;
  /** Uncaught errors and unhandled rejections the page reported so far. */
  errors(): Promise<string[]>;
  /** The page's layout viewport (`innerWidth` × `innerHeight`). */
  viewport(): Promise<{ width: number; height: number }>;
}

export interface Engine {
  readonly name: EngineName;
  readonly page: EnginePage;
  /** Forgets this origin's cookies and storage, as a first visit would find them. */
  clearSite(): Promise<void>;
  close(): Promise<void>;
}

const poll = async <R>(read: () => Promise<R>, { timeout = 20_000, message }: WaitOptions): Promise<R> => {
  const until = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await read();
      if (value) return value;
    } catch (error) {
      // The page may be navigating; try again.
      last = error;
    }
    if (Date.now() > until) throw new Error(`timed out after ${timeout} ms: ${message ?? 'waitFor'} (${String(last)})`);
    await sleep(100);
  }
};

const split = (selector: string): [string, string?] => {
  const [host, inner, ...rest] = selector.split('>>>').map((part) => part.trim());
  if (rest.length) throw new Error(`one shadow level only: ${selector}`);
  return [host!, inner];
};

// ---------------------------------------------------------------------------------------------
// Firefox: puppeteer-core over WebDriver BiDi.

class FirefoxPage implements EnginePage {
  readonly engine = 'firefox';
  private readonly reported: string[] = [];

  constructor(private readonly page: PuppeteerPage) {
    page.on('pageerror', (error) => this.reported.push(String(error)));
  }

  async goto(url: string) {
    await this.page.goto(url, { waitUntil: 'load' });
  }
  async reload() {
    await this.page.reload({ waitUntil: 'load' });
  }
  evaluate<R, A extends unknown[]>(fn: (...args: A) => R, ...args: A) {
    return this.page.evaluate(fn as never, ...(args as unknown as never[])) as Promise<Awaited<R>>;
  }
  waitFor<R, A extends unknown[]>(fn: (...args: A) => R, args: A, options: WaitOptions = {}) {
    return poll(() => this.evaluate(fn, ...args), options);
  }
  async count(selector: string) {
    return (await this.page.$$(selector)).length;
  }
  async type(selector: string, text: string) {
    await this.page.locator(selector).fill('');
    await this.page.type(selector, text);
  }
  async click(selector: string) {
    // A locator waits until the element is visible, enabled and still, scrolls it into view and
    // clicks its centre with the mouse; `>>>` is puppeteer's own shadow-piercing combinator.
    await this.page.locator(selector).setTimeout(20_000).click();
  }
  async clickAll(selector: string) {
    const handles = await this.page.$$(selector);
    for (const handle of handles) await handle.click();
    return handles.length;
  }
  async errors() {
    return [...this.reported];
  }
  viewport() {
    return this.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  }
}

export const launchFirefox = async (viewport: { width: number; height: number } = DESKTOP): Promise<Engine> => {
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: viewport,
    extraPrefsFirefox: { 'network.proxy.type': 0, 'app.update.enabled': false },
  });
  try {
    const [first] = await browser.pages();
    const page = first ?? (await browser.newPage());
    await page.setViewport(viewport);
    return {
      name: 'firefox',
      page: new FirefoxPage(page),
      async clearSite() {
        for (const cookie of await browser.cookies()) await browser.deleteCookie(cookie);
        await page.evaluate(() => {
          localStorage.clear();
          sessionStorage.clear();
        });
      },
      async close() {
        await browser.close();
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
};

// ---------------------------------------------------------------------------------------------
// WebKit: WebKitWebDriver (under Xvfb), spoken to through webdriverio.

type WdioBrowser = Awaited<ReturnType<typeof remote>>;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** Stops the driver, its Xvfb and its browser: the whole process group `xvfb-run` leads. */
const stopGroup = async (child: ChildProcess) => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    return; // already gone
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }, 5_000);
  await exited;
  clearTimeout(timer);
};

/**
 * WebDriver (classic) has no event for page errors: after each navigation the page gets a
 * listener that keeps them. An error thrown while the page's modules first ran would be missed,
 * but then nothing renders and the test fails waiting for it.
 */
function listenForErrors() {
  const page = window as unknown as { __engineErrors?: string[] };
  if (page.__engineErrors) return;
  const errors: string[] = (page.__engineErrors = []);
  addEventListener('error', (event) => errors.push(String(event.error ?? event.message)));
  addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
}

class WebKitPage implements EnginePage {
  readonly engine = 'webkit';
  private readonly earlier: string[] = [];

  constructor(private readonly browser: WdioBrowser) {}

  private async keepErrors() {
    this.earlier.push(...(await this.readErrors()));
  }
  private async readErrors(): Promise<string[]> {
    try {
      return await this.evaluate(() => (window as unknown as { __engineErrors?: string[] }).__engineErrors ?? []);
    } catch {
      return [];
    }
  }
  async goto(url: string) {
    await this.keepErrors();
    await this.browser.url(url);
    await this.evaluate(listenForErrors);
  }
  async reload() {
    await this.keepErrors();
    await this.browser.refresh();
    await this.evaluate(listenForErrors);
  }
  evaluate<R, A extends unknown[]>(fn: (...args: A) => R, ...args: A) {
    // WebKitWebDriver cannot return `undefined` (its reply fails to parse: "JSON Parse error:
    // Unexpected identifier"), so the page answers null instead. A returned promise is awaited.
    const script = `return Promise.resolve((${fn.toString()}).apply(null, arguments)).then((value) => value === undefined ? null : value);`;
    return this.browser.execute(script, ...args) as Promise<Awaited<R>>;
  }
  waitFor<R, A extends unknown[]>(fn: (...args: A) => R, args: A, options: WaitOptions = {}) {
    return poll(() => this.evaluate(fn, ...args), options);
  }
  private async elements(selector: string) {
    const [host, inner] = split(selector);
    if (!inner) return [...(await this.browser.$$(host))];
    const hostEl = this.browser.$(host);
    return [...(await hostEl.shadow$$(inner))];
  }
  async count(selector: string) {
    return (await this.elements(selector)).length;
  }
  async type(selector: string, text: string) {
    const [field] = await this.elements(selector);
    if (!field) throw new Error(`no ${selector}`);
    await field.waitForDisplayed({ timeout: 20_000 });
    // Element Send Keys: focus and key events, as typing.
    await field.setValue(text);
  }
  async click(selector: string) {
    await poll(async () => (await this.count(selector)) > 0, { message: `${selector} present` });
    const [element] = await this.elements(selector);
    await this.clickElement(element!);
  }
  async clickAll(selector: string) {
    const elements = await this.elements(selector);
    for (const element of elements) await this.clickElement(element);
    return elements.length;
  }
  private async clickElement(element: WebdriverIO.Element) {
    await element.waitForClickable({ timeout: 20_000 });
    // Element Click: scrolls into view, checks nothing covers the element, clicks its centre.
    await element.click();
  }
  async errors() {
    return [...this.earlier, ...(await this.readErrors())];
  }
  viewport() {
    return this.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  }
}

export const launchWebKit = async (viewport: { width: number; height: number } = IPHONE): Promise<Engine> => {
  const port = await freePort();
  // A screen larger than the window (xvfb-run's default is 640 × 480).
  const driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', WEBKIT_DRIVER, `--port=${port}`], {
    detached: true,
    stdio: 'ignore',
  });
  const stopOnExit = () => {
    try {
      process.kill(-driver.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.once('exit', stopOnExit);
  const stop = async () => {
    process.off('exit', stopOnExit);
    await stopGroup(driver);
  };
  try {
    await poll(
      async () => {
        if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
        return (await fetch(`http://127.0.0.1:${port}/status`)).ok;
      },
      { timeout: 30_000, message: 'WebKitWebDriver answers' },
    );
    const browser = await remote({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      connectionRetryCount: 1,
      // No browserName: WebKitGTK's driver launches its own MiniBrowser with these arguments.
      // `--full-screen` drops MiniBrowser's toolbar, which keeps a window at least 447 px wide.
      capabilities: {
        'webkitgtk:browserOptions': { args: ['--automation', '--full-screen'] },
      } as WebdriverIO.Capabilities,
    });
    try {
      await fitWindow(browser, viewport);
      const page = new WebKitPage(browser);
      return {
        name: 'webkit',
        page,
        async clearSite() {
          await browser.deleteAllCookies();
          await page.evaluate(() => {
            localStorage.clear();
            sessionStorage.clear();
          });
        },
        async close() {
          try {
            await browser.deleteSession();
          } finally {
            await stop();
          }
        },
      };
    } catch (error) {
      await browser.deleteSession().catch(() => {});
      throw error;
    }
  } catch (error) {
    await stop();
    throw error;
  }
};

/** Sizes the window so that the page's viewport (not the window) is `viewport`. */
const fitWindow = async (browser: WdioBrowser, viewport: { width: number; height: number }) => {
  let size = { width: viewport.width, height: viewport.height };
  for (let tries = 0; tries < 3; tries++) {
    await browser.setWindowRect(0, 0, size.width, size.height);
    const inner = await poll(
      () => browser.execute(() => (innerWidth > 0 ? { width: innerWidth, height: innerHeight } : null)),
      { message: 'the window has a size' },
    );
    if (!inner) continue; // (poll returns only a truthy value; this narrows the type)
    if (inner.width === viewport.width && inner.height === viewport.height) return;
    size = { width: size.width + viewport.width - inner.width, height: size.height + viewport.height - inner.height };
  }
};
