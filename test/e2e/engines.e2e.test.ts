/**
 * End to end in the other engines Korean users sign up with: WebKit (Safari's engine, every
 * iPhone's) at an iPhone's viewport, and Firefox. The same flows as signup.e2e.test.ts and
 * cookies.e2e.test.ts run in Chromium: each seed's signup form filled, its required items ticked
 * and submitted, the record read back from the receiver's SQLite file; and the opt-in cookie
 * notice: accept, reload, no banner, the gated analytics script ran. Drivers: engines.ts.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from './demo-server.js';
import { DESKTOP, IPHONE, launchFirefox, launchWebKit, type Engine, type EnginePage } from './engines.js';
import { createSqliteStore } from '../../src/server/index.js';
import type { ConsentRecord } from '../../src/consent/record.js';
import { SEED_NAMES } from '../fixtures/seed-expectations.js';
import { seedPolicy } from '../node/seeds.js';
import { withExampleTerms } from '../../demo/example-terms.js';

let demo: DemoServer;

beforeAll(async () => {
  demo = await startDemoServer();
}, 60_000);

afterAll(() => demo?.stop());

const stored = async () => {
  const store = createSqliteStore(join(demo.dataDir, 'consents.db'));
  try {
    return await store.list({ limit: 200 });
  } finally {
    await store.close?.();
  }
};

/** Fills the host's fields, ticks every required item, submits; returns the element's record. */
const signUp = async (page: EnginePage, seed: string): Promise<ConsentRecord> => {
  await page.goto(`${demo.base}/signup.html?policy=${seed}`);
  await page.waitFor(() => Boolean(document.querySelector('privacy-consent')?.shadowRoot?.querySelector('.base')), [], {
    message: `${seed}: the form renders`,
  });
  await page.type('#user-id', 'hong1234');
  await page.type('#password', 'correct horse battery');
  await page.type('#email', 'hong@example.com');
  if (await page.count('privacy-consent >>> #age')) await page.click('privacy-consent >>> #age');
  expect(await page.clickAll('privacy-consent >>> li.item input[required]')).toBeGreaterThan(0);
  expect(
    await page.evaluate(() => document.querySelector<HTMLFormElement>('#signup')!.checkValidity()),
    `${seed}: the form is valid once the required items are ticked`,
  ).toBe(true);
  await page.click('#signup button[type=submit]');
  await page.waitFor(
    () => Boolean(document.querySelector('privacy-consent')?.shadowRoot?.querySelector('[part=receipt]')),
    [],
    { message: `${seed}: the confirmation shows` },
  );
  await page.waitFor(() => Boolean(document.querySelector('#result')?.textContent?.includes('접수되었습니다')), [], {
    message: `${seed}: the page says it was received`,
  });
  return page.evaluate(() => JSON.parse(JSON.stringify(document.querySelector('privacy-consent')!.record)));
};

const ANALYTICS_OFF = '실행 안 됨';
const ANALYTICS_RAN = '실행됨 (통계 쿠키 허용)';

// Like the element tests (scripts/test-browsers.mjs), `BROWSERS=webkit` picks engines; default: all.
const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());

