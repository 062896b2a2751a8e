/**
 * The views `<privacy-consent>` keeps out of its first load (the notice tables and terms text,
 * sending and the confirmation) arrive with their styles and Korean strings before anyone needs
 * them: the notices with the policy, so the form never shows without them; the confirmation once
 * the policy is ready. A host's own Korean wording still wins over the strings they bring.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import '../../src/privacy-consent.js';
import type { PrivacyConsent } from '../../src/privacy-consent.js';
import { adoptStyles } from '../../src/components/privacy-consent/adopt-styles.js';
import { registerCatalog } from '../../src/i18n/index.js';
import koAccount from '../../src/i18n/ko/account.js';
import koCommon from '../../src/i18n/ko/common.js';
import koConsent from '../../src/i18n/ko/consent.js';
import koCookies from '../../src/i18n/ko/cookies.js';
import koPolicy from '../../src/i18n/ko/policy.js';
import { minimalPolicy } from '../fixtures/minimal-policy.js';
import { $, $$, mount, settled, text } from './helpers.js';

const korean = { ...koCommon, ...koConsent, ...koAccount, ...koPolicy, ...koCookies, $lang: 'ko', $name: '한국어' };

/** Ticks the required item and submits (no endpoint: the record is built, not sent). */
const submitted = async (el: PrivacyConsent) => {
  await settled(el, '.base');
  $(el, '#item-collect-required').click();
  const done = oneEvent(el, 'privacy-submitted');
  $(el, 'button.submit').click();
  await done;
  return settled(el, '.receipt');
};

describe('<privacy-consent> views loaded on demand', () => {
  afterEach(() => registerCatalog(korean));

  it('shows the notice tables, styled, as soon as the form shows', async () => {
    const el = await mount('privacy-consent', 'expanded', minimalPolicy());
    await settled(el, '.base');
    const headings = $$(el, '#notice-collect-required .notice-table th');
    expect(headings.map(text)).to.deep.equal([
      '수집·이용 목적',
      '수집 항목',
      '보유·이용 기간',
      '동의를 거부할 권리 및 거부 시 불이익',
    ]);
    // The notices' own sheet and the shared table look are adopted with the view.
    expect(getComputedStyle($(el, '.notice-table')).tableLayout).to.equal('fixed');
    expect(getComputedStyle(headings[0]!).borderTopStyle).to.equal('solid');
    expect($$(el, '#notice-provide .rows th').map(text)).to.include('제공받는 자');
  });

  it('confirms a submission in Korean, styled', async () => {
    const el = await submitted(await mount('privacy-consent', '', minimalPolicy()));
    const receipt = $(el, '.receipt');
    expect(text(receipt.querySelector('h2')!)).to.equal('개인정보 처리 동의 결과 안내');
    expect([...receipt.querySelectorAll('h3')].map(text)).to.include.members(['동의한 항목', '동의하지 않은 항목']);
    expect(getComputedStyle(receipt).borderTopStyle).to.equal('solid');
  });

  it('keeps a host’s Korean wording over the strings a view brings', async () => {
    registerCatalog({ ...korean, noticePurpose: '이용 목적', receiptTitle: '동의 결과' });
    const el = await mount('privacy-consent', 'expanded', minimalPolicy());
    await settled(el, '.base');
    expect(text($(el, '#notice-collect-required .notice-table th'))).to.equal('이용 목적');
    await submitted(el);
    expect(text($(el, '.receipt h2'))).to.equal('동의 결과');
  });

  it('adds a view’s styles as one <style> (with Lit’s nonce) where the engine cannot adopt style sheets', () => {
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    // What Lit's CSSResult is in such an engine: its text, no constructable sheet.
    const styles = { cssText: 'p { color: rgb(1, 2, 3); }', styleSheet: undefined } as unknown as CSSResult;
    const global = globalThis as { litNonce?: string };
    global.litNonce = 'n0nce';
    try {
      adoptStyles(root, styles);
      adoptStyles(root, styles);
    } finally {
      delete global.litNonce;
    }
    const added = [...root.querySelectorAll('style')];
    expect(added.map((style) => style.textContent)).to.deep.equal(['p { color: rgb(1, 2, 3); }']);
    expect(added[0]!.nonce).to.equal('n0nce');
    expect(root.adoptedStyleSheets).to.have.length(0);
  });
});
