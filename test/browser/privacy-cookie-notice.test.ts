import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/privacy-cookie-notice.js';
import type { PrivacyCookieNotice } from '../../src/privacy-cookie-notice.js';
import type { ConsentRecord } from '../../src/consent/record.js';
import { policyHash, type PrivacyPolicy } from '../../src/policy/index.js';
import { cookieDocument } from '../../src/policy/derive-cookie-document.js';
import { COOKIE_CATEGORIES, cookiePolicy } from '../fixtures/cookie-policy.js';
import { $, $$, nameOf, text } from './helpers.js';
import { runPolicyLoadingTests } from './suites/policy-loading.suite.js';

// A banner that failed to load says so quietly (an alert, no retry); it never blocks the page.
runPolicyLoadingTests({
  tag: 'privacy-cookie-notice',
  attributes: () => `cookie-name="suite_${++count}"`,
  readySelector: '[part=banner]',
  validPolicy: cookiePolicy,
  seedUrl: '/demo/policies/qsolution.json',
  invalid: () => {
    const policy = cookiePolicy([{ ...COOKIE_CATEGORIES[1]!, kind: 'everything' as 'analytics' }]);
    const section = policy.sections.findIndex((entry) => entry.id === 'cookies');
    return { policy, path: `$.sections[${section}].blocks[0].categories[0].kind` };
  },
  showsLoading: false,
  offersRetry: false,
  listsProblems: false,
});

let cookieName = '';
let count = 0;

