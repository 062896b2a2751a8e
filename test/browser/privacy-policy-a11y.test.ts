/**
 * The viewer for keyboard and screen-reader users (issue 14): focus after opening a previous
 * version, deep links in the footer dialog clear of its sticky bar, the card layout in the dialog,
 * table headers that say something once, and a footer trigger in the footer's own colour and font.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/privacy-policy.js';
import type { PrivacyPolicyElement } from '../../src/privacy-policy.js';
import type { PrivacyPolicy } from '../../src/policy/index.js';
import { minimalPolicy } from '../fixtures/minimal-policy.js';
import { $, $$, nameOf, settled, text } from './helpers.js';

const ready = (el: PrivacyPolicyElement) => settled(el, '.document, .alert');
const seedUrl = (name: string) => `/demo/policies/${name}.json`;

const withPrevious = (): PrivacyPolicy => ({
  ...minimalPolicy(),
  previousVersions: [
    { version: '2025-01-01', effectiveOn: '2025-01-01', policy: { ...minimalPolicy(), version: '2025-01-01' } },
  ],
});

/** A footer holding a dialog-mode viewer; `style` themes the footer. */
const footer = async (src: string, attrs = '', style = '') => {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<footer style="${style}"><a href="#">이용약관</a> <privacy-policy dialog src="${src}" ${attrs}></privacy-policy></footer>`;
  const el = wrapper.querySelector('privacy-policy')!;
  await el.updateComplete;
  return el;
};

describe('<privacy-policy> accessibility', () => {
  it('after "이전 버전 보기", focus is on the notice saying which version is shown, and back again', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = '<privacy-policy></privacy-policy>';
    const el = wrapper.querySelector('privacy-policy')!;
    el.policy = withPrevious();
    await ready(el);
    $(el, '.versions summary').click();
    const view = $$(el, '.versions button').find((button) => text(button).startsWith('보기'))!;
    view.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.matches('.notice'), 'focus on the notice');
    expect(text(el.shadowRoot!.activeElement as HTMLElement)).to.contain('이전 개인정보 처리방침');
    await sendKeys({ press: 'Tab' });
    expect(text(el.shadowRoot!.activeElement as HTMLElement)).to.equal('현재 개인정보 처리방침 보기');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.matches('[part=versions] summary'), 'focus on the list');
  });

  it('in the footer dialog, a deep link’s heading is focused below the sticky close bar', async () => {
    const el = await footer(seedUrl('smartro'), 'section="cookies"');
    el.show();
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'h-cookies', 'the cookie heading has focus', {
      timeout: 5000,
    });
    const heading = el.shadowRoot!.activeElement!.getBoundingClientRect();
    const bar = $(el, '.dialog-bar').getBoundingClientRect();
    expect(heading.top, 'heading below the bar').to.be.at.least(bar.bottom - 1);
    // A table-of-contents link does the same.
    const link = $$<HTMLAnchorElement>(el, '.toc a').find((anchor) => anchor.getAttribute('href') === '#p-officer')!;
    link.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'h-officer');
    const officer = el.shadowRoot!.activeElement!.getBoundingClientRect();
    expect(officer.top).to.be.at.least($(el, '.dialog-bar').getBoundingClientRect().bottom - 1);
  });

  it('lays typed tables out as cards in a narrow dialog: nothing scrolls sideways', async () => {
    const style = document.createElement('style');
    style.textContent = 'privacy-policy::part(dialog) { inline-size: 320px; }';
    document.head.append(style);
    try {
      const el = await footer(seedUrl('smartro'));
      el.show();
      await ready(el);
      await waitUntil(() => $(el, '[data-block=entrustment] td'), 'tables rendered');
      const dialog = $(el, 'dialog');
      expect(getComputedStyle($(el, '[data-block=entrustment] td')).display).to.equal('block');
      const wide = $$(el, '.table-wrap').filter((wrap) => wrap.scrollWidth > wrap.clientWidth + 1);
      for (const wrap of wide) {
        // Any wrapper that still scrolls is a named region with a Tab stop.
        expect(wrap.getAttribute('role'), wrap.dataset.block).to.equal('region');
        expect(nameOf(wrap), wrap.dataset.block).to.not.equal(null);
        expect(wrap.tabIndex, wrap.dataset.block).to.equal(0);
      }
      expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth + 1);
    } finally {
      style.remove();
    }
  });

  it('renders no empty table header: a row-label column has a plain cell', async () => {
    // qsolution's retention table labels its rows (가, 나, …) in a column without a heading.
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<privacy-policy src="${seedUrl('qsolution')}"></privacy-policy>`;
    const el = wrapper.querySelector('privacy-policy')!;
    await ready(el);
    const headers = $$(el, '[data-block=retention] th');
    expect(headers.length).to.be.above(0);
    for (const header of $$(el, 'th')) expect(text(header), header.outerHTML.slice(0, 80)).to.not.equal('');
  });

  it('shows a card cell’s column label without reading it a second time', async () => {
    const style = document.createElement('style');
    style.textContent = 'privacy-policy.narrow { inline-size: 320px; }';
    document.head.append(style);
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.innerHTML = `<privacy-policy class="narrow" src="${seedUrl('smartro')}"></privacy-policy>`;
      const el = wrapper.querySelector('privacy-policy')!;
      await ready(el);
      const cell = $(el, '[data-block=entrustment] td[data-label]');
      const before = getComputedStyle(cell, '::before');
      expect(before.display).to.equal('block');
      // `content: attr(data-label) / ''`: shown, with empty alternative text (the header names it).
      expect(before.content).to.match(/\/\s*""$/);
    } finally {
      style.remove();
    }
  });

  it('puts the footer trigger in the footer’s colour and size, bold, themeable by tokens', async () => {
    const el = await footer(seedUrl('smartro'), '', 'color: rgb(200, 201, 202); font-size: 13px; background: #111');
    const trigger = $(el, '[part=trigger]');
    expect(getComputedStyle(trigger).color).to.equal('rgb(200, 201, 202)');
    expect(getComputedStyle(trigger).fontSize).to.equal('13px');
    expect(getComputedStyle(trigger.querySelector('strong')!).fontWeight).to.equal('700');
    el.style.setProperty('--privacy-color-trigger', 'rgb(255, 255, 255)');
    el.style.setProperty('--privacy-font-size-trigger', '15px');
    expect(getComputedStyle(trigger).color).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(trigger).fontSize).to.equal('15px');
    // The dialog keeps the element's own text colour and size.
    el.show();
    await ready(el);
    expect(getComputedStyle($(el, 'dialog')).fontSize).to.equal('16px');
  });
});
