/**
 * Language of parts, the rest (WCAG 3.1.2, issue 14 item 4): accessible names built from policy
 * text and UI words (region names, the "?" buttons' names), table captions, the list of changes
 * between versions and the before/after values a reconsent shows, each in its own language.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/privacy-consent.js';
import '../../src/privacy-cookie-notice.js';
import '../../src/privacy-policy.js';
import type { SubjectState } from '../../src/consent/member-state.js';
import type { PrivacyPolicy } from '../../src/policy/index.js';
import { cookiePolicy } from '../fixtures/cookie-policy.js';
import { formPolicy } from '../fixtures/form-policy.js';
import { minimalPolicy } from '../fixtures/minimal-policy.js';
import { $, $$, clearOutboxStorage, receiver, settled, text } from './helpers.js';
import { mislabelled, mislabelledNames } from './lang-checks.js';

type Localized = HTMLElement & { updateComplete: Promise<boolean>; localize: { catalogLang: string } };

/** An element inside `<div lang="en">`, speaking English once its catalog loaded. */
const inEnglish = async <T extends HTMLElement>(tag: string, attrs = '', policy?: unknown): Promise<T> => {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
  wrapper.innerHTML = `<${tag} ${attrs}></${tag}>`;
  const el = wrapper.querySelector(tag) as unknown as Localized;
  if (policy !== undefined) (el as unknown as { policy: unknown }).policy = policy;
  await waitUntil(() => el.localize?.catalogLang === 'en', 'English catalog loaded', { timeout: 5000 });
  await el.updateComplete;
  return el as unknown as T;
};

const problems = (el: Element) => [...mislabelled(el), ...mislabelledNames(el)].join(' | ');

