/**
 * `<privacy-policy>` on real policies, whole (issue 11): what the viewer showed wrong, and the
 * structures the model gained (versions as pages and PDFs, grouped collection tables, links in
 * cells, public bodies, processors abroad, blocks in list items, figures, the change log).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/privacy-policy.js';
import type { PrivacyPolicyElement } from '../../src/privacy-policy.js';
import {
  collectionRows,
  rowItems,
  type CollectionBlock,
  type CollectionRow,
  type PrivacyPolicy,
} from '../../src/policy/index.js';
import { minimalPolicy } from '../fixtures/minimal-policy.js';
import { $, $$, cardLabel, nameOf, settled, text } from './helpers.js';

type Json = Record<string, unknown>;

const viewer = async (policy: unknown, width = '') => {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  if (width) wrapper.style.inlineSize = width;
  wrapper.innerHTML = '<privacy-policy></privacy-policy>';
  const el = wrapper.querySelector('privacy-policy')!;
  el.policy = policy as PrivacyPolicy;
  return settled(el, '.document, .alert');
};
const example = async (name: string) =>
  (await (await fetch(`/demo/policies/${name}.json`)).json()) as PrivacyPolicy & Json;

/** The minimal policy with blocks put into a section (by id), or a section added. */
const withBlocks = (id: string, blocks: Json[], extra: Json = {}): Json => {
  const base = minimalPolicy();
  const known = base.sections.some((section) => section.id === id);
  return {
    ...base,
    ...extra,
    sections: known
      ? base.sections.map((section) => (section.id === id ? { ...section, blocks } : section))
      : [...base.sections, { id, title: id, blocks }],
  };
};
const labelsOf = (el: PrivacyPolicyElement) =>
  Object.fromEntries($$(el, '.labels li').map((li) => [li.dataset.label, text(li)]));
/** The lines a text is laid out in, as the characters on each. */
const lines = (node: Element): string[] => {
  const texts: Text[] = [];
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let current = walker.nextNode(); current; current = walker.nextNode()) texts.push(current as Text);
  const range = document.createRange();
  const out: string[] = [];
  let top: number | undefined;
  for (const textNode of texts)
    for (let i = 0; i < textNode.length; i++) {
      range.setStart(textNode, i);
      range.setEnd(textNode, i + 1);
      const rect = range.getBoundingClientRect();
      if (!rect.height) continue;
      if (top === undefined || Math.abs(rect.top - top) > rect.height / 2) out.push('');
      top = rect.top;
      out[out.length - 1] += textNode.data[i];
    }
  return out.map((line) => line.trim()).filter(Boolean);
};

