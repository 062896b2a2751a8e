/**
 * Keyboard focus around the cookie notice: never hidden under the banner, never lost to `<body>`
 * after a choice, the banner reachable early, Esc, and the settings dialog's popovers and close
 * button (issue 14, items 1, 2 and 5).
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/privacy-cookie-notice.js';
import type { PrivacyCookieNotice } from '../../src/privacy-cookie-notice.js';
import { cookiePolicy } from '../fixtures/cookie-policy.js';
import { $, text } from './helpers.js';

let cookieName = '';
let count = 0;

/** A page with `buttons` page controls, then the notice (last, as the docs say). */
const page = async (mode: 'opt-in' | 'notice', buttons = 3) => {
  cookieName = `focus_consent_${++count}`;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `${Array.from({ length: buttons }, (_, index) => `<p><button type="button">page ${index + 1}</button></p>`).join('')}
    <privacy-cookie-notice cookie-name="${cookieName}" mode="${mode}"></privacy-cookie-notice>`;
  const el = wrapper.querySelector('privacy-cookie-notice')!;
  const loaded = oneEvent(el, 'privacy-load');
  el.policy = cookiePolicy();
  await loaded;
  await el.updateComplete;
  const pageButtons = [...wrapper.querySelectorAll('button')];
  return { el, pageButtons };
};

const banner = (el: PrivacyCookieNotice) => el.shadowRoot!.querySelector<HTMLElement>('[part=banner]');
// The settings dialog loads on first use: null until then.
const dialog = (el: PrivacyCookieNotice) => ({ open: el.shadowRoot!.querySelector('dialog')?.open ?? false });

afterEach(() => {
  document.cookie = `${cookieName}=; Path=/; Max-Age=0`;
  (document.activeElement as HTMLElement | null)?.blur();
  window.scrollTo(0, 0);
});

describe('<privacy-cookie-notice> focus', () => {
  it('scrolls a focused page control at the end of the page clear of the banner', async () => {
    const { el, pageButtons } = await page('notice', 40);
    const last = pageButtons.at(-1)!;
    pageButtons.at(-2)!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(last);
    const clear = () => last.getBoundingClientRect().bottom <= banner(el)!.getBoundingClientRect().top;
    // The focus handling loads once the banner is on screen: allow for a slow download.
    await waitUntil(clear, 'the last page control is above the banner', { timeout: 5000 });
  });

  it('keeps the banner to a third of the screen at most', async () => {
    const { el } = await page('opt-in');
    expect(banner(el)!.getBoundingClientRect().height).to.be.at.most(window.innerHeight / 3);
  });

  it('takes focus on first show where a choice is required (opt-in)', async () => {
    const { el } = await page('opt-in');
    await waitUntil(() => el.shadowRoot!.activeElement === banner(el), 'the banner has focus');
  });

  it('in notice mode leaves focus alone and announces the banner politely', async () => {
    const { el, pageButtons } = await page('notice');
    pageButtons[0]!.focus();
    const status = $(el, '[role=status]');
    await waitUntil(() => text(status) === '쿠키 사용 안내가 열렸습니다. 페이지의 마지막 항목입니다.', 'announced');
    expect(document.activeElement).to.equal(pageButtons[0]);
  });

  it('Esc in the banner: 확인 in notice mode, back to the page in opt-in mode', async () => {
    const notice = await page('notice');
    $(notice.el, '[data-choice=acknowledge]').focus();
    const changed = oneEvent(notice.el, 'privacy-cookie-change');
    await sendKeys({ press: 'Escape' });
    expect((await changed).detail.categories).to.deep.equal({ necessary: true, analytics: false, advertising: false });

    const optIn = await page('opt-in');
    optIn.pageButtons[1]!.focus();
    $(optIn.el, '[data-choice=reject]').focus();
    await sendKeys({ press: 'Escape' });
    expect(document.activeElement).to.equal(optIn.pageButtons[1]);
    expect(banner(optIn.el), 'no choice was made').not.to.equal(null);
  });

  for (const choice of ['accept', 'reject'] as const) {
    it(`after ${choice} in the banner, focus goes back to the page, not to <body>`, async () => {
      const { el, pageButtons } = await page('opt-in');
      pageButtons[2]!.focus();
      $(el, `[data-choice=${choice}]`).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !banner(el), 'banner gone');
      await waitUntil(() => document.activeElement === pageButtons[2], 'focus on the last page control');
    });
  }

  it('after a choice in a banner that took focus first, the next Tab goes to the page’s first control', async () => {
    const { el, pageButtons } = await page('opt-in');
    await waitUntil(() => el.shadowRoot!.activeElement === banner(el));
    $(el, '[data-choice=accept]').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !banner(el));
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(pageButtons[0]);
  });

  it('after 선택 저장 in settings opened from the banner, focus goes back to the page', async () => {
    const { el, pageButtons } = await page('opt-in');
    pageButtons[0]!.focus();
    $(el, '[data-choice=customize]').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(el).open);
    $(el, 'dialog [data-choice=save]').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !dialog(el).open && !banner(el));
    await waitUntil(() => document.activeElement === pageButtons[0], 'focus on the page control');
  });

  it('after a choice in settings opened from a page link, focus goes back to that link', async () => {
    const { el, pageButtons } = await page('notice');
    await press(el, 'acknowledge');
    const opener = pageButtons[1]!;
    opener.addEventListener('click', () => el.show());
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(el).open);
    $(el, 'dialog [data-choice=reject]').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !dialog(el).open);
    await waitUntil(() => document.activeElement === opener, 'focus on the opener');
  });

  it('closes a category explanation when focus moves on, so it covers no other control', async () => {
    const { el } = await page('opt-in');
    el.show();
    await waitUntil(() => dialog(el).open);
    $(el, '[data-category=analytics] .info').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('#about-analytics'), 'open');
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => !el.shadowRoot!.querySelector('#about-analytics'), 'closed on focus-out');
    expect(dialog(el).open).to.equal(true);
  });

  it('gives the settings dialog a visible close button that returns focus', async () => {
    const { el, pageButtons } = await page('notice');
    await press(el, 'acknowledge');
    pageButtons[0]!.addEventListener('click', () => el.show());
    pageButtons[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(el).open);
    const close = $(el, 'dialog [part=close]');
    expect(text(close)).to.equal('닫기');
    const box = close.getBoundingClientRect();
    expect(box.width * box.height).to.be.above(0);
    close.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !dialog(el).open);
    await waitUntil(() => document.activeElement === pageButtons[0], 'focus back on the opener');
  });
});

const press = async (el: PrivacyCookieNotice, choice: string) => {
  const changed = oneEvent(el, 'privacy-cookie-change');
  $(el, `[part=banner] [data-choice=${choice}]`).click();
  await changed;
  await el.updateComplete;
};
