/**
 * End to end: the demo's member page (account.html, 마이페이지 > 개인정보 및 수신 설정) in
 * Chromium with the reference receiver: the demo member's state read from the state endpoint,
 * one change stored, the simulated policy change asked again and stored under the new version,
 * the two-yearly reconfirmation; and a child's signup completed with a guardian's consent on
 * signup.html. Each step is read back from the receiver's history endpoint.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type Demo } from './demo-server.js';
import type { StoredConsent } from '../../src/server/index.js';

let demo: Demo;
let browser: Browser;
let base: string;

beforeAll(async () => {
  demo = await startDemo();
  ({ browser, base } = demo);
}, 60_000);

afterAll(() => demo?.stop());

const history = async (subject = 'demo-member'): Promise<StoredConsent[]> => {
  const response = await fetch(`${base}/api/consent/history?subject=${subject}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { records: StoredConsent[] }).records;
};

/** Waits until the member has `count` records, and returns the newest. */
const newest = async (count: number): Promise<StoredConsent> => {
  for (;;) {
    const records = await history();
    if (records.length >= count) return records.at(-1)!;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

describe('the member page', () => {
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.on('pageerror', (error) => errors.push(String(error)));
  });
  afterAll(() => page?.close());

  it('shows the seeded member’s consent and stores a change with its confirmation', async () => {
    expect((await history()).map((entry) => entry.record.event ?? 'grant')).toEqual(['grant']);
    await page.goto(`${base}/account.html`);
    const consent = page.locator('privacy-consent');
    await consent.locator('.manage').waitFor();
    expect(await consent.locator('#item-profile').isChecked()).toBe(true);
    expect(await consent.locator('#channel-ads-sms').isChecked()).toBe(true);
    expect(await consent.locator('#channel-ads-push').isChecked()).toBe(false);
    expect(await consent.locator('[data-item=signup] input').count()).toBe(0);
    await consent.locator('#channel-ads-email').uncheck();
    const notice = consent.locator('#result-ads');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('데모쇼핑 주식회사 (예시)');
    expect((await notice.textContent())!.replace(/\s+/g, ' ')).toContain('이메일: 동의를 철회했습니다');
    const { record } = await newest(2);
    expect(record.event).toBe('change');
    expect(record.sender).toBe('데모쇼핑 주식회사 (예시)');
    expect(record.items[0]!.channels!.find((channel) => channel.id === 'email')!.granted).toBe(false);
  });

  it('asks again only what the simulated policy change changed, and stores it under the new version', async () => {
    await page.getByRole('button', { name: /재동의/ }).click();
    const consent = page.locator('privacy-consent');
    await consent.locator('.reconsent [part=submit]').waitFor();
    const asked = await consent.locator('li.item').evaluateAll((items) => items.map((item) => item.dataset.item));
    expect(asked).toEqual(['profile']);
    expect(await consent.locator('[data-item=profile] [part=changes]').textContent()).toContain('관심 카테고리');
    await consent.locator('#item-profile').check();
    await consent.locator('[part=submit]').click();
    await consent.locator('#result-reconsent').waitFor();
    const { record } = await newest(3);
    expect(record.event).toBe('reconsent');
    expect(record.policy.version).toBe('2027-03-01');
  });

  it('reconfirms advertising consent: the channels still granted, withdrawn with one press', async () => {
    await page.getByRole('button', { name: /재확인/ }).click();
    const consent = page.locator('privacy-consent');
    await consent.locator('.reconfirm [part=withdraw]').waitFor();
    expect(
      await consent.locator('[data-item=ads] input[type=checkbox]').evaluateAll((boxes) => boxes.map((box) => box.id)),
    ).toEqual(['keep-ads-sms']);
    await consent.locator('[part=withdraw]').click();
    await consent.locator('#result-ads').waitFor();
    const { record } = await newest(4);
    expect(record.event).toBe('reconfirm');
    expect(record.items[0]!.granted).toBe(false);
    // Back on the settings, read afresh from the receiver: advertising is off.
    await page.getByRole('button', { name: '수신 설정' }).click();
    await consent.locator('.manage').waitFor();
    await expect.poll(() => consent.locator('#channel-ads-sms').isChecked()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('never lets another subject’s consent be read', async () => {
    expect((await fetch(`${base}/api/consent/state?subject=demo-someone-else`)).status).toBe(403);
  });
});

describe('a child’s signup with a guardian’s consent', () => {
  it('hands the draft to the page, which completes it with the (stand-in) verification', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${base}/signup.html?policy=demo-shop`);
    const consent = page.locator('privacy-consent');
    await consent.locator('.base').waitFor();
    await consent.locator('[part=guardian]').click();
    await consent.locator('.guardian-step').waitFor();
    for (const box of await consent.locator('li.item input[required]').all()) await box.check();
    await consent.locator('#guardian').click();
    await page.locator('#guardian-name').waitFor({ state: 'visible' });
    await page.fill('#guardian-name', '김보호');
    await page.fill('#guardian-contact', '010-0000-0000');
    await page.getByRole('button', { name: /확인 완료/ }).click();
    await consent.locator('[part=receipt]').waitFor({ timeout: 15_000 });
    const record = await page.evaluate(() => document.querySelector('privacy-consent')!.record!);
    expect(record.age).toEqual({ minimumAge: 14, confirmed: false });
    expect(record.guardian).toMatchObject({ method: 'mobile', name: '김보호', contact: '010-0000-0000' });
    // The receiver accepted it (a record without the age confirmation needs the guardian part).
    const stored = await fetch(`${base}/api/receipts`).then((response) => response.json() as Promise<StoredConsent[]>);
    expect(stored.some((entry) => entry.record.recordId === record.recordId)).toBe(true);
    await page.close();
  });
});