/** A notice with its own cookie name; `again` re-creates it on the same cookie (a reload). */
const notice = async (policy: PrivacyPolicy = cookiePolicy(), attrs = 'mode="opt-in"', again = false) => {
  if (!again) cookieName = `test_consent_${++count}`;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<privacy-cookie-notice cookie-name="${cookieName}" ${attrs}></privacy-cookie-notice>`;
  const el = wrapper.querySelector('privacy-cookie-notice')!;
  const loaded = oneEvent(el, 'privacy-load');
  el.policy = policy;
  await loaded;
  await el.updateComplete;
  return el;
};
const bannerShown = (el: PrivacyCookieNotice) => el.shadowRoot!.querySelector('[part=banner]') !== null;
const press = async (el: PrivacyCookieNotice, choice: string, where = '[part=banner]') => {
  const changed = oneEvent(el, 'privacy-cookie-change');
  $(el, `${where} [data-choice=${choice}]`).click();
  return (await changed).detail;
};
const openSettings = async (el: PrivacyCookieNotice) => {
  el.show();
  // The dialog loads on first use.
  await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open);
};

/** Records what the page writes to document.cookie. */
const cookieWrites = () => {
  const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  const writes: string[] = [];
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => descriptor.get!.call(document),
    set: (value: string) => {
      writes.push(value);
      descriptor.set!.call(document, value);
    },
  });
  return { writes, restore: () => delete (document as { cookie?: string }).cookie };
};

afterEach(() => {
  document.cookie = `${cookieName}=; Path=/; Max-Age=0`;
  delete (window as { __gatedRan?: boolean }).__gatedRan;
});

describe('<privacy-cookie-notice>', () => {
  describe('the banner', () => {
    it('is a labelled region over the page, not a modal, and shifts no layout', async () => {
      const before = document.body.getBoundingClientRect().height;
      const el = await notice();
      const banner = $(el, '[part=banner]');
      expect(banner.getAttribute('aria-labelledby')).to.equal('banner-title');
      expect(text($(el, '#banner-title'))).to.equal('쿠키 사용 안내');
      expect(getComputedStyle(banner).position).to.equal('fixed');
      expect(document.body.getBoundingClientRect().height).to.equal(before);
      expect(el.shadowRoot!.querySelector('dialog[open]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('makes reject exactly as prominent as accept, whatever the theme', async () => {
      const style = document.createElement('style');
      style.textContent = 'privacy-cookie-notice::part(choice) { padding: 2px; font-size: 30px; }';
      document.head.append(style);
      try {
        const el = await notice();
        const [accept, reject] = [$(el, '[data-choice=accept]'), $(el, '[data-choice=reject]')];
        const props = [
          'font-size',
          'font-weight',
          'padding',
          'border',
          'color',
          'background-color',
          'height',
          'width',
          'border-radius',
        ];
        const look = (node: HTMLElement) => props.map((prop) => getComputedStyle(node).getPropertyValue(prop));
        expect(look(reject)).to.deep.equal(look(accept));
        expect(reject.getBoundingClientRect().top).to.equal(accept.getBoundingClientRect().top);
        expect(parseFloat(getComputedStyle(accept).fontSize)).to.be.below(30);
      } finally {
        style.remove();
      }
    });

    it('in notice mode informs, links to the policy, explains refusal per browser, and offers settings', async () => {
      const el = await notice(cookiePolicy(), 'mode="notice" policy-href="/privacy?section=cookies"');
      expect($$(el, '[part=banner] [part=choice]').map(text)).to.deep.equal(['확인', '설정']);
      expect($(el, '[part=banner] a').getAttribute('href')).to.equal('/privacy?section=cookies');
      expect($$(el, '[part=banner] .refusal li').map(text)).to.deep.equal([
        'Chrome: 설정 > 개인정보 보호 및 보안 > 쿠키',
        'Safari: 설정 > 개인정보 보호',
      ]);
      const change = await press(el, 'acknowledge');
      expect(change.categories).to.deep.equal({ necessary: true, analytics: false, advertising: false });
      expect(bannerShown(el)).to.equal(false);
    });

    it('names each browser’s help link after its browser, apart from the policy link', async () => {
      const policy = JSON.parse(JSON.stringify(cookiePolicy())) as PrivacyPolicy;
      const refusal = policy.sections.flatMap((section) => section.blocks).find((b) => b.type === 'cookie-refusal')!;
      Object.assign(refusal, {
        browsers: [
          { browser: 'Chrome', steps: '설정 > 쿠키', url: 'https://support.google.com/chrome/answer/95647' },
          {
            browser: { ko: '사파리', en: 'Safari' },
            steps: '설정 > 개인정보 보호',
            url: 'https://support.apple.com/ko-kr/105082',
          },
          { steps: '브라우저 설정에서 쿠키를 차단합니다.', url: 'https://example.com/cookies' },
        ],
      });
      const el = await notice(policy, 'mode="notice" policy-href="/privacy?section=cookies"');
      const names = $$<HTMLAnchorElement>(el, '[part=banner] a').map((a) => text(a));
      expect(names).to.deep.equal([
        '쿠키 정책 자세히 보기',
        'Chrome에서 쿠키 거부하는 방법',
        '사파리에서 쿠키 거부하는 방법',
        '브라우저에서 쿠키를 거부하는 방법',
      ]);
      expect(new Set(names).size, 'every link has its own name').to.equal(names.length);
      await expect(el).to.be.accessible();
    });

    it('offers no settings when the policy has only necessary cookies', async () => {
      const el = await notice(cookiePolicy([COOKIE_CATEGORIES[0]!]), 'mode="notice"');
      expect($$(el, '[part=banner] [part=choice]').map(text)).to.deep.equal(['확인']);
    });
  });

  describe('choices', () => {
    it('start off for every optional category; necessary ones are always on and say so', async () => {
      const el = await notice();
      await openSettings(el);
      const boxes = Object.fromEntries(
        $$(el, '.category').map((li) => [li.dataset.category, li.querySelector('input')!]),
      );
      expect(boxes.necessary!.checked && boxes.necessary!.disabled).to.equal(true);
      expect(text($(el, '[data-category=necessary] label'))).to.equal('필수 쿠키 (항상 사용)');
      expect(boxes.analytics!.checked || boxes.advertising!.checked).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('persist across a reload, with hasConsent() answering', async () => {
      const el = await notice();
      expect(el.hasConsent('analytics')).to.equal(false);
      expect(el.hasConsent('necessary')).to.equal(true);
      await press(el, 'accept');
      expect(el.hasConsent('analytics')).to.equal(true);
      const reloaded = await notice(cookiePolicy(), 'mode="opt-in"', true);
      expect(bannerShown(reloaded)).to.equal(false);
      expect(reloaded.hasConsent('advertising')).to.equal(true);
    });

    it('ask again when the stored cookie was tampered with ("false" is not consent)', async () => {
      const el = await notice();
      await press(el, 'reject');
      const prefix = `${cookieName}=`;
      const stored = document.cookie
        .split('; ')
        .find((part) => part.startsWith(prefix))!
        .slice(prefix.length);
      const choice = JSON.parse(decodeURIComponent(stored)) as { c: Record<string, unknown> };
      choice.c = { analytics: 'false', advertising: 'yes' };
      document.cookie = `${prefix}${encodeURIComponent(JSON.stringify(choice))}; Path=/`;
      const reloaded = await notice(cookiePolicy(), 'mode="opt-in"', true);
      expect(bannerShown(reloaded)).to.equal(true);
      expect(reloaded.hasConsent('analytics')).to.equal(false);
      expect(reloaded.hasConsent('advertising')).to.equal(false);
    });

    it('come back after a substantive change, not after a wording fix', async () => {
      const el = await notice();
      await press(el, 'reject');
      const reworded = COOKIE_CATEGORIES.map((c) =>
        c.id === 'analytics' ? { ...c, title: '방문 통계', description: '다른 문구' } : c,
      );
      expect(bannerShown(await notice(cookiePolicy(reworded), 'mode="opt-in"', true))).to.equal(false);
      const added = [...COOKIE_CATEGORIES, { id: 'chat', kind: 'preferences' as const, title: '상담 채팅' }];
      expect(bannerShown(await notice(cookiePolicy(added), 'mode="opt-in"', true))).to.equal(true);
      const repurposed = COOKIE_CATEGORIES.map((c) =>
        c.id === 'analytics' ? { ...c, purposes: ['방문 통계', '광고 성과 측정'] } : c,
      );
      expect(bannerShown(await notice(cookiePolicy(repurposed), 'mode="opt-in"', true))).to.equal(true);
    });

    it('are stored in a first-party SameSite=Lax cookie, kept shorter after a rejection', async () => {
      const spy = cookieWrites();
      try {
        const accepted = await notice(cookiePolicy(), 'mode="opt-in" expires-days="365" reject-expires-days="30"');
        await press(accepted, 'accept');
        const rejected = await notice(
          cookiePolicy(),
          'mode="opt-in" expires-days="365" reject-expires-days="30" cookie-domain="localhost"',
        );
        await press(rejected, 'reject');
        const [first, second] = spy.writes.filter((write) => write.startsWith('test_consent_'));
        expect(first)
          .to.contain(`Max-Age=${365 * 86400}`)
          .and.contain('SameSite=Lax')
          .and.contain('Path=/');
        expect(second)
          .to.contain(`Max-Age=${30 * 86400}`)
          .and.contain('Domain=localhost');
        const stored = JSON.parse(decodeURIComponent(first!.split(';')[0]!.split('=')[1]!));
        expect(stored).to.include.keys('v', 'f', 'c', 'd', 'r');
        expect(stored.c).to.deep.equal({ analytics: true, advertising: true });
      } finally {
        spy.restore();
      }
    });

    it('can be reopened with show(), changed and withdrawn, saying a reload finishes the job', async () => {
      const el = await notice();
      await press(el, 'accept');
      await openSettings(el);
      expect(($(el, '#category-analytics') as HTMLInputElement).checked).to.equal(true);
      $(el, '#category-analytics').click();
      await el.updateComplete;
      const changed = await press(el, 'save', 'dialog');
      expect(changed.categories.analytics).to.equal(false);
      expect(el.hasConsent('analytics')).to.equal(false);
      expect($<HTMLDialogElement>(el, 'dialog').open).to.equal(false);
      expect(text($(el, '[role=status]'))).to.contain('쿠키 설정을 저장했습니다.');
    });

    it('mirrors each change on window for code outside components', async () => {
      const el = await notice();
      const onWindow = oneEvent(window as unknown as HTMLElement, 'privacy-cookie-change');
      $(el, '[data-choice=reject]').click();
      const { detail } = await onWindow;
      expect(detail.source).to.equal('user');
      expect((detail.record as ConsentRecord).method).to.equal('cookie_notice');
    });
  });

  describe('the settings dialog', () => {
    it('is a modal dialog that Esc closes', async () => {
      const el = await notice();
      await openSettings(el);
      const dialog = $<HTMLDialogElement>(el, 'dialog');
      expect(dialog.matches(':modal')).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open);
    });

    it('explains each category in a popover that stays in the viewport, keyboard reachable, Esc closes', async () => {
      const el = await notice();
      await openSettings(el);
      const info = $<HTMLButtonElement>(el, '[data-category=advertising] .info');
      expect(nameOf(info)).to.equal('맞춤형 광고 설명');
      info.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(
        () => el.shadowRoot!.querySelector('#about-advertising')?.getAttribute('style')?.includes('left'),
        'positioned',
      );
      const popover = $(el, '#about-advertising');
      expect(info.getAttribute('aria-expanded')).to.equal('true');
      expect(text(popover)).to.contain('관심사에 맞춘 광고를 보여 줍니다.');
      expect(text(popover)).to.contain('_fbp');
      const box = popover.getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(window.innerWidth);
      expect(box.bottom).to.be.at.most(window.innerHeight);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !el.shadowRoot!.querySelector('#about-advertising'));
      expect($<HTMLDialogElement>(el, 'dialog').open, 'Esc closed only the popover').to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(info);
    });
  });

  describe('script gating', () => {
    it('runs a gated script only once its category is allowed, keeping the page nonce', async () => {
      const nonced = Object.assign(document.createElement('script'), { type: 'text/plain' });
      nonced.setAttribute('nonce', 'test-nonce');
      document.body.append(nonced);
      const gated = document.createElement('script');
      gated.type = 'text/plain';
      gated.dataset.privacyCategory = 'analytics';
      gated.textContent = 'window.__gatedRan = true;';
      document.body.append(gated);
      try {
        const el = await notice();
        await press(el, 'reject');
        expect((window as { __gatedRan?: boolean }).__gatedRan).to.equal(undefined);
        await openSettings(el);
        $(el, '#category-analytics').click();
        await el.updateComplete;
        await press(el, 'save', 'dialog');
        expect((window as { __gatedRan?: boolean }).__gatedRan).to.equal(true);
        // Started in place (a copy's text would be refused under Trusted Types).
        expect(gated.type).to.equal('text/javascript');
        expect(gated.nonce).to.equal('test-nonce');
      } finally {
        gated.remove();
        nonced.remove();
      }
    });

    it('loads a gated iframe only when allowed, and later-added ones too', async () => {
      const el = await notice();
      const frame = document.createElement('iframe');
      frame.dataset.privacyCategory = 'advertising';
      frame.dataset.src = 'about:blank#ad';
      frame.title = 'ad';
      document.body.append(frame);
      try {
        await press(el, 'accept');
        expect(frame.getAttribute('src')).to.equal('about:blank#ad');
        const later = Object.assign(document.createElement('iframe'), { title: 'later' });
        later.dataset.privacyCategory = 'advertising';
        later.dataset.src = 'about:blank#later';
        document.body.append(later);
        await waitUntil(() => later.getAttribute('src') === 'about:blank#later');
        later.remove();
      } finally {
        frame.remove();
      }
    });
  });

  describe('Google Consent Mode and GPC', () => {
    let saved: unknown[] | undefined;
    beforeEach(() => {
      saved = (window as { dataLayer?: unknown[] }).dataLayer;
      (window as { dataLayer?: unknown[] }).dataLayer = [];
    });
    afterEach(() => {
      (window as { dataLayer?: unknown[] }).dataLayer = saved;
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    });
    const calls = () => ((window as { dataLayer?: IArguments[] }).dataLayer ?? []).map((args) => [...args]);

    it('denies by default before any tag runs, then updates from the choice', async () => {
      const el = await notice(cookiePolicy(), 'mode="opt-in" consent-mode');
      expect(calls()[0]!.slice(0, 2)).to.deep.equal(['consent', 'default']);
      expect(calls()[0]![2]).to.include({
        ad_storage: 'denied',
        analytics_storage: 'denied',
        security_storage: 'granted',
      });
      await openSettings(el);
      $(el, '#category-analytics').click();
      await el.updateComplete;
      await press(el, 'save', 'dialog');
      const update = calls().at(-1)!;
      expect(update.slice(0, 2)).to.deep.equal(['consent', 'update']);
      expect(update[2]).to.include({ analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied' });
    });

    it('with GPC, keeps advertising off under "accept all", records the signal, and says so', async () => {
      Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
      const el = await notice();
      const change = await press(el, 'accept');
      expect(change.categories).to.deep.equal({ necessary: true, analytics: true, advertising: false });
      expect(change.gpc).to.equal(true);
      expect((change.record as ConsentRecord).gpc).to.equal(true);
      await openSettings(el);
      expect(text($(el, '.gpc'))).to.contain('GPC');
      // An explicit choice still wins: GPC never grants, and never forbids the visitor.
      $(el, '#category-advertising').click();
      await el.updateComplete;
      expect((await press(el, 'save', 'dialog')).categories.advertising).to.equal(true);
    });
  });

  describe('delivery and states', () => {
    it('sends each choice as a consent record through the outbox', async () => {
      const realFetch = window.fetch;
      const posted: ConsentRecord[] = [];
      window.fetch = async (input, init) => {
        if (init?.method !== 'POST') return realFetch(input, init);
        const record = JSON.parse(String(init.body)) as ConsentRecord;
        posted.push(record);
        return Response.json(
          { recordId: record.recordId, receivedAt: new Date().toISOString(), status: 'stored' },
          { status: 201 },
        );
      };
      try {
        const el = await notice(cookiePolicy(), 'mode="opt-in" endpoint="/api/consent"');
        await press(el, 'reject');
        await waitUntil(() => posted.length === 1);
        const [record] = posted;
        expect(record).to.include({ method: 'cookie_notice', jurisdiction: 'KR' });
        expect(record!.items).to.deep.equal([
          { id: 'analytics', category: 'cookies', required: false, basis: 'consent', granted: false },
          { id: 'advertising', category: 'cookies', required: false, basis: 'consent', granted: false },
        ]);
        expect(record!.notices).to.deep.equal([{ id: 'necessary', basis: 'legitimate-interest' }]);
      } finally {
        window.fetch = realFetch;
        localStorage.clear();
      }
    });

    it('stores the record for delivery the moment the choice is made, before anything else', async () => {
      const realFetch = window.fetch;
      window.fetch = async (input, init) =>
        init?.method === 'POST' ? new Promise<Response>(() => {}) : realFetch(input, init);
      try {
        const el = await notice(cookiePolicy(), 'mode="opt-in" endpoint="/api/consent"');
        let storedAtChoice: string | null = null;
        el.addEventListener('privacy-cookie-change', (event) => {
          storedAtChoice = localStorage.getItem(`privacy-consent:outbox:${event.detail.record!.recordId}`);
        });
        await press(el, 'accept');
        expect(JSON.parse(storedAtChoice!)).to.include({
          endpoint: new URL('/api/consent', location.href).href,
          attempts: 0,
        });
      } finally {
        window.fetch = realFetch;
        localStorage.clear();
      }
    });

    it('explains a failed load in a quiet alert in the danger colour, its strings and styles loaded only then', async () => {
      cookieName = `test_consent_${++count}`;
      const el = await fixture<PrivacyCookieNotice>(
        html`<privacy-cookie-notice src="/no/such/cookies.json" cookie-name=${cookieName}></privacy-cookie-notice>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('[part=error]'), 'the alert shows');
      const alert = $(el, '[part=error]');
      expect(text(alert)).to.equal('개인정보 처리방침을 불러오지 못했습니다.');
      expect(getComputedStyle(alert).color).to.equal('rgb(179, 38, 30)');
      expect(getComputedStyle(alert).borderTopColor).to.equal('rgb(179, 38, 30)');
    });

    it('works from a seed policy over the network, in notice mode', async () => {
      cookieName = `test_consent_${++count}`;
      const el = await fixture<PrivacyCookieNotice>(
        html`<privacy-cookie-notice
          src="/demo/policies/qsolution.json"
          cookie-name=${cookieName}
        ></privacy-cookie-notice>`,
      );
      await waitUntil(() => bannerShown(el));
      expect($$(el, '[part=banner] .refusal li').length).to.equal(2);
      await expect(el).to.be.accessible();
    });
  });
});

