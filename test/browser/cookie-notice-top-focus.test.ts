/**
 * A banner at the top (`position="top"`) hides no focused page control either (WCAG 2.4.11,
 * issue 14): a control under it is scrolled clear, and at the top of the page, where nothing is
 * left to scroll, room is made above the page on that keyboard step (and given back after the
 * choice).
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/privacy-cookie-notice.js';
import type { PrivacyCookieNotice } from '../../src/privacy-cookie-notice.js';
import { cookiePolicy } from '../fixtures/cookie-policy.js';

let cookieName = '';
let count = 0;

/** A page of `buttons` page controls from its very top, then a top banner in notice mode. */
const page = async (buttons: number) => {
  cookieName = `top_focus_${++count}`;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `${Array.from({ length: buttons }, (_, index) => `<p><button type="button">page ${index + 1}</button></p>`).join('')}
    <privacy-cookie-notice cookie-name="${cookieName}" mode="notice" position="top"></privacy-cookie-notice>`;
  const el = wrapper.querySelector<PrivacyCookieNotice>('privacy-cookie-notice')!;
  const loaded = oneEvent(el, 'privacy-load');
  el.policy = cookiePolicy();
  await loaded;
  await el.updateComplete;
  return { el, pageButtons: [...wrapper.querySelectorAll('button')] };
};

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const settle = async () => {
  await new Promise((resolve) => setTimeout(resolve));
  await frame();
  await frame();
};

const banner = (el: PrivacyCookieNotice) => el.shadowRoot!.querySelector<HTMLElement>('[part=banner]');

/** Whether `control` is wholly below the banner and inside the viewport. */
const clearOf = (el: PrivacyCookieNotice, control: HTMLElement) => {
  const box = control.getBoundingClientRect();
  return box.top >= banner(el)!.getBoundingClientRect().bottom && box.bottom <= window.innerHeight;
};

afterEach(() => {
  document.cookie = `${cookieName}=; Path=/; Max-Age=0`;
  (document.activeElement as HTMLElement | null)?.blur();
  window.scrollTo(0, 0);
});

describe('<privacy-cookie-notice position="top"> focus', () => {
  it('the banner sits at the top of the screen', async () => {
    const { el } = await page(3);
    expect(banner(el)!.getBoundingClientRect().top).to.be.below(window.innerHeight / 4);
  });

  it('the first page control, under the banner at the top of the page, is moved clear of it', async () => {
    const { el, pageButtons } = await page(40);
    const first = pageButtons[0]!;
    expect(clearOf(el, first), 'covered before it is focused').to.equal(false);
    first.focus();
    await waitUntil(() => clearOf(el, first), 'the first page control is below the banner', { timeout: 5000 });
    // The room goes with the banner.
    el.shadowRoot!.querySelector<HTMLElement>('[data-choice=acknowledge]')!.click();
    await waitUntil(() => !banner(el), 'banner gone');
    expect(getComputedStyle(document.documentElement).paddingTop).to.equal('0px');
  });

  it('Focus moving up the page: each control is scrolled out from under the banner', async () => {
    const { el, pageButtons } = await page(40);
    const last = pageButtons.at(-1)!;
    last.focus();
    await waitUntil(() => clearOf(el, last), 'the last page control is below the banner', { timeout: 5000 });
    for (const control of pageButtons.slice(-12, -1).reverse()) {
      // As Shift+Tab would (WebKit's driver cannot hold Shift).
      control.focus();
      await waitUntil(() => clearOf(el, control), `${control.textContent} below the banner`, { timeout: 5000 });
      // One keystroke at a time, as a person presses them: the scroll settles (a task and two
      // frames) before focus moves on. Firefox, focus moved again within the same task, once
      // left a control under the banner in the full suite.
      await settle();
      expect(clearOf(el, control), `${control.textContent} still below the banner`).to.equal(true);
    }
  });
});
