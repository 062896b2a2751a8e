/**
 * The outbox is a lazy chunk. When its download fails (a network blip), the element retries it,
 * but a browser may remember a failed module for the page's life, as the HTML spec says. The
 * record must still be kept: stored at once, reported with `willRetry: true` rather than as a
 * failure, and delivered by the next page.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSqliteStore } from '../../src/server/index.js';
import { startDemo, type Demo } from './demo-server.js';

let demo: Demo;
beforeAll(async () => void (demo = await startDemo()), 60_000);
afterAll(() => demo?.stop());

it('keeps the record when the outbox chunk cannot be downloaded, and the next page delivers it', async () => {
  const page = await demo.browser.newPage();
  // Every download of the chunk fails on this page (whether or not the browser would retry it).
  let aborted = 0;
  await page.route('**/consent/outbox.ts*', (route) => (aborted++, route.abort('internetdisconnected')));
  await page.goto(`${demo.base}/signup.html?policy=qsolution`);
  const consent = page.locator('privacy-consent');
  await consent.locator('.base').waitFor();
  await page.evaluate(() => {
    const events: { code?: string; willRetry: boolean }[] = [];
    (window as unknown as { events: typeof events }).events = events;
    document
      .querySelector('privacy-consent')!
      .addEventListener('privacy-error', (event) =>
        events.push({ code: (event.detail.error as { code?: string }).code, willRetry: event.detail.willRetry }),
      );
  });
  await page.fill('#user-id', 'hong1234');
  await page.fill('#password', 'correct horse battery');
  await page.fill('#email', 'hong@example.com');
  if (await consent.locator('#age').count()) await consent.locator('#age').check();
  for (const box of await consent.locator('li.item input[required]').all()) await box.check();
  await page.getByRole('button', { name: '가입하기', exact: true }).click();

  await page.waitForFunction(() => (window as unknown as { events: unknown[] }).events.length > 0);
  const events = await page.evaluate(() => (window as unknown as { events: unknown[] }).events);
  expect(events[0]).toEqual({ code: 'network', willRetry: true });
  expect(aborted).toBeGreaterThan(0);
  const pending = await page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith('privacy-consent:outbox:')),
  );
  expect(pending).toHaveLength(1);
  const recordId = pending[0]!.slice('privacy-consent:outbox:'.length);

  // The next page: the chunk downloads, the outbox flushes what the last page left.
  await page.unroute('**/consent/outbox.ts*');
  await page.goto(`${demo.base}/signup.html?policy=qsolution`);
  await page.waitForFunction(
    () => !Object.keys(localStorage).some((key) => key.startsWith('privacy-consent:outbox:')),
    undefined,
    { timeout: 15_000 },
  );
  const store = createSqliteStore(join(demo.dataDir, 'consents.db'));
  try {
    expect((await store.get(recordId))?.receipt.status).toBe('stored');
  } finally {
    await store.close?.();
  }
  await page.close();
}, 45_000);
