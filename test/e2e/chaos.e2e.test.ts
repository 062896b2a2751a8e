/**
 * Chaos end to end: 56 signups through the real `<privacy-consent>` in Chromium, posting to the
 * chaos proxy (test/chaos/proxy.ts) in front of the reference receiver and its SQLite file. The
 * browser goes offline for a while in some rounds, and every round ends with a reload right
 * after a submit, so the next page's outbox must deliver what the previous one left. At the end
 * a fresh page drains the outbox; every submitted record must then be stored exactly once.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULTS, RETRY_AFTER_VALUES } from '../chaos/proxy.js';
import { sleep } from '../chaos/random.js';
import { startChaosSite, type ChaosSite } from '../chaos/site.js';

const ROUNDS = 8;
const PER_ROUND = 7;
/** Rounds with an offline period: after the first submit, the next three are made offline. */
const OFFLINE_ROUNDS = new Set([1, 4, 6]);
/** Rounds that also reload right after their third submit (every round reloads after its last). */
const EXTRA_RELOAD_ROUNDS = new Set([2, 5]);
const PENDING = 'privacy-consent:outbox:';
const FAILED = 'privacy-consent:failed:';

let site: ChaosSite;

beforeAll(async () => {
  // Faults on 40 % of the POSTs, delays up to 300 ms. This seed draws every fault and every odd
  // Retry-After within the first 56 POSTs, and there are at least 56, whatever the timing.
  site = await startChaosSite({ seed: 0xc4a04, passRate: 0.6 });
}, 60_000);

afterAll(() => site?.stop());

const pageErrors: string[] = [];

/** Module URLs each page finished loading, to know when its lazy outbox chunk is in. */
const loaded = new WeakMap<Page, Set<string>>();

const openPage = async (context: BrowserContext): Promise<Page> => {
  const page = await context.newPage();
  const urls = new Set<string>();
  loaded.set(page, urls);
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('framenavigated', (frame) => frame === page.mainFrame() && urls.clear());
  page.on('requestfinished', (request) => void urls.add(new URL(request.url()).pathname));
  await page.goto(`${site.base}/page.html`);
  return page;
};

/**
 * Waits until the page has loaded the outbox (a lazy chunk, fetched when the page is idle), so
 * that going offline tests delivery, not a chunk that cannot load (see the report on that).
 */
const outboxLoaded = async (page: Page): Promise<void> => {
  const urls = loaded.get(page)!;
  const chunk = ['outbox.ts', 'outbox-lock.ts', 'outbox-store.ts'].map((name) => `/src/consent/${name}`);
  await expect
    .poll(() => chunk.every((name) => [...urls].some((url) => url.endsWith(name))), { timeout: 20_000 })
    .toBe(true);
  await sleep(200);
};

/** Fills a fresh consent element (all items, or the required ones only) and submits the form. */
const submit = async (page: Page, n: number): Promise<string> => {
  const before = await page.evaluate(() => window.chaos.submitted.length);
  await page.evaluate((index) => window.chaos.mount(index), n);
  const consent = page.locator('privacy-consent');
  await consent.locator('li.item input[required]').first().waitFor();
  await consent.locator('#age').check();
  if (n % 2) await consent.locator('#agree-all').check();
  else for (const box of await consent.locator('li.item input[required]').all()) await box.check();
  await page.locator('button[type=submit]').click();
  // `privacy-submit` fires once the record is built; it is stored for delivery in the same task.
  await page.waitForFunction((count) => window.chaos.submitted.length > count, before);
  return page.evaluate(() => window.chaos.submitted.at(-1)!);
};

/** The reload a person makes right after submitting: the record is still on its way. */
const reload = async (page: Page): Promise<void> => {
  await page.reload();
  await page.waitForFunction(() => typeof window.chaos === 'object');
};

const outboxKeys = (page: Page, prefix: string): Promise<string[]> =>
  page.evaluate((start) => Object.keys(localStorage).filter((key) => key.startsWith(start)), prefix);

describe('<privacy-consent> under chaos (Chromium, real receiver and SQLite)', () => {
  it('stores each of 56 records exactly once through faults, offline periods and reloads', async () => {
    const context = await site.browser.newContext();
    const submitted: string[] = [];
    /** Records each reload left behind for the next page (submitted, not yet delivered). */
    const leftAtReload: number[] = [];
    let page = await openPage(context);
    let n = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (let k = 0; k < PER_ROUND; k++) {
        const offlineNow = OFFLINE_ROUNDS.has(round) && k >= 1 && k <= 3;
        if (OFFLINE_ROUNDS.has(round) && k === 1) {
          await outboxLoaded(page);
          await context.setOffline(true);
          expect(await page.evaluate(() => navigator.onLine)).toBe(false);
        }
        submitted.push(await submit(page, ++n));
        if (offlineNow && k === 3) await context.setOffline(false);
        if (k === PER_ROUND - 1 || (EXTRA_RELOAD_ROUNDS.has(round) && k === 2)) {
          leftAtReload.push((await outboxKeys(page, PENDING)).length);
          await reload(page);
        }
      }
    }

    // Reopen: a new page in the same browser profile drains what every earlier page left.
    await page.close();
    page = await openPage(context);
    const leftAtEnd = (await outboxKeys(page, PENDING)).length;
    const deadline = Date.now() + 60_000;
    let kicks = 0;
    while ((await outboxKeys(page, PENDING)).length > 0 && Date.now() < deadline) {
      // Waits clamped to 1 s … 1 h (a `Retry-After: 3000000` parks a record for an hour): the
      // `online` event is how a page says "try everything now".
      await page.evaluate(() => window.dispatchEvent(new Event('online')));
      kicks += 1;
      await sleep(500);
    }
    expect(await outboxKeys(page, PENDING)).toEqual([]);
    expect(await outboxKeys(page, FAILED)).toEqual([]);
    await page.close();
    await context.close();
    await site.proxy.idle();

    const rows = await site.proxy.store.list();
    const times = new Map<string, number>();
    for (const row of rows) times.set(row.record.recordId, (times.get(row.record.recordId) ?? 0) + 1);
    expect(new Set(submitted).size).toBe(ROUNDS * PER_ROUND);
    expect(submitted.filter((id) => times.get(id) !== 1)).toEqual([]); // none lost, none twice
    expect(rows).toHaveLength(submitted.length); // and nothing else
    expect([...site.proxy.storedTimes.values()].every((stored) => stored === 1)).toBe(true);
    for (const row of rows) expect(row.record.subject).toMatch(/^chaos-e2e-\d+$/);
    expect(pageErrors).toEqual([]);
    // Reloads really came mid-delivery: pages went away with records still to send.
    expect(leftAtReload.reduce((sum, left) => sum + left, 0)).toBeGreaterThan(0);
    const { stats } = site.proxy;
    for (const fault of FAULTS) expect(stats.faults[fault], fault).toBeGreaterThan(0);
    for (const value of RETRY_AFTER_VALUES) expect(stats.retryAfter[value], `Retry-After: ${value}`).toBeGreaterThan(0);
    expect(stats.receiverErrors).toBe(0);
    console.log(
      `chaos e2e: ${submitted.length} records, ${stats.posts} POSTs, ${stats.duplicateReceipts} duplicate receipts, ` +
        `left pending at each reload ${JSON.stringify(leftAtReload)} and at the end ${leftAtEnd}, ` +
        `${kicks} online kicks to drain; faults ${JSON.stringify(stats.faults)}, Retry-After ${JSON.stringify(stats.retryAfter)}`,
    );
  }, 150_000);
});