const engineSuite = (
  engineName: Engine['name'],
  title: string,
  launch: () => Promise<Engine>,
  viewport: { readonly width: number; readonly height: number },
) =>
  describe.runIf(wanted.includes(engineName))(title, () => {
    let engine: Engine;
    let page: EnginePage;
    const records: ConsentRecord[] = [];

    beforeAll(async () => {
      engine = await launch();
      page = engine.page;
    }, 60_000);

    afterAll(() => engine?.close());

    it(`lays the demo out at ${viewport.width} × ${viewport.height}`, async () => {
      await page.goto(`${demo.base}/signup.html?policy=${SEED_NAMES[0]}`);
      expect(await page.viewport()).toEqual({ width: viewport.width, height: viewport.height });
      await page.waitFor(
        () => Boolean(document.querySelector('privacy-consent')?.shadowRoot?.querySelector('.base')),
        [],
      );
      // Nothing wider than the screen: no sideways scrolling on a phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    });

    for (const seed of SEED_NAMES)
      it(`${seed}: signs up with the required items; optional ones are recorded as refused`, async () => {
        const record = await signUp(page, seed);
        records.push(record);
        expect(record.policy.id).toBe(seed);
        for (const item of record.items) expect(item.granted, item.id).toBe(item.required);
        // The seed's consents plus the demo's example 서비스 이용약관.
        expect(record.items.length).toBe(
          withExampleTerms(seedPolicy(seed)).consents!.filter((item) => (item.basis ?? 'consent') === 'consent').length,
        );
        expect(await page.errors()).toEqual([]);
      }, 60_000);

    it('finds those records, unchanged, in the SQLite file', async () => {
      expect(records).toHaveLength(SEED_NAMES.length);
      for (const record of records) {
        // Delivery is asynchronous: the receipt shows once the record is stored locally.
        let found: Awaited<ReturnType<typeof stored>>[number] | undefined;
        await expect
          .poll(async () => (found = (await stored()).find((entry) => entry.record.recordId === record.recordId)), {
            timeout: 20_000,
            interval: 200,
          })
          .toBeDefined();
        expect(found!.record).toEqual(record);
        expect(found!.receipt.status).toBe('stored');
      }
    }, 60_000);

    it('demo-shop (opt-in): accepting hides the banner for good and runs the gated analytics', async () => {
      const cookieRecords = async () =>
        (await stored()).filter(
          (entry) => entry.record.method === 'cookie_notice' && entry.record.policy.id === 'demo-shop',
        ).length;
      const before = await cookieRecords();
      await page.goto(`${demo.base}/cookies.html?policy=demo-shop`);
      await engine.clearSite();
      await page.reload();
      await page.waitFor(
        () => Boolean(document.querySelector('privacy-cookie-notice')?.shadowRoot?.querySelector('[part=banner]')),
        [],
        { message: 'the banner shows on a first visit' },
      );
      expect(await page.evaluate(() => document.querySelector('#analytics-state')!.textContent)).toBe(ANALYTICS_OFF);
      await page.click('privacy-cookie-notice >>> [part=banner] [data-choice=accept]');
      await page.waitFor(
        () => !document.querySelector('privacy-cookie-notice')!.shadowRoot!.querySelector('[part=banner]'),
        [],
        { message: 'the banner closes' },
      );
      // The gated external script loads asynchronously once allowed.
      await page.waitFor((ran) => document.querySelector('#analytics-state')!.textContent === ran, [ANALYTICS_RAN], {
        message: 'the gated script ran',
      });

      await page.reload();
      // The stored choice is read synchronously when the policy arrives, before the first render
      // with it: once that render is done, whether the banner shows is settled.
      await page.waitFor(
        () => {
          const notice = document.querySelector('privacy-cookie-notice');
          return Boolean(notice?.shadowRoot?.querySelector('[role=status]') && notice.hasConsent('analytics'));
        },
        [],
        { message: 'the stored choice applies after a reload' },
      );
      expect(
        await page.evaluate(async () => {
          const notice = document.querySelector('privacy-cookie-notice')!;
          await notice.updateComplete;
          return notice.shadowRoot!.querySelectorAll('[part=banner]').length;
        }),
      ).toBe(0);
      await page.waitFor((ran) => document.querySelector('#analytics-state')!.textContent === ran, [ANALYTICS_RAN], {
        message: 'the gated script ran again',
      });
      expect(await page.errors()).toEqual([]);
      // The choice's record reached the receiver, once.
      await expect.poll(cookieRecords, { timeout: 20_000, interval: 200 }).toBe(before + 1);
    }, 60_000);
  });

engineSuite('webkit', 'WebKit (Safari), iPhone viewport', () => launchWebKit(IPHONE), IPHONE);
engineSuite('firefox', 'Firefox', () => launchFirefox(DESKTOP), DESKTOP);
