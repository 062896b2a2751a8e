/**
 * The whole Korean agreement screen (issue 12): terms items under the same 전체 동의 and in the
 * record with their version, 전체 동의 making the form valid, required before optional, the
 * summaries of emphasised facts, persistent errors, both layouts by keyboard, the round
 * checkboxes, and host styles that must not leak in.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/privacy-consent.js';
import type { PrivacyConsent } from '../../src/privacy-consent.js';
import type { ItemDecision } from '../../src/consent/record.js';
import { catalogFor } from '../../src/i18n/index.js';
import { contentHash } from '../../src/policy/canonical.js';
import { termsPolicy, TOS_TEXT } from '../fixtures/terms-policy.js';
import { $, $$, nameOf, receiver, settled, text } from './helpers.js';

const ready = (el: PrivacyConsent) => settled(el, '.base');

const make = async (attrs = '', policy: unknown = termsPolicy()) => {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<privacy-consent ${attrs}></privacy-consent>`;
  const el = wrapper.querySelector('privacy-consent')!;
  el.policy = policy as PrivacyConsent['policy'];
  return ready(el);
};

const inForm = async (attrs = '') => {
  const form = await fixture<HTMLFormElement>(html`<form action="about:blank" target="sink"></form>`);
  form.innerHTML = `<privacy-consent name="consent" ${attrs}></privacy-consent><button>가입하기</button>`;
  const el = form.querySelector('privacy-consent')!;
  el.policy = termsPolicy();
  await ready(el);
  return { form, el };
};

const box = (el: PrivacyConsent, id: string) => $<HTMLInputElement>(el, `#${id}`);
const click = async (el: PrivacyConsent, selector: string) => {
  $(el, selector).click();
  await el.updateComplete;
};
const focused = (el: PrivacyConsent): string => {
  const active = el.shadowRoot!.activeElement as HTMLElement | null;
  if (!active) return document.activeElement === el ? '(host)' : '(outside)';
  return active.id || `.${active.className}`;
};

/**
 * Focuses the element (its first control) and presses Tab `count - 1` times: the stops, in order.
 * It never tabs out of the page: keys pressed while the browser's own UI has focus (Firefox) never
 * reach it again, so the last control is checked by {@link lastFocusable} instead.
 */
const tabStops = async (el: PrivacyConsent, count: number): Promise<string[]> => {
  el.focus();
  const stops = [focused(el)];
  for (let i = 1; i < count; i++) {
    await sendKeys({ press: 'Tab' });
    stops.push(focused(el));
  }
  return stops;
};

/** The last control Tab reaches inside the element. */
const lastFocusable = (el: PrivacyConsent): string => {
  const all = $$(el, 'input:not([disabled]), button:not([disabled]), [tabindex="0"], a[href]').filter(
    (node) => !node.closest('[hidden]'),
  );
  const last = all.at(-1)!;
  return last.id || `.${last.className}`;
};

const REQUIRED = ['signup', 'tos', 'efinance'];
const OPTIONAL = ['profile', 'provide', 'abroad', 'health', 'passport', 'ads', 'lbs-terms', 'location'];

