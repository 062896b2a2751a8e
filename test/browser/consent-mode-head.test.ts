/**
 * The notice on a page whose head script (src/consent-mode-head.js) queued the Consent Mode
 * default, and the head script itself in a fresh page where the notice is not defined yet (its
 * order with Google's snippet and its CSP hash are tested in test/e2e/consent-mode-head.e2e.test.ts).
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import '../../src/privacy-cookie-notice.js';
import type { PrivacyCookieNotice } from '../../src/privacy-cookie-notice.js';
import { cookiePolicy } from '../fixtures/cookie-policy.js';

/** A cookie value as the notice stores it: a choice of analytics, granting `analytics_storage`. */
const storedChoice = (fingerprint: string) =>
  encodeURIComponent(
    JSON.stringify({
      v: 1,
      f: fingerprint,
      c: { analytics: true },
      d: new Date().toISOString(),
      r: 'r',
      g: 'analytics_storage',
    }),
  );

describe('<privacy-cookie-notice> after the Consent Mode head script', () => {
  it('lets the notice keep the defaults it set (no second default) and update them from the choice', async () => {
    const saved = (window as { dataLayer?: unknown[] }).dataLayer;
    (window as { dataLayer?: unknown[] }).dataLayer = [];
    try {
      // What the head script queued.
      (function (..._args: unknown[]) {
        // eslint-disable-next-line prefer-rest-params -- gtag reads the Arguments object itself.
        (window as unknown as { dataLayer: unknown[] }).dataLayer.push(arguments);
      })('consent', 'default', { analytics_storage: 'denied' });
      const el = await fixture<PrivacyCookieNotice>(
        html`<privacy-cookie-notice consent-mode mode="opt-in" cookie-name="head_notice"></privacy-cookie-notice>`,
      );
      const loaded = oneEvent(el, 'privacy-load');
      el.policy = cookiePolicy();
      await loaded;
      await waitUntil(() => el.shadowRoot!.querySelector('[data-choice=accept]'));
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-choice=accept]')!.click();
      await waitUntil(() => document.cookie.includes('head_notice='));
      const calls = ((window as { dataLayer?: IArguments[] }).dataLayer ?? []).map((args) => [...args]);
      expect(calls.filter((call) => call[1] === 'default')).to.have.length(1);
      expect(calls.at(-1)!.slice(0, 2)).to.deep.equal(['consent', 'update']);
      // The stored choice tells the head script what to grant on the next page.
      const stored = decodeURIComponent(
        document.cookie
          .split('; ')
          .find((c) => c.startsWith('head_notice='))!
          .slice(12),
      );
      expect(JSON.parse(stored).g).to.be.a('string').and.include('analytics_storage');
    } finally {
      (window as { dataLayer?: unknown[] }).dataLayer = saved;
      document.cookie = 'head_notice=; Path=/; Max-Age=0';
    }
  });

  it('withdraws what an outdated stored choice granted (the rules changed) and asks again', async () => {
    const saved = (window as { dataLayer?: unknown[] }).dataLayer;
    (window as { dataLayer?: unknown[] }).dataLayer = [];
    // A choice made under other cookie rules: the head script granted analytics from it.
    document.cookie = `head_stale=${storedChoice('stale')}; Path=/`;
    try {
      const el = await fixture<PrivacyCookieNotice>(
        html`<privacy-cookie-notice consent-mode mode="opt-in" cookie-name="head_stale"></privacy-cookie-notice>`,
      );
      const loaded = oneEvent(el, 'privacy-load');
      el.policy = cookiePolicy();
      await loaded;
      await waitUntil(() => el.shadowRoot!.querySelector('[part=banner]'), 'asked again');
      const calls = ((window as { dataLayer?: IArguments[] }).dataLayer ?? []).map((args) => [...args]);
      const update = calls.find((call) => call[1] === 'update');
      expect(update, 'an update').to.not.equal(undefined);
      expect(update![2]).to.include({ analytics_storage: 'denied', ad_storage: 'denied', security_storage: 'granted' });
    } finally {
      (window as { dataLayer?: unknown[] }).dataLayer = saved;
      document.cookie = 'head_stale=; Path=/; Max-Age=0';
    }
  });
});

