/**
 * Language of parts (WCAG 3.1.2, issue 14 item 4): each piece of text is tagged with the language
 * it came from: the element's own strings with the UI catalog's, policy text with the language
 * it resolved to, also when a policy is only partly translated.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/privacy-consent.js';
import '../../src/privacy-policy.js';
import type { PrivacyPolicy } from '../../src/policy/index.js';
import { minimalPolicy } from '../fixtures/minimal-policy.js';
import { settled } from './helpers.js';
import { mislabelled } from './lang-checks.js';

/** Waits until the element speaks English (its catalog loads on demand) and rendered with it. */
const english = async (el: HTMLElement & { updateComplete: Promise<boolean> }) => {
  const localized = el as unknown as { localize: { catalogLang: string } };
  await waitUntil(() => localized.localize.catalogLang === 'en', 'English catalog loaded');
  await el.updateComplete;
};

const mount = async (tag: 'privacy-consent' | 'privacy-policy', attrs: string, policy?: PrivacyPolicy) => {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
  wrapper.innerHTML = `<${tag} ${attrs}></${tag}>`;
  const el = wrapper.querySelector(tag)!;
  if (policy) (el as { policy?: PrivacyPolicy }).policy = policy;
  return el;
};

/** minimalPolicy with only its title and one consent's title translated. */
const partlyTranslated = (): PrivacyPolicy => {
  const policy = minimalPolicy();
  return {
    ...policy,
    title: { ko: String(policy.title), en: 'Privacy policy' },
    consents: policy.consents!.map((item, index) =>
      index === 0 ? { ...item, title: { ko: String(item.title), en: 'Consent to collection and use' } } : item,
    ),
  };
};

describe('language of parts, English UI', () => {
  it('<privacy-policy> with a Korean policy: UI strings in English, policy text in Korean', async () => {
    const el = await mount('privacy-policy', 'src="/demo/policies/smartro.json"');
    await settled(el, '.document');
    await english(el);
    expect(mislabelled(el).join(' | ')).to.equal('');
  });

  it('<privacy-policy> with a partly translated policy: untranslated text stays Korean', async () => {
    const el = await mount('privacy-policy', '', partlyTranslated());
    await settled(el, '.document');
    await english(el);
    expect(mislabelled(el).join(' | ')).to.equal('');
  });

  for (const layout of ['inline', 'sheet']) {
    it(`<privacy-consent> (${layout}) with a Korean policy, every notice open`, async () => {
      const el = await mount('privacy-consent', `layout="${layout}" expanded`, minimalPolicy());
      await settled(el, '.base');
      await english(el);
      expect(mislabelled(el).join(' | ')).to.equal('');
    });
  }

  it('<privacy-consent> with a partly translated policy', async () => {
    const el = await mount('privacy-consent', 'expanded', partlyTranslated());
    await settled(el, '.base');
    await english(el);
    expect(mislabelled(el).join(' | ')).to.equal('');
  });
});