describe('<privacy-consent>: the whole agreement screen', () => {
  describe('terms items', () => {
    it('shows terms as items under the same 전체 동의, with their document version up front', async () => {
      const el = await make();
      expect($$(el, 'input#agree-all')).to.have.length(1);
      const tos = $(el, '[data-item=tos]');
      expect(tos.dataset.category).to.equal('terms');
      expect(text(tos.querySelector('label')!)).to.equal('[필수] 서비스 이용약관 동의');
      expect(text($(el, '#summary-tos'))).to.equal('버전 2026-01-01 · 시행일 2026-01-01');
      expect(text($(el, '#summary-efinance'))).to.equal('버전 v3');
      expect(box(el, 'item-tos').getAttribute('aria-describedby')).to.equal('summary-tos');
      await expect(el).to.be.accessible();
    });

    it('shows inline terms as text in their own scrolling region, and a published one as a link', async () => {
      const el = await make();
      await click(el, '[data-item=tos] .toggle');
      const region = $(el, '#notice-tos .document-text');
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('tabindex')).to.equal('0');
      // Policy text is text: the HTML in it shows as written, and its line break is kept.
      expect(region.textContent).to.contain('<img src=x onerror=alert(1)>');
      expect(region.querySelector('img')).to.equal(null);
      expect(getComputedStyle(region).whiteSpace).to.equal('pre-line');
      await click(el, '[data-item=efinance] .toggle');
      const link = $<HTMLAnchorElement>(el, '#notice-efinance a');
      expect(link.href).to.equal('https://example.com/terms/efinance-v3');
      expect(link.target).to.equal('_blank');
      expect(text(link)).to.contain('전문 보기');
      // A relative URL is shown, not linked (only http(s), mailto and tel become links).
      await click(el, '[data-item=lbs-terms] .toggle');
      expect($(el, '#notice-lbs-terms a')).to.equal(null);
      expect(text($(el, '#notice-lbs-terms'))).to.contain('/terms/lbs.html');
      await expect(el).to.be.accessible();
    });

    it('ticks every box with 전체 동의, terms and the age confirmation included, and the form is valid', async () => {
      const { form, el } = await inForm();
      expect(form.checkValidity()).to.equal(false);
      expect(text($(el, '#agree-all-hint'))).to.contain('약관, 만 14세 이상 확인, 선택 항목을 포함한');
      await click(el, '#agree-all');
      for (const input of $$<HTMLInputElement>(el, 'input[type=checkbox]:not([disabled])'))
        expect(input.checked, input.id).to.equal(true);
      expect(box(el, 'age').checked).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
      // Unticking the age confirmation clears 전체 동의 and makes the form invalid again.
      await click(el, '#age');
      expect(box(el, 'agree-all').checked).to.equal(false);
      expect(box(el, 'agree-all').indeterminate).to.equal(true);
      expect(form.checkValidity()).to.equal(false);
      await click(el, '#age');
      expect(box(el, 'agree-all').checked).to.equal(true);
    });

    it('records each terms item with its document version, and the content hash of inline text', async () => {
      const fake = receiver();
      try {
        const el = await make('endpoint="/api/consent"');
        await click(el, '#agree-all');
        await click(el, '#item-lbs-terms'); // refuse the optional location-based service terms
        const submitted = oneEvent(el, 'privacy-submitted');
        $<HTMLButtonElement>(el, '[part=submit]').click();
        const { detail } = await submitted;
        const items: readonly ItemDecision[] = detail.record.items;
        const byId = Object.fromEntries(items.map((item) => [item.id, item]));
        expect(byId.tos).to.deep.include({ category: 'terms', required: true, granted: true });
        expect(byId.tos!.document).to.deep.equal({ version: '2026-01-01', hash: await contentHash(TOS_TEXT) });
        expect(byId.efinance!.document).to.deep.equal({ version: 'v3' });
        expect(byId['lbs-terms']).to.deep.include({ granted: false, document: { version: '2025-07-01' } });
        expect(byId.location).to.deep.include({ category: 'location', granted: true });
        expect(byId.location!.document).to.equal(undefined);
        expect(fake.posted[0]!.record).to.deep.equal(detail.record);
        // The confirmation names the version accepted.
        expect(text($(el, '.receipt'))).to.contain('서비스 이용약관 동의 (약관, 버전 2026-01-01)');
      } finally {
        fake.restore();
        localStorage.clear();
      }
    });
  });

  describe('order and summaries', () => {
    it('shows required items first, then optional ones, apart, each group in the policy’s order', async () => {
      const el = await make();
      const groups = $$(el, '[role=group]');
      expect(groups.map((group) => group.getAttribute('part'))).to.deep.equal([
        'group group-required',
        'group group-optional',
      ]);
      expect(text(groups[0]!.querySelector('.group-label')!)).to.equal('필수 항목');
      expect(text(groups[1]!.querySelector('.group-label')!)).to.equal('선택 항목');
      const ids = (group: HTMLElement) =>
        [...group.querySelectorAll<HTMLElement>('li.item')].map((li) => li.dataset.item);
      expect(ids(groups[0]!)).to.deep.equal(REQUIRED);
      expect(ids(groups[1]!)).to.deep.equal(OPTIONAL);
      // The age confirmation is the last required row.
      expect(groups[0]!.querySelector(':scope > ul > li:last-child')!.classList.contains('age')).to.equal(true);
      // Visually apart: a rule between the groups.
      expect(getComputedStyle(groups[1]!).borderTopStyle).to.equal('solid');
    });

    it('keeps the policy’s order when the policy opts out of regrouping', async () => {
      const el = await make('', { ...termsPolicy(), consentOrder: 'as-listed' });
      expect($$(el, '[role=group]')).to.have.length(0);
      expect($$(el, 'li.item').map((li) => li.dataset.item)).to.deep.equal([
        'signup',
        'profile',
        'tos',
        'efinance',
        'provide',
        'abroad',
        'health',
        'passport',
        'ads',
        'lbs-terms',
        'location',
      ]);
    });

    it('shows the facts that must stand out under each title, without opening anything', async () => {
      const el = await make();
      const summary = (id: string) => text($(el, `#summary-${id}`));
      expect(summary('signup')).to.equal('보유 기간: 회원 탈퇴 시까지');
      expect(summary('provide')).to.equal('제공받는 자: 배송 주식회사 · 목적: 배송 · 보유 기간: 배송 완료 후 3개월');
      expect(summary('abroad')).to.equal(
        '이전받는 자: Cloud Hosting Inc. · 이전 국가: 미국 · 목적: 데이터 보관 · 보유 기간: 회원 탈퇴 시까지',
      );
      expect(summary('health')).to.contain('항목: 건강 상태');
      expect(summary('location')).to.equal('목적: 주변 매장 안내 · 보유 기간: 이용 목적 달성 즉시 파기');
      expect(summary('billing')).to.contain('보유 기간: 5년 (전자상거래법)');
      for (const id of ['signup', 'provide', 'health', 'location']) {
        const line = $(el, `#summary-${id}`);
        expect(line.getBoundingClientRect().height, id).to.be.greaterThan(0);
        expect($(el, `#notice-${id}`).hidden, id).to.equal(true);
        // Emphasised as the law asks, like the notice itself.
        expect(line.querySelector('.important')).to.exist;
      }
      expect(box(el, 'item-provide').getAttribute('aria-describedby')).to.equal('summary-provide');
    });

    it('shortens a long list of recipients to the first three and how many more', async () => {
      const policy = termsPolicy();
      const table = policy.sections.find((section) => section.id === 'third-party')!.blocks[0]!;
      const rows = ['가', '나', '다', '라', '마'].map((name) => ({ recipient: `${name} 주식회사`, purpose: '배송' }));
      const el = await make('', {
        ...policy,
        sections: policy.sections.map((section) =>
          section.id === 'third-party' ? { ...section, blocks: [{ ...table, rows }] } : section,
        ),
      });
      expect(text($(el, '#summary-provide'))).to.contain('제공받는 자: 가 주식회사, 나 주식회사, 다 주식회사 외 2건');
    });

    it('opens every notice with expanded', async () => {
      const el = await make('expanded');
      for (const notice of $$(el, '.notice')) expect(notice.hidden, notice.id).to.equal(false);
      await expect(el).to.be.accessible();
      await click(el, '[data-item=signup] .toggle');
      expect($(el, '#notice-signup').hidden, 'each can still be closed').to.equal(true);
    });

    it('speaks English, the terms included', async () => {
      await catalogFor('en');
      const el = await make('lang="en"');
      await waitUntil(() => text($(el, '.group-label')) === 'Required');
      expect(text($(el, '#summary-tos'))).to.equal('Version 2026-01-01 · in force from 2026-01-01');
      expect(text($(el, '#summary-signup'))).to.equal('Kept: 회원 탈퇴 시까지');
      expect(text($(el, '#agree-all-hint'))).to.contain('the terms, the confirmation that you are 14 or older');
    });
  });

  describe('persistent errors', () => {
    it('says under each missing required row what is missing, lists them all, and announces it, only after a submit attempt', async () => {
      const { form, el } = await inForm();
      await click(el, '#item-signup');
      expect($$(el, '[aria-invalid]'), 'nothing is marked before a submit attempt').to.have.length(0);
      expect($$(el, '.error')).to.have.length(0);
      form.requestSubmit();
      await el.updateComplete;
      const missing = ['item-tos', 'item-efinance', 'age'];
      for (const id of missing) {
        const input = box(el, id);
        const errorId = `error-${id.replace(/^item-/, '')}`;
        expect(input.getAttribute('aria-invalid'), id).to.equal('true');
        expect(input.getAttribute('aria-describedby')!.split(' '), id).to.include(errorId);
        expect(text($(el, `#${errorId}`))).to.equal('필수 항목입니다. 동의해야 가입할 수 있습니다.');
      }
      expect(box(el, 'item-signup').hasAttribute('aria-invalid')).to.equal(false);
      const summary = $(el, '.missing');
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(text(summary.querySelector('p')!)).to.equal('동의하지 않은 필수 항목이 3개 있습니다.');
      expect([...summary.querySelectorAll('li')].map(text)).to.deep.equal([
        '[필수] 서비스 이용약관 동의',
        '[필수] 전자금융거래 이용약관 동의',
        '[필수] 만 14세 이상입니다.',
      ]);
      await expect(el).to.be.accessible();
      // The errors stay (not a bubble that vanishes) and each goes when its row is ticked.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect($$(el, '.error')).to.have.length(3);
      await click(el, '#item-tos');
      expect($(el, '#error-tos')).to.equal(null);
      expect(box(el, 'item-tos').hasAttribute('aria-invalid')).to.equal(false);
      expect(text($(el, '.missing p'))).to.equal('동의하지 않은 필수 항목이 2개 있습니다.');
      await click(el, '#item-efinance');
      await click(el, '#age');
      expect($(el, '.missing')).to.equal(null);
      expect(form.checkValidity()).to.equal(true);
    });

    it('shows them after submit() on its own too, and clears them on reset', async () => {
      const el = await make();
      await el.submit().catch(() => {});
      await el.updateComplete;
      expect($$(el, '.error').length).to.equal(4);
      el.reset();
      await el.updateComplete;
      expect($$(el, '.error, .missing')).to.have.length(0);
    });
  });

  describe('keyboard, inline layout', () => {
    it('reaches every control in order with Tab', async () => {
      const el = await make();
      const stops = await tabStops(el, 30);
      const row = (id: string) => [`item-${id}`, '.toggle'];
      expect(stops).to.deep.equal([
        'agree-all',
        ...REQUIRED.flatMap(row),
        'age',
        '.link-button',
        ...['profile', 'provide', 'abroad', 'health', 'passport'].flatMap(row),
        ...row('ads'),
        'channel-ads-sms',
        'channel-ads-email',
        'channel-ads-push',
        ...['lbs-terms', 'location'].flatMap(row),
        '.toggle', // the notice of processing without consent
        '.submit',
      ]);
      expect(lastFocusable(el)).to.equal('.submit');
    });
  });

  describe('the sheet layout', () => {
    it('shows one row per item with a 보기 button instead of inline notices', async () => {
      const el = await make('layout="sheet"');
      expect($$(el, '.toggle, .notice')).to.have.length(0);
      const view = $<HTMLButtonElement>(el, '#view-tos');
      expect(text(view)).to.equal('보기: [필수] 서비스 이용약관 동의');
      expect(view.getAttribute('aria-haspopup')).to.equal('dialog');
      expect(text($(el, '#summary-signup'))).to.equal('보유 기간: 회원 탈퇴 시까지');
      await expect(el).to.be.accessible();
    });

    it('opens the terms in a modal sheet with focus inside; agreeing ticks the row and focus returns to 보기', async () => {
      const el = await make('layout="sheet"');
      $(el, '#view-tos').focus();
      await sendKeys({ press: 'Enter' });
      // The first 보기 loads the sheet's code.
      await waitUntil(() => el.shadowRoot!.querySelector('dialog[open]'), 'the sheet opens', { timeout: 5000 });
      const dialog = $<HTMLDialogElement>(el, 'dialog');
      await waitUntil(() => focused(el) === '.sheet-close', 'focus moves into the sheet');
      expect(dialog.matches(':modal')).to.equal(true);
      expect(text($(el, '#sheet-title'))).to.equal('[필수] 서비스 이용약관 동의');
      expect(text($(el, '.sheet-body'))).to.contain('제1조(목적)');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('.sheet-body');
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('.sheet-agree');
      const changed = oneEvent(el, 'change');
      await sendKeys({ press: 'Enter' });
      await changed;
      await waitUntil(() => !dialog.open);
      await el.updateComplete;
      expect(box(el, 'item-tos').checked).to.equal(true);
      expect(focused(el)).to.equal('view-tos');
    });

    it('closes with Esc and with its close button, changing nothing, focus back on 보기', async () => {
      const el = await make('layout="sheet"');
      $(el, '#view-provide').focus();
      await sendKeys({ press: ' ' });
      // The first 보기 loads the sheet's code.
      await waitUntil(() => el.shadowRoot!.querySelector('dialog[open]'), 'the sheet opens', { timeout: 5000 });
      const dialog = $<HTMLDialogElement>(el, 'dialog');
      await waitUntil(() => focused(el) === '.sheet-close');
      // The recipients table scrolls in its own region inside the sheet.
      expect($(el, '.sheet-body .scroll').getAttribute('role')).to.equal('region');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open);
      expect(focused(el)).to.equal('view-provide');
      expect(box(el, 'item-provide').checked).to.equal(false);
      $(el, '#view-signup').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialog.open && focused(el) === '.sheet-close');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !dialog.open);
      expect(focused(el)).to.equal('view-signup');
      expect(box(el, 'item-signup').checked).to.equal(false);
    });

    it('shows a notice processed without consent with its basis and no agree button', async () => {
      const el = await make('layout="sheet"');
      $(el, '#view-billing').click();
      await waitUntil(() => el.shadowRoot!.querySelector('dialog[open]'), 'the sheet opens', { timeout: 5000 });
      expect($(el, '.sheet-agree')).to.equal(null);
      expect(text($(el, '.sheet-body'))).to.contain('처리 근거: 계약의 체결·이행');
      $<HTMLButtonElement>(el, '.sheet-close').click();
    });

    it('reaches every row with Tab, the same stops as inline with 보기 for 자세히 보기', async () => {
      const el = await make('layout="sheet"');
      const stops = await tabStops(el, 30);
      const row = (id: string) => [`item-${id}`, `view-${id}`];
      expect(stops).to.deep.equal([
        'agree-all',
        ...REQUIRED.flatMap(row),
        'age',
        '.link-button',
        ...['profile', 'provide', 'abroad', 'health', 'passport', 'ads'].flatMap(row),
        'channel-ads-sms',
        'channel-ads-email',
        'channel-ads-push',
        ...['lbs-terms', 'location'].flatMap(row),
        'view-billing',
        '.submit',
      ]);
      expect(lastFocusable(el)).to.equal('.submit');
    });
  });

  describe('narrow screens', () => {
    const frames: HTMLIFrameElement[] = [];
    afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

    /** The element alone in a page `width` px wide (an iframe, so media queries see that width). */
    const inPage = async (width: number, attrs: string) => {
      const iframe = document.createElement('iframe');
      iframe.width = String(width);
      iframe.height = '700';
      iframe.srcdoc = `<!doctype html><html lang="ko"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1"><style>body { margin: 16px; }</style>
        <script type="module">import '/src/privacy-consent.ts';</script></head>
        <body><privacy-consent ${attrs}></privacy-consent></body></html>`;
      const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
      document.body.append(iframe);
      frames.push(iframe);
      await loaded;
      const win = iframe.contentWindow! as Window & typeof globalThis;
      await win.customElements.whenDefined('privacy-consent');
      const el = iframe.contentDocument!.querySelector('privacy-consent') as PrivacyConsent;
      el.policy = win.JSON.parse(JSON.stringify(termsPolicy()));
      await waitUntil(() => el.shadowRoot?.querySelector('.base'), 'renders', { timeout: 10000 });
      await el.updateComplete;
      return { el, doc: iframe.contentDocument!, win };
    };

    const noOverflow = (doc: Document, width: number, what: string) => {
      expect(doc.documentElement.scrollWidth, `${what}: the page`).to.be.at.most(width);
    };

    for (const width of [320, 375, 414]) {
      it(`never gets wider than ${width} px with every notice open (inline layout)`, async () => {
        const { el, doc } = await inPage(width, 'expanded');
        noOverflow(doc, width, 'expanded');
        expect(el.getBoundingClientRect().right).to.be.at.most(width - 16 + 0.5);
        for (const notice of $$(el, '.notice')) {
          expect(notice.hidden, notice.id).to.equal(false);
          expect(notice.scrollWidth, notice.id).to.be.at.most(notice.clientWidth + 1);
          expect(notice.getBoundingClientRect().right, notice.id).to.be.at.most(width - 16 + 0.5);
        }
        // A table of recipients scrolls inside its own named region instead.
        const region = $(el, '#notice-provide .scroll');
        expect(region.getAttribute('role')).to.equal('region');
        expect(nameOf(region)).to.equal('개인정보 제3자 제공 동의');
        expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
      });

      it(`opens every sheet within ${width} px, rising from the bottom (sheet layout)`, async () => {
        const { el, doc, win } = await inPage(width, 'layout="sheet"');
        const dialog = () => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog.sheet');
        for (const view of $$<HTMLButtonElement>(el, '.view')) {
          view.click();
          await waitUntil(() => dialog()?.open, view.id, { timeout: 5000 });
          await el.updateComplete;
          const sheet = dialog()!;
          // Once it has risen into place.
          await Promise.all(sheet.getAnimations().map((animation) => animation.finished));
          const rect = sheet.getBoundingClientRect();
          expect(rect.left, view.id).to.be.at.least(0);
          expect(Math.round(rect.width), view.id).to.equal(doc.documentElement.clientWidth);
          expect(Math.round(rect.bottom), view.id).to.equal(win.innerHeight);
          expect(sheet.scrollWidth, view.id).to.be.at.most(sheet.clientWidth);
          const body = sheet.querySelector('.sheet-body')!;
          expect(body, view.id).to.exist;
          expect(body.scrollWidth, view.id).to.be.at.most(body.clientWidth + 1);
          noOverflow(doc, width, view.id);
          sheet.querySelector<HTMLButtonElement>('.sheet-close')!.click();
          await waitUntil(() => !sheet.open);
        }
      });
    }

    it('is a centred dialog on a wide screen', async () => {
      const { el, doc, win } = await inPage(1024, 'layout="sheet"');
      $(el, '#view-tos').click();
      await waitUntil(() => el.shadowRoot!.querySelector('dialog[open]'), 'opens', { timeout: 5000 });
      const rect = $(el, 'dialog').getBoundingClientRect();
      expect(rect.width).to.be.below(700);
      expect(Math.abs(rect.left - (doc.documentElement.clientWidth - rect.right))).to.be.below(2);
      expect(rect.bottom).to.be.below(win.innerHeight);
    });
  });

  describe('checkboxes', () => {
    it('are at least 24×24 CSS px and round, themeable by tokens and ::part(checkbox)', async () => {
      const style = document.createElement('style');
      style.textContent = `
        html { font-size: 10px; }
        .themed privacy-consent { --privacy-color-brand: rgb(3, 199, 90); }
        .themed privacy-consent::part(checkbox) { border-radius: 4px; }`;
      document.head.append(style);
      try {
        const el = await make();
        for (const input of $$<HTMLInputElement>(el, 'input[type=checkbox]')) {
          const { width, height } = input.getBoundingClientRect();
          expect(width, input.id).to.be.at.least(24);
          expect(height, input.id).to.be.at.least(24);
        }
        expect(getComputedStyle(box(el, 'item-tos')).borderTopLeftRadius).to.equal('50%');
        el.parentElement!.classList.add('themed');
        await click(el, '#item-tos');
        const tos = getComputedStyle(box(el, 'item-tos'));
        expect(tos.backgroundColor).to.equal('rgb(3, 199, 90)');
        expect(tos.borderTopLeftRadius).to.equal('4px');
      } finally {
        style.remove();
      }
    });
  });

  describe('host styles', () => {
    it('keeps labels beside their boxes and uses the page’s font family, whatever the host page sets', async () => {
      const style = document.createElement('style');
      style.textContent = `.host-page { text-align: center; font: italic 700 13px/1 Georgia, serif; letter-spacing: 4px;
        text-transform: uppercase; white-space: nowrap; text-indent: 40px; width: 360px; }`;
      document.head.append(style);
      try {
        const el = await make();
        el.parentElement!.classList.add('host-page');
        await el.updateComplete;
        const label = $(el, 'label[for=item-tos]');
        const own = getComputedStyle(label);
        expect(own.textAlign).to.be.oneOf(['start', 'left']);
        expect(own.whiteSpace).to.equal('normal');
        expect(own.letterSpacing).to.equal('normal');
        expect(own.textTransform).to.equal('none');
        expect(own.fontStyle).to.equal('normal');
        expect(own.fontFamily).to.equal(getComputedStyle(el.parentElement!).fontFamily);
        const boxRight = box(el, 'item-tos').getBoundingClientRect().right;
        const range = document.createRange();
        range.selectNodeContents(label);
        expect(range.getBoundingClientRect().left - boxRight).to.be.below(12);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        // Themed, it uses the theme's font.
        el.style.setProperty('--privacy-font-family', 'monospace');
        expect(getComputedStyle(label).fontFamily).to.equal('monospace');
      } finally {
        style.remove();
      }
    });
  });
});