describe('language of parts in names, captions and changes, English UI', () => {
  for (const seed of ['example-public', 'sellmate', 'esolutiontg', 'example-portal'])
    it(`<privacy-policy> ${seed}: captions and table region names`, async () => {
      const el = await inEnglish<Localized>('privacy-policy', `src="/demo/policies/${seed}.json"`);
      await settled(el, '.document');
      await waitUntil(() => $(el, '.table-wrap td'), 'tables rendered');
      await el.updateComplete;
      expect(problems(el)).to.equal('');
    });

  it('<privacy-policy>: the list of changes between versions', async () => {
    const base = minimalPolicy();
    const older: PrivacyPolicy = {
      ...base,
      version: '2025-01-01',
      effectiveOn: '2025-01-01',
      sections: base.sections.map((section) =>
        section.id === 'third-party'
          ? {
              ...section,
              blocks: [
                {
                  type: 'third-party',
                  id: 'third-party-table',
                  rows: [
                    { recipient: '배송 주식회사', purpose: '배송', items: ['주소'], retention: '배송 완료 후 1개월' },
                    { recipient: '옛 제휴사', purpose: '이벤트', items: ['이메일'], retention: '1년' },
                  ],
                },
              ],
            }
          : section,
      ),
    };
    const el = await inEnglish<Localized>('privacy-policy', '', {
      ...base,
      previousVersions: [{ version: '2025-01-01', effectiveOn: '2025-01-01', policy: older }],
    });
    await settled(el, '.document');
    $(el, '.versions summary').click();
    await el.updateComplete;
    $$(el, '.versions button').at(-1)!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.changes li'), 'changes shown');
    expect(text($(el, '.changes [data-section=third-party]'))).to.contain('옛 제휴사');
    expect(problems(el)).to.equal('');
  });

  it('<privacy-consent> with every notice open: region names', async () => {
    const el = await inEnglish<Localized>('privacy-consent', 'expanded', formPolicy());
    await settled(el, '.base');
    expect(problems(el)).to.equal('');
  });

  it('<privacy-cookie-notice> settings: the "?" buttons and their explanations', async () => {
    const el = await inEnglish<Localized & { show(): void }>(
      'privacy-cookie-notice',
      `cookie-name="lang_names" mode="notice"`,
    );
    const loaded = oneEvent(el, 'privacy-load');
    (el as unknown as { policy: unknown }).policy = cookiePolicy();
    await loaded;
    el.show();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog[open] .info'), 'settings open', { timeout: 5000 });
    $(el, '[data-category=analytics] .info').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#about-analytics'), 'explanation open');
    expect(problems(el)).to.equal('');
    document.cookie = 'lang_names=; Path=/; Max-Age=0';
  });

  it('<privacy-consent mode="reconsent"> with a partly translated policy: before and after values', async () => {
    const older = formPolicy();
    const newer: PrivacyPolicy = {
      ...older,
      title: { ko: String(older.title), en: 'Privacy policy' },
      // The controller's name untranslated: the lead sentence names it in Korean.
      controller: { ...older.controller, name: '예시 주식회사' },
      version: '2027-01-01',
      effectiveOn: '2027-01-01',
      previousVersions: [{ version: older.version, policy: older }],
      consents: older.consents!.map((item) =>
        item.id === 'profile' ? { ...item, purpose: ['맞춤 서비스 제공', '광고 효과 분석'] } : item,
      ),
    };
    const state: SubjectState = {
      subject: 'member-7',
      items: older.consents!.map((item) => ({
        id: item.id,
        category: item.category,
        required: item.required,
        granted: true,
        decidedAt: '2026-01-01T00:00:00.000Z',
        event: 'grant' as const,
        recordId: 'rec-1',
        policy: { id: 'form-example', version: older.version },
      })),
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    const el = await inEnglish<Localized & { state: SubjectState }>(
      'privacy-consent',
      'mode="reconsent" subject="member-7"',
    );
    el.state = state;
    (el as unknown as { policy: unknown }).policy = newer;
    await settled(el, '.reconsent .changes');
    expect(text($(el, '.reconsent .changes'))).to.contain('맞춤 서비스 제공');
    expect(problems(el)).to.equal('');
  });
  it('<privacy-consent mode="manage">: channel names, then the confirmation after a change', async () => {
    const policy = formPolicy();
    const at = '2026-01-01T00:00:00.000Z';
    const granted = (id: string) => {
      const item = policy.consents!.find((candidate) => candidate.id === id)!;
      return {
        id,
        category: item.category,
        required: item.required,
        granted: true,
        decidedAt: at,
        event: 'grant' as const,
        recordId: 'rec-1',
        policy: { id: 'form-example', version: policy.version },
        ...(item.channels
          ? {
              channels: item.channels.map((channel) => ({
                id: channel.id,
                granted: true,
                night: false,
                decidedAt: at,
                event: 'grant' as const,
                recordId: 'rec-1',
                policy: { id: 'form-example', version: policy.version },
              })),
            }
          : {}),
      };
    };
    const el = await inEnglish<Localized & { state: SubjectState }>(
      'privacy-consent',
      'mode="manage" subject="member-7"',
    );
    el.state = { subject: 'member-7', items: policy.consents!.map((item) => granted(item.id)), updatedAt: at };
    (el as unknown as { policy: unknown }).policy = policy;
    await settled(el, '.manage');
    expect(problems(el)).to.equal('');
    const box = el.shadowRoot!.querySelector<HTMLInputElement>('.manage input[type=checkbox]:not(:disabled)')!;
    box.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=receipt]'), 'confirmation shown', { timeout: 5000 });
    await el.updateComplete;
    expect(problems(el)).to.equal('');
  });

  it('<privacy-consent>: a basis the policy cites, then the confirmation after signing up', async () => {
    const base = formPolicy();
    const policy = {
      ...base,
      consents: base.consents!.map((item) =>
        item.basis === 'contract' ? { ...item, basisText: '전자상거래법 제6조 (거래기록의 보존)' } : item,
      ),
    };
    const fake = receiver();
    try {
      const el = await inEnglish<Localized>('privacy-consent', 'endpoint="/api/consent"', policy);
      await settled(el, '.base');
      expect(text($(el, '[part=notices]'))).to.contain('전자상거래법 제6조');
      expect(problems(el)).to.equal('');
      $(el, '#agree-all').click();
      await el.updateComplete;
      const submitted = oneEvent(el, 'privacy-submitted');
      $(el, '[part=submit]').click();
      await submitted;
      await settled(el, '[part=receipt]');
      const receipt = $(el, '[part=receipt]');
      expect(text(receipt)).to.contain('선택 정보 수집·이용 동의');
      // A name ending in a period ("Example Inc.") does not end the lead with two.
      expect(text(receipt.querySelector('p')!)).to.equal('Example Inc. has recorded what you agreed to and refused.');
      expect(problems(el)).to.equal('');
    } finally {
      fake.restore();
      clearOutboxStorage();
    }
  });
});
