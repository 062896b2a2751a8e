import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/privacy-policy.js';
import type { PrivacyPolicyElement } from '../../src/privacy-policy.js';
import { catalogFor } from '../../src/i18n/index.js';
import type { PrivacyPolicy } from '../../src/policy/index.js';
import { SEED_EXPECTATIONS, SEED_NAMES } from '../fixtures/seed-expectations.js';
import { minimalPolicy } from '../fixtures/minimal-policy.js';
import { $, $$, settled, text } from './helpers.js';
import { runPolicyLoadingTests } from './suites/policy-loading.suite.js';

runPolicyLoadingTests({
  tag: 'privacy-policy',
  readySelector: '.document',
  validPolicy: minimalPolicy,
  seedUrl: '/demo/policies/sellmate.json',
  invalid: () => ({
    policy: { ...minimalPolicy(), sections: [{ id: 'a', title: 'A', blocks: [{ type: 'poem' }] }] },
    path: '$.sections[0].blocks[0].type',
  }),
  showsLoading: true,
  offersRetry: true,
  listsProblems: true,
});

const ready = (el: PrivacyPolicyElement) => settled(el, '.document, .alert');
const viewer = async (policy: unknown, attrs = '') => {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<privacy-policy ${attrs}></privacy-policy>`;
  const el = wrapper.querySelector('privacy-policy')!;
  el.policy = policy as PrivacyPolicy;
  return ready(el);
};
const seedUrl = (name: string) => `/demo/policies/${name}.json`;

/** Rows of the typed tables of one kind, optionally only inside sections with a topic. */
const rowsOf = (el: PrivacyPolicyElement, block: string, sectionIds?: string[]) =>
  $$(el, `[data-block="${block}"] tbody tr`).filter(
    (row) => !sectionIds || sectionIds.includes(row.closest('section')?.id.slice(2) ?? ''),
  );

describe('<privacy-policy>', () => {
  describe('renders every seed with everything in it', () => {
    for (const name of SEED_NAMES) {
      it(`${name}: sections, table rows, contacts and remedy bodies`, async () => {
        const el = await fixture<PrivacyPolicyElement>(html`<privacy-policy src=${seedUrl(name)}></privacy-policy>`);
        await ready(el);
        const expected = SEED_EXPECTATIONS[name]!;
        const policy = (await (await fetch(seedUrl(name))).json()) as PrivacyPolicy;
        const retentionSections = policy.sections.filter((s) => s.topics?.includes('retention')).map((s) => s.id);
        expect($$(el, 'section[part=section]')).to.have.length(expected.sections);
        expect($$(el, '.toc li')).to.have.length(expected.sections);
        expect(rowsOf(el, 'third-party')).to.have.length(expected.thirdPartyRows);
        expect(rowsOf(el, 'entrustment')).to.have.length(expected.entrustmentRows);
        expect(rowsOf(el, 'remedies')).to.have.length(expected.remedyBodies);
        expect(
          $$(el, '.contact').filter((c) => ['officer', 'staff', 'department'].includes(c.dataset.role!)),
        ).to.have.length(expected.privacyContacts);
        if (expected.retentionRows !== undefined)
          expect(rowsOf(el, 'retention', retentionSections)).to.have.length(expected.retentionRows);
        if (expected.retentionByBasis) {
          const total = Object.values(expected.retentionByBasis).reduce((a, b) => a + b, 0);
          expect(rowsOf(el, 'retention', retentionSections)).to.have.length(total);
        }
        if (expected.collectionByService) {
          const byService: Record<string, number> = {};
          for (const row of rowsOf(el, 'collection')) {
            const service = text(row.querySelector('td[data-label="서비스명"]')!);
            byService[service] = (byService[service] ?? 0) + 1;
          }
          expect(byService).to.deep.equal(expected.collectionByService);
        }
        if (expected.purposes !== undefined)
          expect($$(el, '[data-block=purposes] > li')).to.have.length(expected.purposes);
        if (expected.cookieBrowsers !== undefined)
          expect(rowsOf(el, 'cookie-refusal')).to.have.length(expected.cookieBrowsers);
        if (expected.consentMethods !== undefined) {
          const section = $$(el, 'section[part=section]').find((s) =>
            policy.sections.find((p) => `p-${p.id}` === s.id)?.topics?.includes('consent-methods'),
          )!;
          const lists = [...section.querySelectorAll('ul, ol')].filter((list) => !list.parentElement!.closest('li'));
          expect(lists.at(-1)!.children).to.have.length(expected.consentMethods);
        }
        // Dates as given, formatted for the reader.
        const dates = text($(el, '.dates'));
        if (expected.effectiveOn)
          expect(dates).to.contain(`시행일 ${new Date(`${expected.effectiveOn}T00:00:00Z`).getUTCFullYear()}년`);
        else expect(dates).to.contain('시행일 표시 없음');
      });
    }

    it('passes axe on the largest seed', async () => {
      const el = await fixture<PrivacyPolicyElement>(html`<privacy-policy src=${seedUrl('smartro')}></privacy-policy>`);
      await ready(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('header, labelling summary and navigation', () => {
    it('shows title, controller, dates and version', async () => {
      const el = await viewer(minimalPolicy());
      expect(text($(el, 'h2'))).to.equal('개인정보 처리방침');
      expect(text($(el, '.controller'))).to.equal('예시 주식회사');
      expect(text($(el, '.dates'))).to.equal('공고일 2025년 12월 25일 시행일 2026년 1월 1일 버전 2026-01-01');
    });

    it('summarises the policy in labels that link to their sections', async () => {
      const el = await viewer(minimalPolicy());
      const labels = Object.fromEntries($$(el, '.labels li').map((li) => [li.dataset.label, text(li)]));
      expect(labels['third-party']).to.equal('제3자 제공 1곳');
      expect(labels.items).to.equal('수집 항목 필수 1개, 선택 1개');
      expect(labels.overseas).to.equal('국외 이전 표시 없음');
      expect(labels.officer).to.contain('홍길동');
      expect($(el, '.labels li[data-label=third-party] a').getAttribute('href')).to.equal('#p-third-party');
    });

    it('moves to a section from the table of contents without changing the page URL', async () => {
      const el = await viewer(minimalPolicy());
      const before = location.href;
      setTimeout(() => $(el, '.toc a[href="#p-officer"]').click());
      const event = await oneEvent(el, 'privacy-section');
      expect(event.detail.id).to.equal('officer');
      expect(el.shadowRoot!.activeElement?.id).to.equal('h-officer');
      expect(location.href).to.equal(before);
    });

    it('opens at the section named by `section`', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('privacy-policy');
      el.section = 'retention';
      el.policy = minimalPolicy();
      const opened = oneEvent(el, 'privacy-section');
      wrapper.append(el);
      expect((await opened).detail.id).to.equal('retention');
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id).to.equal('h-retention');
    });

    it('links only http(s), mailto and tel; anything else is text, and a javascript: link voids the policy', async () => {
      const policy = minimalPolicy();
      const withLinks = {
        ...policy,
        sections: [
          ...policy.sections,
          {
            id: 'links',
            title: '링크',
            blocks: [
              {
                type: 'paragraph',
                text: [
                  { text: '안전', href: 'https://www.kopico.go.kr' },
                  ' ',
                  { text: '상대', href: 'old/privacy.html' },
                  ' ',
                  { text: '메일', href: 'mailto:privacy@example.com' },
                ],
              },
            ],
          },
        ],
      };
      const el = await viewer(withLinks);
      const anchors = $$(el, '#p-links a').map((a) => a.getAttribute('href'));
      expect(anchors).to.deep.equal(['https://www.kopico.go.kr', 'mailto:privacy@example.com']);
      expect(text($(el, '#p-links p'))).to.equal('안전 상대 메일');
      expect($(el, '.contact a[href^="tel:"]').getAttribute('href')).to.equal('tel:020000000');
      const hostile = JSON.parse(JSON.stringify(withLinks).replace('old/privacy.html', 'javascript:alert(1)'));
      const refused = await viewer(hostile);
      expect(refused.shadowRoot!.querySelector('.document')).to.equal(null);
      expect(refused.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    });

    it('renders policy text as text, never as HTML', async () => {
      const policy = minimalPolicy();
      const el = await viewer({ ...policy, title: '<img src=x onerror=alert(1)>처리방침' });
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(text($(el, 'h2'))).to.contain('<img');
    });

    it('speaks English when asked', async () => {
      await catalogFor('en');
      const el = await viewer(minimalPolicy(), 'lang="en"');
      await waitUntil(() => text($(el, '.toc h3')) === 'Contents');
      expect(text($(el, 'h2'))).to.equal('Privacy Policy');
      expect(text($(el, '.dates'))).to.contain('Effective January 1, 2026');
    });
  });

  describe('versions and changes', () => {
    const older = (): PrivacyPolicy => {
      const base = minimalPolicy();
      return {
        ...base,
        version: '2025-01-01',
        effectiveOn: '2025-01-01',
        announcedOn: '2024-12-20',
        sections: base.sections
          .filter((section) => section.id !== 'rights')
          .map((section) =>
            section.id === 'third-party'
              ? {
                  ...section,
                  blocks: [
                    {
                      type: 'third-party',
                      id: 'third-party-table',
                      rows: [
                        {
                          recipient: '배송 주식회사',
                          purpose: '배송',
                          items: ['주소'],
                          retention: '배송 완료 후 1개월',
                        },
                        { recipient: '옛 제휴사', purpose: '이벤트', items: ['이메일'], retention: '1년' },
                      ],
                    },
                  ],
                }
              : section,
          ),
      };
    };
    const withVersions = (): PrivacyPolicy => ({
      ...minimalPolicy(),
      previousVersions: [{ version: '2025-01-01', effectiveOn: '2025-01-01', policy: older() }],
      upcoming: {
        version: '2099-01-01',
        effectiveOn: '2099-01-01',
        summary: ['국외 이전 항목을 추가합니다.'],
        policy: {
          ...minimalPolicy(),
          version: '2099-01-01',
          effectiveOn: '2099-01-01',
          sections: [
            ...minimalPolicy().sections,
            { id: 'overseas', title: '국외 이전', topics: ['overseas'], blocks: [] },
          ],
        },
      },
    });

    it('lists previous versions and opens one, then returns to the current one', async () => {
      const el = await viewer(withVersions());
      $(el, '.versions summary').click();
      const view = $$(el, '.versions button').find((b) => text(b).startsWith('보기'))!;
      view.click();
      await waitUntil(() => el.shadowRoot!.querySelector('.notice[role=status]'));
      expect(text($(el, '.notice[role=status]'))).to.contain('이전 개인정보 처리방침(2025년 1월 1일)을 보고 있습니다.');
      expect(text($(el, '.dates'))).to.contain('시행일 2025년 1월 1일');
      expect($(el, '#p-rights')).to.equal(null);
      expect(rowsOf(el, 'third-party')).to.have.length(2);
      await expect(el).to.be.accessible();
      $$(el, '.notice button')[0]!.click();
      await waitUntil(() => !el.shadowRoot!.querySelector('.notice[role=status]'));
      expect($(el, '#p-rights')).to.exist;
    });

    it('opens a previous version given by the `version` attribute', async () => {
      const el = await viewer(withVersions(), 'version="2025-01-01"');
      await waitUntil(() => el.shadowRoot!.querySelector('.notice[role=status]'));
      expect(text($(el, '.dates'))).to.contain('2025년 1월 1일');
    });

    it('shows what changed between a previous version and the current one, not by colour alone', async () => {
      const el = await viewer(withVersions());
      $$(el, '.versions button')
        .find((b) => text(b).startsWith('현재와 비교'))!
        .click();
      await waitUntil(() => el.shadowRoot!.querySelector('.changes'));
      const changes = $(el, '.changes');
      expect(text(changes.querySelector('[role=status]')!)).to.equal('추가 1건, 삭제 1건, 변경 2건');
      const items = [...changes.querySelectorAll(':scope > ul > li')].map((li) => [
        li.getAttribute('data-status'),
        text(li),
      ]);
      expect(items).to.deep.include.members([['added', '[추가] 권리']]);
      const provision = changes.querySelector('[data-section=third-party]')!;
      const rows = [...provision.querySelectorAll('li')].map((li) => text(li));
      expect(rows).to.deep.equal(['[변경] 배송 주식회사 (제공받는 자의 보유·이용 기간)', '[삭제] 옛 제휴사']);
      await expect(el).to.be.accessible();
    });

    it('announces an upcoming version and shows what it changes', async () => {
      const el = await viewer(withVersions());
      const notice = $(el, '.notice.upcoming');
      expect(text(notice)).to.contain('2099년 1월 1일부터 변경된 개인정보 처리방침이 시행됩니다.');
      expect(text(notice)).to.contain('국외 이전 항목을 추가합니다.');
      notice.querySelector('button')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('.changes'));
      expect(text($(el, '.changes [data-status=added]'))).to.equal('[추가] 국외 이전');
    });

    it('does not announce an upcoming version whose date has passed', async () => {
      const policy = withVersions();
      const el = await viewer({ ...policy, upcoming: { ...policy.upcoming!, effectiveOn: '2000-01-01' } });
      expect(el.shadowRoot!.querySelector('.upcoming')).to.equal(null);
    });
  });

  describe('dialog mode', () => {
    const footer = async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<footer><a href="#">이용약관</a> <privacy-policy dialog></privacy-policy></footer>`,
      );
      const el = wrapper.querySelector('privacy-policy')!;
      el.policy = minimalPolicy();
      await el.updateComplete;
      return el;
    };

    it('renders a bold "개인정보 처리방침" trigger and loads nothing until opened', async () => {
      const el = await footer();
      const trigger = $(el, '[part=trigger]');
      expect(text(trigger)).to.equal('개인정보 처리방침');
      expect(getComputedStyle(trigger.querySelector('strong')!).fontWeight).to.equal('700');
      expect(el.shadowRoot!.querySelector('.document')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('opens by mouse, traps focus in a modal dialog, closes on Esc and returns focus', async () => {
      const el = await footer();
      $(el, '[part=trigger]').click();
      await ready(el);
      const dialog = $<HTMLDialogElement>(el, 'dialog');
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      await expect(el).to.be.accessible();
      // The page behind is inert while the dialog is modal.
      expect(document.querySelector('footer a')!.matches(':focus')).to.equal(false);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part=trigger]'));
    });

    it('opens by keyboard and closes with its close button', async () => {
      const el = await footer();
      $(el, '[part=trigger]').focus();
      await sendKeys({ press: 'Enter' });
      await ready(el);
      const dialog = $<HTMLDialogElement>(el, 'dialog');
      expect(dialog.open).to.equal(true);
      $(el, '[part=close]').click();
      await waitUntil(() => !dialog.open);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part=trigger]'));
    });

    it('opens at a section, and offers show() and close()', async () => {
      const el = await footer();
      el.section = 'officer';
      const opened = oneEvent(el, 'privacy-section');
      el.show();
      expect((await opened).detail.id).to.equal('officer');
      el.close();
      await waitUntil(() => !$<HTMLDialogElement>(el, 'dialog').open);
    });

    it('keeps Tab inside the dialog', async () => {
      const el = await footer();
      el.show();
      await ready(el);
      for (let i = 0; i < 40; i++) {
        await sendKeys({ press: 'Tab' });
        const active = el.shadowRoot!.activeElement;
        if (active) expect(active.closest('dialog'), active.outerHTML.slice(0, 60)).to.exist;
      }
    });
  });
});
