/**
 * The notice on a page whose head script (src/consent-mode-head.js) queued the Consent Mode
 * default: the page itself is tested in test/e2e/consent-mode-head.e2e.test.ts.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/privacy-cookie-notice.js';
import type { PrivacyCookieNotice } from '../../src/privacy-cookie-notice.js';
import { cookiePolicy } from '../fixtures/cookie-policy.js';

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
    const stale = {
      v: 1,
      f: 'stale',
      c: { analytics: true },
      d: new Date().toISOString(),
      r: 'r',
      g: 'analytics_storage',
    };
    document.cookie = `head_stale=${encodeURIComponent(JSON.stringify(stale))}; Path=/`;
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