describe('<privacy-cookie-notice> from a cookie document', () => {
  const cookieDoc = async () => cookieDocument(cookiePolicy(), await policyHash(cookiePolicy()), { url: '/privacy' });

  it('shows the banner from an inline cookie document without requesting any policy JSON', async () => {
    const doc = await cookieDoc();
    const realFetch = window.fetch;
    const fetched: string[] = [];
    window.fetch = (input, init) => {
      fetched.push(String(input instanceof Request ? input.url : input));
      return realFetch(input, init);
    };
    const before = new Set(performance.getEntriesByType('resource').map((entry) => entry.name));
    try {
      cookieName = `test_consent_${++count}`;
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.innerHTML = `<privacy-cookie-notice cookie-name="${cookieName}" mode="opt-in"><script type="application/json">${JSON.stringify(doc).replaceAll('</', '<\\/')}</script></privacy-cookie-notice>`;
      const el = wrapper.querySelector('privacy-cookie-notice')!;
      const { detail } = await oneEvent(el, 'privacy-load');
      await waitUntil(() => bannerShown(el), 'the banner shows');
      expect(detail.hash).to.equal(doc.policy.hash);
      expect(detail.policy, 'no full policy was needed').to.equal(undefined);
      expect(fetched, 'nothing fetched').to.deep.equal([]);
      const requested = performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => !before.has(name) && /\.json(\?|$)/.test(name));
      expect(requested, 'no JSON requested').to.deep.equal([]);
      expect($(el, '[part=banner] a').getAttribute('href'), 'links to the policy URL').to.equal('/privacy');
      // The record binds to the full policy's hash.
      const change = await press(el, 'accept');
      expect((change.record as ConsentRecord).policy.hash).to.equal(await policyHash(cookiePolicy()));
    } finally {
      window.fetch = realFetch;
    }
  });

  it('fetches a cookie document from src, and refuses a malformed one as an invalid policy', async () => {
    const doc = await cookieDoc();
    const url = URL.createObjectURL(new Blob([JSON.stringify(doc)], { type: 'application/json' }));
    cookieName = `test_consent_${++count}`;
    const el = await fixture<PrivacyCookieNotice>(
      html`<privacy-cookie-notice src=${url} cookie-name=${cookieName}></privacy-cookie-notice>`,
    );
    await waitUntil(() => bannerShown(el), 'the banner shows');
    const failed = oneEvent(el, 'privacy-error');
    el.policy = { ...doc, categories: [{ id: 'x', kind: 'everything', title: 'x' }] };
    expect((await failed).detail.error).to.include({ code: 'invalid' });
  });
});
