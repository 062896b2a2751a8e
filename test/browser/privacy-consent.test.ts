import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/privacy-consent.js';
import type { PrivacyConsent } from '../../src/privacy-consent.js';
import { catalogFor } from '../../src/i18n/index.js';
import type { PrivacyPolicy } from '../../src/policy/index.js';
import { formPolicy } from '../fixtures/form-policy.js';
import { minimalPolicy } from '../fixtures/minimal-policy.js';
import { $, $$, settled, text } from './helpers.js';
import { runPolicyLoadingTests } from './suites/policy-loading.suite.js';

runPolicyLoadingTests({
  tag: 'privacy-consent',
  readySelector: '.base',
  validPolicy: minimalPolicy,
  seedUrl: '/demo/policies/qsolution.json',
  invalid: () => {
    const policy = minimalPolicy();
    return {
      policy: { ...policy, consents: [{ ...policy.consents![0]!, category: 'everything' }] },
      path: '$.consents[0].category',
    };
  },
  showsLoading: true,
  offersRetry: true,
  listsProblems: true,
});

/** The form policy with its overseas item taken from a table of two recipients (`rowsFrom`). */
const overseasPolicy = (): PrivacyPolicy => {
  const base = formPolicy();
  return {
    ...base,
    sections: [
      ...base.sections.map((section) =>
        section.id === 'third-party'
          ? {
              ...section,
              blocks: [
                {
                  type: 'third-party' as const,
                  id: 'third-party-table',
                  rows: [
                    { recipient: '배송 주식회사', purpose: '배송', items: ['주소'], note: '주말 배송 제외' },
                    { recipient: '결제 주식회사', purpose: '결제 대행' },
                  ],
                },
              ],
            }
          : section,
      ),
      {
        id: 'overseas',
        number: '7',
        title: '국외 이전',
        topics: ['overseas'],
        blocks: [
          {
            type: 'overseas',
            id: 'overseas-table',
            rows: [
              {
                recipient: 'Cloud Hosting Inc.',
                contact: 'privacy@cloud.example',
                country: '미국',
                items: ['이메일', '주문 정보'],
                transfer: '가입 시 네트워크를 통해 전송',
                purpose: '데이터 보관',
                retention: '회원 탈퇴 시까지',
                refusal: '회원 탈퇴로 거부할 수 있으며, 탈퇴하면 서비스를 이용할 수 없습니다.',
                route: 'consent',
                note: '전송 구간 암호화',
              },
              { recipient: 'Mail Relay Ltd.', country: '아일랜드' },
            ],
          },
        ],
      },
    ],
    consents: base.consents!.map((item) =>
      item.id === 'provide'
        ? { ...item, items: ['이름'], retention: '제공 목적 달성 시까지' }
        : item.id === 'abroad'
          ? {
              id: 'abroad',
              category: 'overseas' as const,
              required: false,
              title: '개인정보 국외 이전 동의',
              rowsFrom: 'overseas-table',
              recipientContact: 'dpo@example.com',
              transfer: '발송 시마다 네트워크를 통해 전송',
              purpose: '메일 발송',
              items: ['이메일'],
              retention: '발송 후 30일',
              refusal: '거부하셔도 가입할 수 있습니다.',
            }
          : item,
    ),
  };
};

