import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocalizeController } from '../../src/components/shared/localize-controller.js';
import { catalogFor, isSupported, loadedCatalog, registerCatalog, resolveLang } from '../../src/i18n/index.js';
import koAccount from '../../src/i18n/ko/account.js';
import koCommon from '../../src/i18n/ko/common.js';
import koConsent from '../../src/i18n/ko/consent.js';
import koCookies from '../../src/i18n/ko/cookies.js';
import koPolicy from '../../src/i18n/ko/policy.js';

class LangProbe extends LitElement {
  readonly localize = new LocalizeController(this);
  override render() {
    return html`<span>${this.localize.term('required')}</span>`;
  }
}
customElements.define('lang-probe', LangProbe);

const shown = (el: LangProbe) => el.shadowRoot!.querySelector('span')!.textContent;
const settle = async (el: LangProbe) => {
  await catalogFor(el.localize.lang);
  await el.updateComplete;
};

describe('i18n', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('resolves the language from the element, an ancestor (across shadow roots), then <html>', async () => {
    const outer = await fixture<HTMLDivElement>(
      html`<div lang="ja">
        <p><span id="inner"></span></p>
      </div>`,
    );
    expect(resolveLang(outer.querySelector('#inner')!)).to.equal('ja');
    const host = document.createElement('div');
    host.setAttribute('lang', 'en-GB');
    const inShadow = document.createElement('b');
    host.attachShadow({ mode: 'open' }).append(inShadow);
    outer.append(host);
    expect(resolveLang(inShadow)).to.equal('en-GB');
    document.documentElement.setAttribute('lang', 'ko');
    expect(resolveLang(document.createElement('i'))).to.equal('ko');
  });

  it('defaults to Korean when nothing says otherwise', () => {
    document.documentElement.removeAttribute('lang');
    expect(resolveLang(document.createElement('i'))).to.equal('ko');
  });

  it('bundles Korean and loads other catalogs on demand, with region fallback', async () => {
    expect(loadedCatalog('ko')?.required).to.equal('필수');
    expect(isSupported('en-US')).to.equal(true);
    expect(isSupported('xx')).to.equal(false);
    expect((await catalogFor('en-US')).required).to.equal('Required');
    expect((await catalogFor('xx')).$lang).to.equal('ko');
  });

  it('lets a host register its own catalog', async () => {
    registerCatalog({
      ...koCommon,
      ...koConsent,
      ...koAccount,
      ...koPolicy,
      ...koCookies,
      $lang: 'ja',
      $name: '日本語',
      required: '必須',
    });
    expect((await catalogFor('ja-JP')).required).to.equal('必須');
  });

  it('renders in the resolved language and follows lang changes', async () => {
    document.documentElement.setAttribute('lang', 'ko');
    const el = await fixture<LangProbe>(html`<lang-probe></lang-probe>`);
    expect(shown(el)).to.equal('필수');
    el.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await settle(el);
    expect(shown(el)).to.equal('Required');
    el.removeAttribute('lang');
    document.documentElement.setAttribute('lang', 'ko-KR');
    await new Promise((resolve) => setTimeout(resolve));
    await settle(el);
    expect(shown(el)).to.equal('필수');
  });

  it('formats dates for the language', async () => {
    const el = await fixture<LangProbe>(html`<lang-probe lang="ko"></lang-probe>`);
    expect(el.localize.date('2020-06-16')).to.equal('2020년 6월 16일');
    el.setAttribute('lang', 'en');
    el.localize.refresh();
    expect(el.localize.date('2020-06-16')).to.equal('June 16, 2020');
  });
});
