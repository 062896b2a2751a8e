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

/** The language a text node is in for assistive technology: its nearest `lang`, through the shadow root. */
const langOf = (node: Text): string => {
  let element: Element | null = node.parentElement;
  while (element) {
    const tagged = element.closest('[lang]');
    if (tagged) return tagged.getAttribute('lang')!.split('-')[0]!;
    const root = element.getRootNode();
    element = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
};

/** Text nodes whose script contradicts their language: Hangul outside `ko`, English words inside it. */
const mislabelled = (host: Element): string[] => {
  const found: string[] = [];
  const walker = document.createTreeWalker(host.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = node.data.replace(/\s+/g, ' ').trim();
    if (!text || node.parentElement?.closest('style')) continue;
    const lang = langOf(node);
    const hangul = /[가-힣]/.test(text);
    // English words; not an address, nor a loanword a Korean text writes in Latin letters (E-mail).
    const english =
      !hangul && /\b[a-z]{3,}\b/.test(text) && !/@|:\/\/|www\.|\.(com|kr|net)\b|^[A-Z]-?[a-z]+$/.test(text);
    if ((hangul && lang !== 'ko') || (english && lang !== 'en')) found.push(`${lang}: ${text.slice(0, 40)}`);
  }
  return found;
};

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
