/**
 * Every task on the demo finished by keyboard alone, with the Tab presses counted and asserted
 * as upper bounds (a path that grows longer fails), and focus never left on `<body>` after it.
 * The counts before and after issue 14 are in the test names' bounds and the issue note.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type Demo } from './demo-server.js';
import { focusedDescription, focusedMatches, tabTo } from './keyboard.js';

let demo: Demo;
let browser: Browser;
beforeAll(async () => {
  demo = await startDemo();
  browser = demo.browser;
}, 60_000);
afterAll(() => demo?.stop());

const counts: string[] = [];
afterAll(() => console.log(`Tab presses per task:\n${counts.join('\n')}`));

/** Opens `path` at `viewport` and waits for `ready`. */
const open = async (path: string, ready: string, viewport = { width: 1280, height: 800 }): Promise<Page> => {
  const page = await browser.newPage({ viewport });
  await page.goto(`${demo.base}${path}`);
  await page.locator(ready).first().waitFor();
  return page;
};

/** Focus is back on a page control (not `<body>`, not inside the element that was left). */
const focusOnPage = async (page: Page) => {
  expect(await focusedDescription(page)).not.toBe('body');
  expect(await page.evaluate(() => document.activeElement?.shadowRoot === null)).toBe(true);
};

const record = (task: string, presses: number, bound: number) => {
  counts.push(`${task}: ${presses} (bound ${bound})`);
  expect(presses, task).toBeLessThanOrEqual(bound);
};

describe('keyboard paths', () => {
  it('cookie notice (notice mode): 확인, then focus is back on the page', async () => {
    const page = await open('/cookies.html?policy=smartro', 'privacy-cookie-notice [part=banner]');
    const presses = await tabTo(page, '[data-choice=acknowledge]');
    await page.keyboard.press('Enter');
    await page.locator('privacy-cookie-notice [part=banner]').waitFor({ state: 'detached' });
    record('cookies notice: 확인', presses, 13);
    await focusOnPage(page);
    await page.close();
  });

  for (const choice of ['accept', 'reject'] as const) {
    it(`cookie notice (opt-in): the banner has focus first; ${choice} in a few presses`, async () => {
      const page = await open('/cookies.html?policy=demo-shop', 'privacy-cookie-notice [part=banner]');
      await page.waitForFunction(() => {
        const notice = document.querySelector('privacy-cookie-notice')!;
        return notice.shadowRoot!.activeElement?.matches('[part=banner]');
      });
      const presses = await tabTo(page, `[data-choice=${choice}]`);
      await page.keyboard.press('Enter');
      await page.locator('privacy-cookie-notice [part=banner]').waitFor({ state: 'detached' });
      record(`cookies opt-in: ${choice === 'accept' ? '모두 허용' : '모두 거부'}`, presses, 4);
      await focusOnPage(page);
      await page.close();
    });
  }

  it('cookie settings: allow statistics only and save', async () => {
    const page = await open('/cookies.html?policy=demo-shop', 'privacy-cookie-notice [part=banner]');
    let presses = await tabTo(page, '[data-choice=customize]');
    await page.keyboard.press('Enter');
    await page.locator('privacy-cookie-notice dialog[open]').waitFor();
    presses += await tabTo(page, 'input[type=checkbox]:not([disabled])');
    await page.keyboard.press('Space');
    presses += await tabTo(page, 'dialog [data-choice=save]');
    await page.keyboard.press('Enter');
    await page.locator('privacy-cookie-notice dialog[open]').waitFor({ state: 'detached' });
    record('cookies opt-in: 설정 → 선택 저장', presses, 14);
    await focusOnPage(page);
    await page.close();
  });

  it('footer: open the policy dialog, close it with Esc, focus back on the trigger', async () => {
    const page = await open('/footer.html', 'privacy-policy [part=trigger]');
    const presses = await tabTo(page, '.trigger');
    await page.keyboard.press('Enter');
    await page.locator('privacy-policy dialog[open] .document').first().waitFor();
    await page.keyboard.press('Escape');
    await page.locator('privacy-policy dialog[open]').waitFor({ state: 'detached' });
    record('footer: 개인정보 처리방침 dialog', presses, 3);
    expect(await focusedMatches(page, '.trigger')).toBe(true);
    await page.close();
  });

  it('footer: the 쿠키 정책 deep link focuses its heading, in view', async () => {
    const page = await open('/footer.html', 'privacy-policy [part=trigger]');
    let presses = await tabTo(page, '.trigger');
    presses += await tabTo(page, '.trigger');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => {
      const policy = document.querySelectorAll('privacy-policy')[1]!;
      return policy.shadowRoot!.activeElement?.id === 'h-cookies';
    });
    record('footer: 쿠키 정책 deep link', presses, 4);
    await page.close();
  });

  it('policy: view the previous version and come back', async () => {
    const page = await open('/policy.html?policy=demo-shop', 'privacy-policy .document');
    let presses = await tabTo(page, '[part=versions] summary');
    await page.keyboard.press('Enter');
    presses += await tabTo(page, '[part=versions] button');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      document.querySelector('privacy-policy')!.shadowRoot!.activeElement?.matches('.notice'),
    );
    presses += await tabTo(page, '.notice button');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      document.querySelector('privacy-policy')!.shadowRoot!.activeElement?.matches('[part=versions] summary'),
    );
    record('policy: 이전 버전 보기 and back', presses, 14);
    await page.close();
  });

  it('signup: fill in, agree to everything, submit', async () => {
    const page = await open('/signup.html?policy=demo-shop', 'privacy-consent .base');
    let presses = await tabTo(page, '#user-id');
    await page.keyboard.type('hong1234');
    presses += await tabTo(page, '#password');
    await page.keyboard.type('correct horse battery');
    presses += await tabTo(page, '#email');
    await page.keyboard.type('hong@example.com');
    presses += await tabTo(page, '#agree-all');
    await page.keyboard.press('Space');
    if (await page.locator('privacy-consent #age:not(:checked)').count()) {
      presses += await tabTo(page, '#age');
      await page.keyboard.press('Space');
    }
    presses += await tabTo(page, 'button.primary');
    await page.keyboard.press('Enter');
    await page.locator('privacy-consent [part=receipt]').waitFor({ timeout: 15_000 });
    record('signup: 전체 동의 and 가입하기', presses, 36);
    await page.close();
  });
});