// The file as shipped, byte for byte (the dev server would transpile it if it were fetched).
const headScript = readFile({ path: '../../src/consent-mode-head.js' });

type HeadWindow = Window & typeof globalThis & { dataLayer?: IArguments[] };

const frames: HTMLIFrameElement[] = [];

/**
 * A fresh page whose head runs the script and whose body holds a prerendered banner: an iframe
 * written with document.open(), so it has this page's URL (and cookies) but a registry of its own,
 * where `privacy-cookie-notice` is not defined.
 */
const pageAfterHeadScript = async (cookieName: string) => {
  const script = await headScript;
  expect(script, 'read src/consent-mode-head.js').to.be.a('string');
  const frame = document.createElement('iframe');
  frames.push(frame);
  document.body.append(frame);
  const doc = frame.contentDocument!;
  doc.open();
  doc.write(
    `<!doctype html><html><head><script data-cookie-name="${cookieName}">${script}</script></head><body>` +
      '<privacy-cookie-notice><template shadowrootmode="open"><div part="banner">쿠키 배너</div></template>' +
      '</privacy-cookie-notice></body></html>',
  );
  doc.close();
  const win = frame.contentWindow as HeadWindow;
  const notice = doc.querySelector('privacy-cookie-notice')!;
  return { doc, win, notice, display: () => win.getComputedStyle(notice).display };
};

describe('the Consent Mode head script and a prerendered banner', () => {
  let cookieName = '';
  let run = 0;

  beforeEach(() => {
    cookieName = `head_banner_${++run}_${Date.now()}`;
  });

  afterEach(() => {
    document.cookie = `${cookieName}=; Path=/; Max-Age=0`;
    frames.splice(0).forEach((frame) => frame.remove());
  });

  it('hides the undefined notice for a visitor with a stored choice, until the element is defined', async () => {
    document.cookie = `${cookieName}=${storedChoice('x')}; Path=/`;
    const { doc, win, notice, display } = await pageAfterHeadScript(cookieName);

    expect(doc.adoptedStyleSheets).to.have.length(1);
    const rules = [...doc.adoptedStyleSheets[0]!.cssRules] as CSSStyleRule[];
    expect(rules.map((rule) => [rule.selectorText, rule.style.display])).to.deep.equal([
      ['privacy-cookie-notice:not(:defined)', 'none'],
    ]);
    expect(display(), 'hidden before the element is defined').to.equal('none');

    win.customElements.define('privacy-cookie-notice', class extends win.HTMLElement {});
    expect(notice.matches(':defined')).to.equal(true);
    expect(display(), 'the element decides once defined').to.not.equal('none');

    // The Consent Mode default is unchanged: one gtag-style Arguments entry, the choice granted.
    expect(win.dataLayer).to.have.length(1);
    const entry = win.dataLayer![0]!;
    expect(Object.prototype.toString.call(entry)).to.equal('[object Arguments]');
    expect([...entry].slice(0, 2)).to.deep.equal(['consent', 'default']);
    expect(entry[2]).to.deep.equal({
      security_storage: 'granted',
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'granted',
      functionality_storage: 'denied',
      personalization_storage: 'denied',
    });
  });

  it('adopts nothing and leaves the banner shown on a first visit', async () => {
    const { doc, win, display } = await pageAfterHeadScript(cookieName);
    expect(doc.adoptedStyleSheets).to.have.length(0);
    expect(display()).to.equal('inline');
    expect(win.dataLayer![0]![2]).to.include({ analytics_storage: 'denied', wait_for_update: 500 });
  });

  for (const [label, value] of [
    ['not JSON', '%7Bbroken'],
    ['JSON null', 'null'],
  ]) {
    it(`treats a malformed stored choice (${label}) as none: nothing adopted, the banner shown`, async () => {
      document.cookie = `${cookieName}=${value}; Path=/`;
      const { doc, win, display } = await pageAfterHeadScript(cookieName);
      expect(doc.adoptedStyleSheets).to.have.length(0);
      expect(display()).to.equal('inline');
      expect(win.dataLayer![0]![2]).to.include({ analytics_storage: 'denied', wait_for_update: 500 });
    });
  }
});