describe('<privacy-policy> on real policies', () => {
  describe('what the viewer showed wrong', () => {
    it('counts distinct items however they are spaced, and items marked neither apart from required ones', async () => {
      const el = await viewer(
        withBlocks('items', [
          {
            type: 'collection',
            rows: [
              { stage: '가입', required: ['휴대폰 번호', '이메일', 'E-mail'], optional: ['생년월일'] },
              { stage: '주문', required: ['휴대폰번호', 'e-mail'], optional: ['생년월일.'] },
              { stage: '상담', items: ['상담 내용', '상담내용'] },
            ],
          },
        ]),
      );
      expect(labelsOf(el).items).to.equal('수집 항목 필수 3개, 선택 1개, 구분 없음 1개');
    });

    it('prints the marker of a typed table: in its caption, else on a line before it', async () => {
      const el = await viewer(
        withBlocks('retention', [
          {
            type: 'retention',
            label: '②',
            caption: '법령에 따른 보존',
            rows: [{ record: '계약 기록', period: '5년' }],
          },
          { type: 'retention', label: '③', rows: [{ record: '접속 기록', period: '3개월' }] },
        ]),
      );
      const section = $(el, '#p-retention');
      expect(text(section.querySelector('caption')!)).to.equal('② 법령에 따른 보존');
      const marker = section.querySelector('.block-marker')!;
      expect(text(marker)).to.equal('③');
      expect(marker.nextElementSibling!.matches('[data-block=retention]')).to.equal(true);
    });

    it('prints a cookie-refusal lead-in before the steps it introduces', async () => {
      const el = await viewer(
        withBlocks('cookies', [
          {
            type: 'cookie-refusal',
            browsers: [
              { browser: '인터넷 익스플로러', note: '설정방법의 예:', steps: ['도구', '인터넷 옵션', '개인정보'] },
            ],
          },
        ]),
      );
      const cell = $(el, '[data-block=cookie-refusal] td[data-label="방법"]');
      expect([...cell.children].map((child) => [child.localName, text(child)])).to.deep.equal([
        ['p', '설정방법의 예:'],
        ['ul', '도구인터넷 옵션개인정보'],
      ]);
    });

    it('writes item groups so that an item after a group never reads as part of it', async () => {
      const el = await viewer(
        withBlocks('items', [
          {
            type: 'collection',
            rows: [
              { stage: '결제', required: ['이름', { label: '카드결제', items: ['카드번호', '유효기간'] }, '주소'] },
            ],
          },
        ]),
      );
      const list = $(el, '[data-block=collection] td[data-label="필수 항목"] ul.data-items');
      expect([...list.children].map(text)).to.deep.equal(['이름', '카드결제: 카드번호, 유효기간', '주소']);
      await expect(el).to.be.accessible();
    });

    it('leaves out of a card the cells its row leaves empty, labels and all', async () => {
      const el = await viewer(
        withBlocks('third-party', [
          {
            type: 'third-party',
            id: 'third-party-table',
            rows: [
              { recipient: '배송 주식회사', purpose: '배송', items: ['주소'], retention: '3개월' },
              { recipient: '제휴 주식회사', purpose: '이벤트' },
            ],
          },
        ]),
        '320px',
      );
      const [, second] = $$(el, '[data-block=third-party] tbody tr');
      const shown = [...second!.querySelectorAll<HTMLElement>('td')].filter(
        (cell) => getComputedStyle(cell).display !== 'none',
      );
      expect(shown.map(cardLabel)).to.deep.equal(['제공받는 자', '제공받는 자의 이용 목적']);
    });

    it('keeps phone numbers whole, breaks e-mail addresses only after @ or before a dot, and links both', async () => {
      const policy = withBlocks('officer', [
        {
          type: 'contact',
          role: 'officer',
          name: '홍길동',
          phone: '(국번없이) 02-1234-5678',
          email: 'privacy-officer@example-company.co.kr',
        },
        { type: 'contact', role: 'desk', title: '고객센터', phone: '02-111-2222, 1588-0000' },
      ]);
      const el = await viewer(
        {
          ...policy,
          sections: [
            ...(policy.sections as Json[]),
            {
              id: 'overseas',
              title: '국외 이전',
              topics: ['overseas'],
              blocks: [
                {
                  type: 'overseas',
                  rows: [{ recipient: 'Cloud, Inc.', country: '미국', contact: 'dpo@cloud.example, +1-206-555-0100' }],
                },
              ],
            },
          ],
        },
        '375px',
      );
      const officer = $(el, '.labels li[data-label=officer] .label-value');
      expect(lines(officer.querySelector('a[href^="tel:"]')!)).to.deep.equal(['(국번없이) 02-1234-5678']);
      const mail = officer.querySelector('a[href^="mailto:"]')!;
      expect(mail.getAttribute('href')).to.equal('mailto:privacy-officer@example-company.co.kr');
      // Each line ends after @ or before a dot: no word is cut.
      const pieces = lines(mail);
      expect(pieces.join('')).to.equal('privacy-officer@example-company.co.kr');
      for (const [index, piece] of pieces.entries())
        if (index < pieces.length - 1)
          expect(piece.endsWith('@') || pieces[index + 1]!.startsWith('.'), piece).to.be.true;
      // Contact text in a table: the e-mail a mailto: link, the phone number a tel: link.
      const contact = $(el, '[data-block=overseas] td[data-label="이전받는 자의 연락처"]');
      expect([...contact.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
        'mailto:dpo@cloud.example',
        'tel:+12065550100',
      ]);
      expect(text(contact)).to.equal('dpo@cloud.example, +1-206-555-0100');
      // Two numbers in one field: a link each, not one link dialling both.
      const desk = $(el, '.contact[data-role=desk] dd');
      expect([...desk.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
        'tel:021112222',
        'tel:15880000',
      ]);
    });

    it('scrolls a wide generic table inside its own labelled region on a 375px screen', async () => {
      const el = await viewer(
        withBlocks('rights', [
          {
            type: 'table',
            caption: '열람 청구 방법',
            header: ['구분', '청구 방법', '처리 기간', '제출 서류', '수수료', '비고'],
            rows: [
              [
                '개인정보열람청구',
                '방문·우편·전자우편으로청구',
                '10일이내통지',
                '개인정보열람요구서및신분증사본',
                '우편료실비',
                '대리인청구시위임장추가제출',
              ],
            ],
          },
        ]),
        '375px',
      );
      const region = $(el, '[data-block=table]');
      expect(region.getAttribute('role')).to.equal('region');
      expect(nameOf(region)).to.equal('열람 청구 방법');
      expect(region.tabIndex).to.equal(0);
      expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
      expect($(el, '.document').scrollWidth).to.be.at.most(375);
      expect(el.scrollWidth).to.be.at.most(375);
      await expect(el).to.be.accessible();
    });

    it('renders the preface before the labelling summary and the table of contents', async () => {
      const el = await viewer({ ...minimalPolicy(), preface: [{ type: 'paragraph', text: '머리말입니다.' }] });
      const order = $$(el, '.document > *').map((node) =>
        node.matches('.labels') ? 'labels' : node.matches('.toc') ? 'toc' : node.matches('p') ? text(node) : '',
      );
      expect(order.filter(Boolean)).to.deep.equal(['머리말입니다.', 'labels', 'toc']);
    });

    it('heads overseas recipients 이전받는 자 in the table, its cards and the list of changes', async () => {
      const overseas = (recipient: string) =>
        withBlocks('overseas', [
          { type: 'overseas', rows: [{ recipient: 'Cloud, Inc.', country: '미국', purpose: recipient }] },
        ]);
      const el = await viewer(
        {
          ...overseas('보관'),
          previousVersions: [{ version: 'old', policy: { ...overseas('백업'), version: 'old' } }],
        },
        '320px',
      );
      const table = $(el, '[data-block=overseas]');
      expect(text(table.querySelector('th')!)).to.equal('이전받는 자');
      expect(cardLabel(table.querySelector('td')!)).to.equal('이전받는 자');
      expect(text(table)).not.to.contain('제공받는 자');
      $$(el, '.versions button')[1]!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('.changes'));
      expect(text($(el, '.changes [data-section=overseas] li'))).to.equal(
        '[변경] Cloud, Inc. · 미국 (이전받는 자의 이용 목적)',
      );
    });
  });

  describe('1. previous versions as pages and PDFs', () => {
    it('links a page or a PDF as a plain link (never fetched) and names each version as printed', async () => {
      const requested: string[] = [];
      const original = window.fetch;
      window.fetch = (input, init) => {
        requested.push(String(input));
        return original(input, init);
      };
      try {
        const el = await viewer(await example('example-public'));
        const items = $$(el, '.versions li');
        expect(items.map((li) => text(li.querySelector('span')!))).to.deep.equal([
          '제11판 2024년 3월 15일 ~ 2025년 10월 31일',
          '제10판 2022년 1월 1일 ~ 2024년 3월 14일',
          '제9판 2020년 8월 5일 ~ 2021년 12월 31일',
          '제8판 2018년 6월 1일 ~ 2020년 8월 4일',
        ]);
        const link = items[0]!.querySelector('a')!;
        expect(link.getAttribute('href')).to.equal('https://www.public.example/privacy/archive/privacy-11.pdf');
        expect(text(link)).to.equal('보기 (PDF) 제11판');
        expect(items[0]!.querySelector('button')).to.equal(null);
        expect(requested.filter((url) => url.includes('archive'))).to.deep.equal([]);
        expect(text($(el, '.dates'))).to.equal(
          '제정일 2012년 3월 30일 공고일 2025년 10월 25일 시행일 2025년 11월 1일 버전 제12판',
        );
        expect(text($(el, '.controller'))).to.equal('예시공단 통합콜센터 (예시) (공공기관)');
      } finally {
        window.fetch = original;
      }
    });

    it('still views and compares a version given as a policy', async () => {
      const older = { ...minimalPolicy(), version: '2025-01-01', effectiveOn: '2025-01-01' };
      const el = await viewer({
        ...minimalPolicy(),
        previousVersions: [{ version: '2025-01-01', label: 'ver 1', effectiveOn: '2025-01-01', policy: older }],
      });
      const buttons = $$(el, '.versions li button').map(text);
      expect(buttons).to.deep.equal(['보기 ver 1', '현재와 비교 ver 1']);
    });
  });

  describe('2. a 64-row hierarchical collection table', () => {
    /** The same table in the flat model: one row per item list, service and stage repeated. */
    const flattened = (policy: PrivacyPolicy & Json): Json => {
      const block = policy.sections[1]!.blocks[1] as CollectionBlock;
      const rows: CollectionRow[] = collectionRows(block).flatMap(({ row, groups, inherited }) =>
        rowItems(row).map((list) => ({
          service: groups[0]!.title!,
          stage: [...groups.slice(1).map((group) => group.title as string), row.stage as string, list.part?.condition]
            .filter(Boolean)
            .join(' › '),
          purposes: list.part?.purposes ?? row.purposes ?? inherited.purposes,
          ...(list.required === true
            ? { required: list.items }
            : list.required === false
              ? { optional: list.items }
              : { items: list.items }),
          retention: list.part?.retention ?? row.retention ?? inherited.retention,
        })),
      );
      return {
        ...policy,
        sections: policy.sections.map((section, s) =>
          s === 1 ? { ...section, blocks: [{ type: 'collection', rows }] } : section,
        ),
      };
    };
    const grouped = async (width: string) => {
      const el = await viewer(await example('example-portal'), width);
      await waitUntil(() => el.shadowRoot!.querySelector('table.grouped'), 'the grouped view loads');
      return el;
    };
    const height = (node: Element) => node.getBoundingClientRect().height;

    it('is a short read on a 375px screen, grouped by service instead of 82 cards', async () => {
      const flat = await viewer(flattened(await example('example-portal')), '375px');
      const cards = $(flat, '[data-block=collection]');
      expect($$(flat, '[data-block=collection] tbody tr')).to.have.length(82);
      const el = await grouped('375px');
      const table = $(el, '.grouped-wrap');
      const collapsed = height(table);
      for (const toggle of $$(el, '.group-toggle')) toggle.click();
      await el.updateComplete;
      const expanded = height(table);
      console.log(
        `64-row table at 375px: ${Math.round(height(cards))}px of cards before, ` +
          `${Math.round(collapsed)}px grouped (services closed), ${Math.round(expanded)}px with every service open`,
      );
      expect(collapsed).to.be.below(height(cards) / 10);
      expect(expanded).to.be.below(height(cards) / 2);
    });

    it('opens and closes each service, announcing its state, and prints every one', async () => {
      const el = await grouped('1000px');
      const groups = $$(el, 'tbody.group');
      expect(groups.map((group) => text(group.querySelector('.group-toggle')!))).to.include.members([
        '통합 회원 항목 25개',
        '여행 항목 19개',
      ]);
      const travel = groups.find((group) => text(group).startsWith('여행'))!;
      const toggle = travel.querySelector<HTMLButtonElement>('.group-toggle')!;
      // 64 rows in eleven services: the table opens with the services closed.
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect([...travel.querySelectorAll<HTMLElement>('tr.line')].every((tr) => tr.hidden)).to.equal(true);
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const lines = [...travel.querySelectorAll<HTMLElement>('tr.line')];
      expect(lines.every((tr) => !tr.hidden && tr.getBoundingClientRect().height > 0)).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('shows parts with their own purposes and retention, conditions, and merged cells once', async () => {
      const el = await grouped('1000px');
      const travel = $$(el, 'tbody.group').find((group) => text(group).startsWith('여행'))!;
      travel.querySelector<HTMLButtonElement>('.group-toggle')!.click();
      await el.updateComplete;
      const head = [...travel.querySelector('.group-head')!.querySelectorAll('td')].map(text);
      expect(head.slice(0, 2)).to.deep.equal(['여행 상품 예약·출발', '여행 종료 후 5년(전자상거래법)']);
      const row = [...travel.querySelectorAll('tr.line')].filter((tr) => text(tr).includes('식사 제한 사항'))[0]!;
      expect([...row.querySelectorAll('td')].map(text).slice(0, 3)).to.deep.equal([
        '[선택] 식사 제한 사항, 건강 상태 (특별 식사·도움 요청 시)',
        '여행 중 식사·의료 지원',
        '여행 종료 후 즉시 파기',
      ]);
      // The service's purposes are on its heading line only.
      expect(text(travel).split('여행 상품 예약·출발').length - 1).to.equal(1);
    });

    it('opens at a section below the table, and stays there once the table has loaded', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('privacy-policy');
      el.section = 'officer';
      el.policy = await example('example-portal');
      wrapper.append(el);
      await waitUntil(() => el.shadowRoot!.querySelector('table.grouped'), 'the grouped view loads');
      await waitUntil(() => Math.abs($(el, '#p-officer').getBoundingClientRect().top) < 2, 'the section is at the top');
      expect(el.shadowRoot!.activeElement?.id).to.equal('h-officer');
    });

    it('keeps the header, or on a narrow screen the service, in view while scrolling', async () => {
      const wide = await grouped('1000px');
      expect(getComputedStyle($(wide, 'table.grouped thead th')).position).to.equal('sticky');
      const narrow = await grouped('375px');
      expect(getComputedStyle($(narrow, 'table.grouped .group-head th')).position).to.equal('sticky');
      expect(getComputedStyle($(narrow, 'table.grouped thead')).position).to.equal('absolute');
    });
  });

  describe('3. links in cells, resolved against the base URL', () => {
    it('links recipients and entrustees to their full lists', async () => {
      const el = await viewer(await example('example-portal'));
      const recipient = $(el, '[data-block=third-party] td[data-label="제공받는 자"]');
      expect(text(recipient)).to.equal('(주)예시카드 외 12개사 [전체보기]');
      expect(recipient.querySelector('a')!.getAttribute('href')).to.equal(
        'https://www.portal.example/policy/third-parties.html',
      );
      const entrustees = $$(el, '[data-block=entrustment] td[data-label="수탁자"]');
      expect(text(entrustees[2]!)).to.equal('그 외 협력사 상세보기');
      expect(entrustees[2]!.querySelector('a')!.getAttribute('href')).to.equal(
        'https://www.portal.example/policy/processors.html',
      );
    });

    it('shows a relative link as text when the document has no base URL', async () => {
      const el = await viewer(
        withBlocks('third-party', [
          {
            type: 'third-party',
            id: 'third-party-table',
            rows: [
              { recipient: '제휴사 외 3곳', links: [{ text: '[전체보기]', href: 'list.html' }], purpose: '이벤트' },
            ],
          },
        ]),
      );
      const cell = $(el, '[data-block=third-party] td');
      expect(text(cell)).to.equal('제휴사 외 3곳 [전체보기]');
      expect(cell.querySelector('a')).to.equal(null);
    });

    it("shows an overseas row's note", async () => {
      const el = await viewer(await example('example-travel'));
      expect(text($$(el, '[data-block=overseas] td[data-label="비고"]')[1]!)).to.equal(
        '발송 기록은 30일 뒤 자동으로 삭제됩니다.',
      );
    });
  });

  describe('4. public bodies', () => {
    it("shows each row's legal basis and 개인정보파일, contact scopes and hours, entrustees' address, phone and hours", async () => {
      const el = await viewer(await example('example-public'));
      await waitUntil(() => el.shadowRoot!.querySelector('table.grouped'));
      const headings = $$(el, '[data-block=collection] thead th').map(text);
      expect(headings).to.deep.equal(['분류', '항목', '목적', '보유·이용 기간', '처리 근거', '개인정보파일']);
      const head = [...$(el, '[data-block=collection] .group-head').querySelectorAll('td')].map(text);
      expect(head).to.deep.equal(['', '3년', '민원 처리에 관한 법률 제8조, 같은 법 시행령 제6조', '민원 상담 이력 DB']);
      const department = $$(el, '.contact[data-role=department]')[0]!;
      expect(text(department)).to.contain('담당 업무 콜센터 상담 기록의 열람·정정·삭제 요구');
      expect(text(department)).to.contain('운영 시간 평일 09:00~18:00');
      const entrustee = $(el, '[data-block=entrustment] tbody tr');
      expect(text(entrustee.querySelector('td[data-label="전화"]')!)).to.equal('042-000-0000');
      expect(entrustee.querySelector('td[data-label="전화"] a')!.getAttribute('href')).to.equal('tel:0420000000');
      const reentrustee = entrustee.querySelector('td[data-label="재수탁자"] li')!;
      expect(text(reentrustee)).to.match(/^예시문자 주식회사: 문자 상담 회신 발송/);
      expect([...reentrustee.querySelectorAll('.reach > span')].map(text)).to.deep.equal([
        '서울특별시 구로구 예시로 20',
        '전화 02-000-1111',
        '운영 시간 평일 09:00~18:00',
      ]);
      await expect(el).to.be.accessible();
    });
  });

  describe('5. a table of processors abroad', () => {
    it('counts them as entrustment in the labels, and marks them in the table', async () => {
      const el = await viewer(await example('example-travel'));
      expect(labelsOf(el).entrustment).to.equal('처리 위탁 2곳');
      expect($(el, '.labels li[data-label=entrustment] a').getAttribute('href')).to.equal('#p-overseas');
      expect(text($(el, '[data-block=overseas] td'))).to.equal('Example Hosting, LLC 처리위탁(수탁자)');
    });
  });

  describe('6. blocks inside list items', () => {
    it('renders a table between two halves of a list, inside its item', async () => {
      const el = await viewer(await example('example-public'));
      const items = $$(el, '#p-cctv ul.marked > li');
      expect(items).to.have.length(5);
      const table = items[1]!.querySelector('[data-block=table] table')!;
      expect([...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text))).to.deep.equal([
        ['4대', '콜센터 출입구, 복도', '출입구 및 복도 전체'],
        ['2대', '서버실', '서버실 내부'],
      ]);
      expect(text(items[2]!)).to.equal('③ 관리책임자: 총무팀장 (044-000-3333)');
    });

    it('renders retention rows under their list item', async () => {
      const el = await viewer(await example('example-portal'));
      const item = $$(el, '#p-retention ul.marked > li')[1]!;
      expect(item.querySelectorAll('[data-block=retention] tbody tr')).to.have.length(4);
    });
  });

  describe('7. figures and section icons', () => {
    it('shows an image only from http(s), with its alt text and size, no inline style', async () => {
      const el = await viewer(await example('example-portal'));
      await waitUntil(() => el.shadowRoot!.querySelector('figure img'));
      const img = $<HTMLImageElement>(el, 'figure img');
      expect(img.getAttribute('src')).to.equal('https://www.portal.example/policy/img/labelling-2026.png');
      expect(img.alt).to.contain('주요 개인정보 처리 표시');
      expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['720', '360']);
      expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
      expect(img.closest('a')!.getAttribute('href')).to.equal(
        'https://www.portal.example/policy/img/labelling-2026-large.png',
      );
      expect(text($(el, 'figcaption'))).to.equal('주요 개인정보 처리 표시(라벨링). 크게 보기');
      const icon = $<HTMLImageElement>(el, '#h-purposes img.section-icon');
      expect([icon.getAttribute('src'), icon.alt]).to.deep.equal([
        'https://www.portal.example/policy/img/icon-purpose.svg',
        '처리 목적',
      ]);
      expect(el.shadowRoot!.querySelector('[style]')).to.equal(null);
    });

    it('shows the alt text instead of an image it cannot resolve', async () => {
      const el = await viewer(
        withBlocks('labels', [{ type: 'figure', src: 'img/labels.png', alt: '라벨링: 필수 3개 항목' }]),
      );
      await waitUntil(() => el.shadowRoot!.querySelector('figure'));
      expect(el.shadowRoot!.querySelector('figure img')).to.equal(null);
      expect(text($(el, 'figure'))).to.equal('라벨링: 필수 3개 항목');
    });
  });

  describe('8. the change log', () => {
    it('lists each revision with its date, version, reason and a link to it', async () => {
      const el = await viewer(await example('example-public'));
      await waitUntil(() => el.shadowRoot!.querySelector('[data-block=change-log] table'));
      const log = $(el, '[data-block=change-log]');
      expect([...log.querySelectorAll('th')].map(text)).to.deep.equal(['시행일', '버전', '개정 사유', '홈페이지']);
      expect(
        [...log.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map(text))[1],
      ).to.deep.equal(['2024년 3월 15일', '제11판', '개인정보 보호법 개정 반영', '보기']);
      expect(log.querySelector('a')!.getAttribute('href')).to.equal(
        'https://www.public.example/privacy/archive/privacy-11.pdf',
      );
    });
  });

  // One test per example: axe over a whole policy is slow in WebKit (its card labels' alt text).
  for (const name of ['example-portal', 'example-public', 'example-travel']) {
    it(`passes axe on ${name}`, async () => {
      const el = await viewer(await example(name));
      await waitUntil(() => !el.shadowRoot!.querySelector('[aria-busy]'), `${name}: lazy views load`);
      await expect(el).to.be.accessible();
    });
  }
});