const ready = (el: PrivacyConsent) => settled(el, '.base, .alert, .receipt');
const make = async (policy = formPolicy(), attrs = '') => {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<privacy-consent ${attrs}></privacy-consent>`;
  const el = wrapper.querySelector('privacy-consent')!;
  el.policy = policy;
  return ready(el);
};
const box = (el: PrivacyConsent, id: string) => $<HTMLInputElement>(el, `#${id}`);
const click = async (el: PrivacyConsent, selector: string) => {
  $(el, selector).click();
  await el.updateComplete;
};
/** Ticks every required item (not the age confirmation). */
const agreeRequired = async (el: PrivacyConsent) => {
  for (const input of $$<HTMLInputElement>(el, 'li.item input[required]')) input.click();
  await el.updateComplete;
};

describe('<privacy-consent>', () => {
  describe('what the person sees', () => {
    it('shows one item per consent with [필수]/[선택] as text and its title', async () => {
      const el = await make();
      const items = $$(el, 'li.item');
      expect(items.map((item) => item.dataset.item)).to.deep.equal([
        'signup',
        'profile',
        'provide',
        'abroad',
        'health',
        'passport',
        'ads',
      ]);
      expect(text(items[0]!.querySelector('label')!)).to.equal('[필수] 개인정보 수집·이용 동의');
      expect(text(items[1]!.querySelector('label')!)).to.equal('[선택] 선택 정보 수집·이용 동의');
    });

    it('starts with nothing checked, 전체 동의 included', async () => {
      const el = await make();
      const boxes = $$(el, 'input[type=checkbox]') as HTMLInputElement[];
      expect(boxes.length).to.be.greaterThan(8);
      expect(boxes.filter((b) => b.checked || b.indeterminate)).to.have.length(0);
    });

    it('gives each collection item its four statutory notices', async () => {
      const el = await make();
      await click(el, '[data-item=signup] .toggle');
      const rows = $$(el, '#notice-signup .notice-table th').map(text);
      expect(rows).to.deep.equal([
        '수집·이용 목적',
        '수집 항목',
        '보유·이용 기간',
        '동의를 거부할 권리 및 거부 시 불이익',
      ]);
      expect(text($(el, '#notice-signup'))).to.contain('연락처: 이메일, 휴대폰번호');
    });

    it('gives third-party provision its own checkbox and a recipients table', async () => {
      const el = await make();
      expect(box(el, 'item-provide')).to.exist;
      await click(el, '[data-item=provide] .toggle');
      // The statute's own words (PIPA 17(2)).
      expect($$(el, '#notice-provide .rows thead th').map(text)).to.deep.equal([
        '제공받는 자',
        '제공받는 자의 이용 목적',
        '제공하는 항목',
        '제공받는 자의 보유·이용 기간',
      ]);
      expect($$(el, '#notice-provide .rows tbody tr')).to.have.length(1);
      expect(text($(el, '#notice-provide .rows tbody'))).to.contain('배송 주식회사');
    });

    it('asks separately for overseas transfer, sensitive information and unique identifiers', async () => {
      const el = await make();
      for (const id of ['abroad', 'health', 'passport']) expect(box(el, `item-${id}`), id).to.exist;
      await click(el, '[data-item=abroad] .toggle');
      // Without rows, the item's own fields, in the order and words of PIPA 28-8(2).
      expect($$(el, '#notice-abroad th').map(text)).to.deep.equal([
        '이전받는 자',
        '이전받는 자의 연락처',
        '이전 국가',
        '이전되는 항목',
        '이전 일시 및 방법',
        '이전받는 자의 이용 목적',
        '이전받는 자의 보유·이용 기간',
        '이전 거부 방법 및 효과',
      ]);
    });

    it('shows every PIPA 28-8(2) item per recipient of an overseas table, the item filling gaps, and the notes', async () => {
      const el = await make(overseasPolicy());
      await click(el, '[data-item=abroad] .toggle');
      const tables = $$(el, '#notice-abroad table[part~=notice-rows]');
      expect(tables).to.have.length(2);
      const fields = (table: HTMLElement) =>
        [...table.querySelectorAll('tr')].map((tr) => [text(tr.querySelector('th')!), text(tr.querySelector('td')!)]);
      expect(fields(tables[0]!)).to.deep.equal([
        ['이전받는 자', 'Cloud Hosting Inc.'],
        ['이전받는 자의 연락처', 'privacy@cloud.example'],
        ['이전 국가', '미국'],
        ['이전되는 항목', '이메일, 주문 정보'],
        ['이전 일시 및 방법', '가입 시 네트워크를 통해 전송'],
        ['이전받는 자의 이용 목적', '데이터 보관'],
        ['이전받는 자의 보유·이용 기간', '회원 탈퇴 시까지'],
        ['이전 거부 방법 및 효과', '회원 탈퇴로 거부할 수 있으며, 탈퇴하면 서비스를 이용할 수 없습니다.'],
        ['비고', '전송 구간 암호화'],
      ]);
      // The second row gives only recipient and country: the item's own fields fill the rest.
      expect(fields(tables[1]!)).to.deep.equal([
        ['이전받는 자', 'Mail Relay Ltd.'],
        ['이전받는 자의 연락처', 'dpo@example.com'],
        ['이전 국가', '아일랜드'],
        ['이전되는 항목', '이메일'],
        ['이전 일시 및 방법', '발송 시마다 네트워크를 통해 전송'],
        ['이전받는 자의 이용 목적', '메일 발송'],
        ['이전받는 자의 보유·이용 기간', '발송 후 30일'],
        ['이전 거부 방법 및 효과', '거부하셔도 가입할 수 있습니다.'],
      ]);
      // What the rows already show is not repeated below them.
      const notice = text($(el, '#notice-abroad'));
      expect(notice.split('거부하셔도 가입할 수 있습니다.')).to.have.length(2);
      expect(notice.split('메일 발송')).to.have.length(2);
      // Important matters stay emphasised in every row: recipient, country, purpose, retention.
      expect($$(el, '#notice-abroad .important').map(text)).to.include.members([
        'Cloud Hosting Inc.',
        'Mail Relay Ltd.',
        '아일랜드',
        '발송 후 30일',
      ]);
      await expect(el).to.be.accessible();
    });

    it('shows provision rows with their notes, the item filling gaps and saying once what no row says', async () => {
      const el = await make(overseasPolicy());
      await click(el, '[data-item=provide] .toggle');
      expect($$(el, '#notice-provide .rows thead th').map(text)).to.deep.equal([
        '제공받는 자',
        '제공받는 자의 이용 목적',
        '제공하는 항목',
        '비고',
      ]);
      const cells = $$(el, '#notice-provide .rows tbody tr').map((tr) => [...tr.querySelectorAll('td')].map(text));
      expect(cells).to.deep.equal([
        ['배송 주식회사', '배송', '주소', '주말 배송 제외'],
        ['결제 주식회사', '결제 대행', '이름', ''],
      ]);
      // No row gives a retention period: the item's, once, not a column of repeats.
      const below = $$(el, '#notice-provide .notice-table tr').map((tr) => text(tr.querySelector('th')!));
      expect(below).to.deep.equal(['제공받는 자의 보유·이용 기간', '동의를 거부할 권리 및 거부 시 불이익']);
    });

    it('names the actual recipients: a row’s [전체보기] link to the full list is in the notice (17(2))', async () => {
      const policy = minimalPolicy();
      const json = JSON.stringify(policy).replace(
        '"recipient":"배송 주식회사"',
        '"recipient":"배송 주식회사 외 217개사","links":[{"text":"전체보기","href":"partners.html"}]',
      );
      const linked = { ...(JSON.parse(json) as typeof policy), baseUrl: 'https://shop.example/privacy/' };
      const el = await make(linked);
      await click(el, '[data-item=provide] .toggle');
      const cell = $(el, '#notice-provide td');
      expect(text(cell)).to.equal('배송 주식회사 외 217개사 전체보기');
      expect([...cell.querySelectorAll('a')].map((a) => [text(a), a.getAttribute('href')])).to.deep.equal([
        ['전체보기', 'https://shop.example/privacy/partners.html'],
      ]);
    });

    it('shows items processed without consent as a notice with their basis and no checkbox', async () => {
      const el = await make();
      const notice = $(el, '[data-item=billing]');
      expect(notice.querySelector('input')).to.equal(null);
      expect(text(notice)).to.contain('계약의 체결·이행');
      expect(box(el, 'item-billing')).to.equal(null);
    });

    it('collapses and expands details by keyboard', async () => {
      const el = await make();
      const toggle = $<HTMLButtonElement>(el, '[data-item=profile] .toggle');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, '#notice-profile').hidden).to.equal(true);
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect($(el, '#notice-profile').hidden).to.equal(false);
      await sendKeys({ press: ' ' }); // ' ', not 'Space': Firefox's WebDriver BiDi keyboard knows only the key value
      await el.updateComplete;
      expect($(el, '#notice-profile').hidden).to.equal(true);
    });

    it('emphasises important content: ≥ 12px, ≥ 1.2× the notice text, bold and underlined, whatever the theme', async () => {
      const style = document.createElement('style');
      style.textContent = `privacy-consent::part(important) { font-size: 6px; font-weight: 100; text-decoration: none; }`;
      document.head.append(style);
      try {
        const el = await make(formPolicy(), 'style="--privacy-font-size: 9px"');
        for (const id of ['signup', 'provide', 'health', 'ads']) await click(el, `[data-item=${id}] .toggle`);
        const important = $$(el, '.important');
        expect(important.length).to.be.greaterThan(5);
        for (const node of important) {
          const own = getComputedStyle(node);
          // In a notice table, or in the summary line under the title.
          const around = getComputedStyle(node.closest('td, .summary')!);
          expect(parseFloat(own.fontSize), text(node)).to.be.at.least(12);
          expect(parseFloat(own.fontSize) / parseFloat(around.fontSize)).to.be.at.least(1.2);
          expect(Number(own.fontWeight) >= 700 || own.textDecorationLine.includes('underline')).to.equal(true);
        }
        // What the law marks: retention; recipient and purpose of provision; sensitive items; the marketing contact.
        const marked = (id: string) => $$(el, `#notice-${id} .important`).map(text).join(' | ');
        expect(marked('signup')).to.contain('회원 탈퇴 시까지');
        expect(marked('provide')).to.contain('배송 주식회사');
        expect(marked('health')).to.contain('건강 상태');
        expect(marked('ads')).to.contain('이벤트·혜택 안내');
      } finally {
        style.remove();
      }
    });

    it('offers one checkbox per advertising channel and a separate night-time consent', async () => {
      const el = await make();
      const channels = $$(el, '[data-item=ads] .channel-list label').map(text);
      expect(channels).to.deep.equal(['SMS', '이메일', '앱 푸시']);
      const night = box(el, 'night-ads');
      expect(text($(el, 'label[for=night-ads]'))).to.contain('오후 9시~다음 날 오전 8시');
      expect(night.disabled, 'night needs a daytime channel first').to.equal(true);
      box(el, 'channel-ads-sms').click();
      await el.updateComplete;
      expect(night.disabled).to.equal(false);
      expect(box(el, 'item-ads').indeterminate).to.equal(true);
    });

    it('does not offer night-time consent when the policy does not', async () => {
      const policy = minimalPolicy();
      const el = await make({
        ...policy,
        consents: policy.consents!.map((c) => (c.id === 'ads' ? { ...c, night: false } : c)),
      });
      expect(box(el, 'night-ads')).to.equal(null);
    });

    it('requires the age confirmation and hands the host the draft record of a child for the guardian consent', async () => {
      const el = await make();
      const age = box(el, 'age');
      expect(age.required).to.equal(true);
      expect(text($(el, 'label[for=age]'))).to.equal('[필수] 만 14세 이상입니다.');
      await agreeRequired(el);
      setTimeout(() => $<HTMLButtonElement>(el, '[part=guardian]').click());
      const event = await oneEvent(el, 'privacy-guardian-required');
      expect(event.detail.minimumAge).to.equal(14);
      expect(event.detail.handling).to.equal('guardian-consent');
      expect(event.detail.record.age).to.deep.equal({ minimumAge: 14, confirmed: false });
      expect(event.detail.record.guardian).to.equal(undefined);
      expect(event.detail.record.items.find((item: { id: string }) => item.id === 'signup').granted).to.equal(true);
      expect(event.composed && event.bubbles).to.equal(true);
    });

    it('labels its own submit button neutrally: it also submits refusals', async () => {
      const el = await make(minimalPolicy());
      expect(text($(el, '[part=submit]'))).to.equal('확인');
      await catalogFor('en');
      el.lang = 'en';
      await waitUntil(() => text($(el, '[part=submit]')) === 'Submit');
    });

    it('asks for 만 14세 even when the policy says 13, and records 14', async () => {
      const policy = { ...formPolicy(), children: { minimumAge: 13, handling: 'guardian-consent' as const } };
      const child = await make(policy);
      expect(text($(child, '[part=guardian]'))).to.contain('만 14세 미만');
      await agreeRequired(child);
      setTimeout(() => $<HTMLButtonElement>(child, '[part=guardian]').click());
      const event = await oneEvent(child, 'privacy-guardian-required');
      expect(event.detail.minimumAge).to.equal(14);
      expect(event.detail.record.age.minimumAge).to.equal(14);
      const el = await make(policy);
      expect(text($(el, 'label[for=age]'))).to.equal('[필수] 만 14세 이상입니다.');
      await click(el, '#age');
      await click(el, '#item-signup');
      const record = await el.submit();
      expect(record.age).to.deep.equal({ minimumAge: 14, confirmed: true });
    });

    it('speaks English when asked, keeping Korean policy text marked as Korean', async () => {
      await catalogFor('en');
      const el = await make(formPolicy(), 'lang="en"');
      await waitUntil(() => text($(el, '.all-label')) === 'Agree to all');
      expect(text($(el, '[data-item=signup] label'))).to.equal('[Required] Collection and use of personal data');
      // Each title in the language it came from: translated, English; untranslated, Korean.
      expect($(el, '[data-item=signup] label span[lang]').getAttribute('lang')).to.equal('en');
      expect($(el, '[data-item=profile] label span[lang]').getAttribute('lang')).to.equal('ko');
      await click(el, '[data-item=signup] .toggle');
      expect($$(el, '#notice-signup th').map(text)[0]).to.equal('Purpose of collection and use');
    });

    it('uses word-break: keep-all for Korean', async () => {
      const el = await make();
      expect(getComputedStyle($(el, '.item')).wordBreak).to.equal('keep-all');
    });
  });

  describe('전체 동의', () => {
    it('checks every item, channel and the night option, then clears them all', async () => {
      const el = await make();
      await click(el, '#agree-all');
      const boxes = ($$(el, 'li.item input[type=checkbox]') as HTMLInputElement[]).filter((b) => b.id !== 'agree-all');
      expect(boxes.every((b) => b.checked)).to.equal(true);
      expect(el.value.ads).to.deep.equal({
        granted: true,
        channels: { sms: true, email: true, push: true },
        night: true,
      });
      await click(el, '#agree-all');
      expect(Object.values(el.value).some((state) => state.granted)).to.equal(false);
    });

    it('is mixed when some items are checked and clears when any item is unchecked', async () => {
      const el = await make();
      await click(el, '#item-signup');
      expect(box(el, 'agree-all').indeterminate).to.equal(true);
      expect(box(el, 'agree-all').checked).to.equal(false);
      await click(el, '#agree-all');
      expect(box(el, 'agree-all').checked).to.equal(true);
      await click(el, '#item-profile');
      expect(box(el, 'agree-all').checked).to.equal(false);
      expect(box(el, 'agree-all').indeterminate).to.equal(true);
    });

    it('is hidden with agree-all="false"', async () => {
      const el = await make(formPolicy(), 'agree-all="false"');
      expect(box(el, 'agree-all')).to.equal(null);
    });
  });

  describe('accessibility', () => {
    it('passes axe with everything collapsed and everything expanded', async () => {
      const el = await make();
      await expect(el).to.be.accessible();
      for (const toggle of $$(el, '.toggle')) toggle.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('can be completed with the keyboard alone', async () => {
      const el = await make(minimalPolicy());
      el.focus();
      // delegatesFocus: the first control is 전체 동의.
      expect(el.shadowRoot!.activeElement?.id).to.equal('agree-all');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('item-collect-required');
      await sendKeys({ press: ' ' }); // ' ', not 'Space': Firefox's WebDriver BiDi keyboard knows only the key value
      await el.updateComplete;
      expect(el.value['collect-required']!.granted).to.equal(true);
      expect(el.checkValidity()).to.equal(true);
    });
  });
});
