/**
 * The form for screen-reader users (issue 14, item 6): toggles named with [필수]/[선택] when two
 * items share a title, the night-time option announced when it becomes available, and the
 * confirmation said through a live region that was already there, empty.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/privacy-consent.js';
import type { PrivacyConsent } from '../../src/privacy-consent.js';
import type { PrivacyPolicy } from '../../src/policy/index.js';
import { minimalPolicy } from '../fixtures/minimal-policy.js';
import { $, $$, settled, text } from './helpers.js';

const consent = async (policy: PrivacyPolicy, attrs = '') => {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<privacy-consent ${attrs}></privacy-consent>`;
  const el = wrapper.querySelector('privacy-consent')!;
  el.policy = policy;
  return settled(el, '.base');
};

/** The accessible name a button gets from its text (visually hidden parts included). */
const buttonName = (button: HTMLElement) => text(button);

const liveRegion = (el: PrivacyConsent) => $(el, '[role=status][aria-live=polite]');

describe('<privacy-consent> names and announcements', () => {
  it('names each item’s 자세히 보기 with [필수]/[선택] when a required and an optional item share a title', async () => {
    const policy = minimalPolicy();
    const required = policy.consents![0]!;
    const shared: PrivacyPolicy = {
      ...policy,
      consents: [required, { ...required, id: 'collect-optional', required: false }, ...policy.consents!.slice(1)],
    };
    const el = await consent(shared, 'layout="inline"');
    const names = $$(el, 'li.item [part=toggle]').map(buttonName);
    expect(names).to.include('자세히 보기: [필수] 개인정보 수집·이용 동의');
    expect(names).to.include('자세히 보기: [선택] 개인정보 수집·이용 동의');
    expect(new Set(names).size, 'every name different').to.equal(names.length);
  });

  it('names the sheet layout’s 보기 buttons with [필수]/[선택] too', async () => {
    const el = await consent(minimalPolicy(), 'layout="sheet"');
    const names = $$(el, 'li.item [part=view]').map(buttonName);
    expect(names[0]).to.equal('보기: [필수] 개인정보 수집·이용 동의');
    expect(names).to.include('보기: [선택] 광고성 정보 수신 동의');
  });

  it('announces when choosing a channel makes the night-time option available, and when it goes', async () => {
    const el = await consent(minimalPolicy());
    const night = $<HTMLInputElement>(el, '#night-ads');
    expect(night.disabled).to.equal(true);
    const sms = $<HTMLInputElement>(el, '#channel-ads-sms');
    sms.click();
    await el.updateComplete;
    expect(night.disabled).to.equal(false);
    await waitUntil(
      () => text(liveRegion(el)) === '이제 야간 광고성 정보 수신 동의를 선택할 수 있습니다.',
      'announced',
    );
    sms.click();
    await el.updateComplete;
    expect(night.disabled).to.equal(true);
    await waitUntil(() => text(liveRegion(el)).includes('선택할 수 없습니다'), 'announced as gone');
  });

  it('keeps one live region from loading on, so later messages are changes a screen reader says', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = '<privacy-consent src="/demo/policies/smartro.json"></privacy-consent>';
    const el = wrapper.querySelector('privacy-consent')!;
    await el.updateComplete;
    const region = liveRegion(el);
    expect(region, 'there while loading').to.exist;
    expect(text(region)).to.equal('');
    await settled(el, '.base');
    expect(liveRegion(el)).to.equal(region);
  });
});
