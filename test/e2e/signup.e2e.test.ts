/**
 * End to end: the demo's signup page in Chromium, posting to the reference receiver, for
 * each seed policy: once refusing every optional item, once with 전체 동의. The records are
 * then read back from the SQLite file.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type Demo } from './demo-server.js';
import { createSqliteStore, type StoredConsent } from '../../src/server/index.js';
import type { ConsentRecord } from '../../src/consent/record.js';
import { SEED_NAMES } from '../fixtures/seed-expectations.js';
import { seedPolicy } from '../node/seeds.js';
import { withExampleTerms } from '../../demo/example-terms.js';
import { contentHash } from '../../src/policy/canonical.js';

let demo: Demo;
let browser: Browser;
let base: string;
let dataDir: string;

beforeAll(async () => {
  demo = await startDemo();
  ({ browser, base, dataDir } = demo);
}, 60_000);

afterAll(() => demo?.stop());

const signUp = async (page: Page, seed: string, mode: 'refuse-optional' | 'agree-all'): Promise<ConsentRecord> => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${base}/signup.html?policy=${seed}`);
  await page.locator('privacy-consent .base').waitFor();
  await page.fill('#user-id', 'hong1234');
  await page.fill('#password', 'correct horse battery');
  await page.fill('#email', 'hong@example.com');
  const consent = page.locator('privacy-consent');
  if (await consent.locator('#age').count()) await consent.locator('#age').check();
  if (mode === 'agree-all') await consent.locator('#agree-all').check();
  else for (const box of await consent.locator('li.item input[required]').all()) await box.check();
  await page.getByRole('button', { name: '가입하기', exact: true }).click();
  await consent.locator('[part=receipt]').waitFor({ timeout: 15_000 });
  expect(await page.locator('#result').textContent()).toContain('접수되었습니다');
  expect(errors).toEqual([]);
  return page.evaluate(() => document.querySelector('privacy-consent')!.record!) as Promise<ConsentRecord>;
};

describe('signup end to end, for every seed', () => {
  const records: Record<string, ConsentRecord> = {};

  for (const seed of SEED_NAMES) {
    it(`${seed}: refusing every optional item signs up; each refusal is recorded`, async () => {
      const page = await browser.newPage();
      const record = await signUp(page, seed, 'refuse-optional');
      await page.close();
      records[`${seed}:refuse`] = record;
      // The seed's consents plus the example 서비스 이용약관, a document the demo's receiver knows.
      const policy = withExampleTerms(seedPolicy(seed));
      expect(record.policy).toMatchObject({ id: seed, version: policy.version });
      for (const item of record.items) expect(item.granted, item.id).toBe(item.required);
      expect(record.items.length).toBe(
        policy.consents!.filter((item) => (item.basis ?? 'consent') === 'consent').length,
      );
      const terms = policy.consents!.find((item) => item.category === 'terms')!;
      expect(record.items.find((item) => item.id === terms.id)!.document).toEqual({
        version: terms.document!.version,
        hash: await contentHash(terms.document!.text),
      });
    }, 30_000);

    it(`${seed}: 전체 동의 records every item granted, one by one`, async () => {
      const page = await browser.newPage();
      const record = await signUp(page, seed, 'agree-all');
      await page.close();
      records[`${seed}:all`] = record;
      expect(record.items.every((item) => item.granted)).toBe(true);
      for (const item of record.items) for (const channel of item.channels ?? []) expect(channel.granted).toBe(true);
    }, 30_000);
  }

  it('shop: terms and location consent in the sheet layout, agreed inside the sheets', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${base}/shop.html`);
    const consent = page.locator('privacy-consent');
    await consent.locator('.base').waitFor();
    await page.fill('#user-id', 'hong1234');
    await page.fill('#password', 'correct horse battery');
    for (const id of ['tos', 'efinance', 'lbs-terms', 'location']) {
      await consent.locator(`#view-${id}`).click();
      const sheet = consent.locator('dialog.sheet[open]');
      await sheet.waitFor();
      await sheet.locator('.sheet-agree').click();
      await sheet.waitFor({ state: 'detached' }); // no longer [open]
      expect(await consent.locator(`#item-${id}`).isChecked(), id).toBe(true);
    }
    await consent.locator('#age').check();
    await page.getByRole('button', { name: '동의하고 가입하기' }).click();
    await consent.locator('[part=receipt]').waitFor({ timeout: 15_000 });
    const record = (await page.evaluate(() => document.querySelector('privacy-consent')!.record!)) as ConsentRecord;
    await page.close();
    expect(errors).toEqual([]);
    records['shop'] = record;
    const byId = Object.fromEntries(record.items.map((item) => [item.id, item]));
    expect(record.policy).toMatchObject({ id: 'demo-market', version: '2026-04-01' });
    expect(byId.tos!.document).toMatchObject({ version: '2026-04-01', hash: expect.stringMatching(/^sha256-/) });
    expect(byId.efinance!.document!.version).toBe('v2');
    expect(byId['lbs-terms']).toMatchObject({ granted: true, document: { version: '2026-04-01' } });
    expect(byId.location).toMatchObject({ category: 'location', granted: true });
    expect(byId.marketing!.granted).toBe(false);
  }, 30_000);

  it('finds exactly those records, unchanged, in the SQLite file', async () => {
    const store = createSqliteStore(join(dataDir, 'consents.db'));
    try {
      // Besides the account page's member, whose signup the demo server stores when it starts.
      const stored: StoredConsent[] = (await store.list({ limit: 100 })).filter(
        (entry) => entry.record.subject !== 'demo-member',
      );
      expect(stored).toHaveLength(SEED_NAMES.length * 2 + 1);
      for (const record of Object.values(records)) {
        const found = stored.find((entry) => entry.record.recordId === record.recordId);
        expect(found, record.recordId).toBeDefined();
        expect(found!.record).toEqual(record);
        expect(found!.receipt.status).toBe('stored');
      }
    } finally {
      await store.close?.();
    }
  });
});
