/**
 * `<privacy-policy>` on the 2025 model: the new blocks (domestic representative, automated
 * decisions, transmission requests, overseas collection, behavioural advertising), the PIPA
 * 17(2) and 28-8(2) wording of provision and transfer tables, the labelling summary with its
 * pictograms, and the list of changes in words a reader knows.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/privacy-policy.js';
import type { PrivacyPolicyElement } from '../../src/privacy-policy.js';
import { catalogFor } from '../../src/i18n/index.js';
import type { ConsentItem, PrivacyPolicy } from '../../src/policy/index.js';
import { everyBlockPolicy } from '../fixtures/every-block-policy.js';
import { minimalPolicy } from '../fixtures/minimal-policy.js';
import { $, $$, cardLabel, settled, text } from './helpers.js';

const viewer = async (policy: unknown, attrs = '', width = '') => {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  if (width) wrapper.style.inlineSize = width;
  wrapper.innerHTML = `<privacy-policy ${attrs}></privacy-policy>`;
  const el = wrapper.querySelector('privacy-policy')!;
  el.policy = policy as PrivacyPolicy;
  return settled(el, '.document, .alert');
};
const fromSeed = async (name: string) => {
  const el = await fixture<PrivacyPolicyElement>(
    html`<privacy-policy src=${`/demo/policies/${name}.json`}></privacy-policy>`,
  );
  return settled(el, '.document, .alert');
};

/**
 * Puts the element under its print styles. In Chromium `emulateMedia` switches the medium over
 * the DevTools protocol. Firefox (WebDriver BiDi) and WebKit (WebDriver) are driven without it:
 * the command throws there (puppeteer: "CDP support is required"; webdriverio: not supported),
 * so those engines get the element's own `@media print` rules, read from the stylesheets Lit
 * adopted into its shadow root, adopted again as an unconditional sheet: the same rules in the
 * same cascade, only not behind the media query, so each engine still computes them itself.
 */
const printMedia = async (el: HTMLElement): Promise<{ restore(): Promise<void> }> => {
  // Only Chromium is launched over the DevTools protocol (scripts/test-browsers.mjs).
  if (/Chrome\//.test(navigator.userAgent)) {
    await emulateMedia({ media: 'print' });
    expect(matchMedia('print').matches, 'print emulated').to.be.true;
    return { restore: async () => void (await emulateMedia({ media: 'screen' })) };
  }
  const root = el.shadowRoot!;
  const rules = root.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && [...rule.media].includes('print'))
    .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
  expect(rules, 'the element adopts @media print rules').not.to.be.empty;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  const before = root.adoptedStyleSheets;
  root.adoptedStyleSheets = [...before, sheet];
  return { restore: async () => void (root.adoptedStyleSheets = before) };
};

/** The typed table of one kind (the first), its caption, headings and rows as read. */
const table = (el: PrivacyPolicyElement, block: string) => {
  const wrap = $(el, `[data-block="${block}"]`);
  return {
    caption: wrap.querySelector('caption') ? text(wrap.querySelector('caption')!) : undefined,
    headings: [...wrap.querySelectorAll('th')].map(text),
    rows: [...wrap.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map(text)),
    links: [...wrap.querySelectorAll('a')].map((a) => a.getAttribute('href')),
  };
};
const labelsOf = (el: PrivacyPolicyElement) =>
  Object.fromEntries($$(el, '.labels li').map((li) => [li.dataset.label, text(li)]));

describe('<privacy-policy> on the 2025 model', () => {
  describe('new blocks', () => {
    it('renders the domestic representative with tel: and mailto: links', async () => {
      const el = await viewer(everyBlockPolicy());
      expect(table(el, 'domestic-agent')).to.deep.equal({
        caption: '국내대리인',
        headings: ['성명(명칭)', '대표자', '주소', '전화번호', '전자우편'],
        rows: [['한국대리 주식회사', '김대리', '서울특별시 중구 세종대로 1', '02-1234-5678', 'agent@example.kr']],
        links: ['tel:0212345678', 'mailto:agent@example.kr'],
      });
    });

    it('renders automated decisions, transmission requests and overseas collection', async () => {
      const el = await viewer(everyBlockPolicy());
      expect(table(el, 'automated-decisions')).to.deep.equal({
        caption: '자동화된 결정',
        headings: ['결정의 내용', '기준', '절차', '거부·설명 요구 방법'],
        rows: [
          [
            '대출 한도 산정',
            '신용 점수와 거래 내역',
            '신청 즉시 자동 산정',
            '고객센터(privacy@example.com)로 거부·설명 요구',
          ],
          ['부정 가입 탐지', '가입 패턴', '', ''],
        ],
        links: ['mailto:privacy@example.com'],
      });
      expect(table(el, 'transmission')).to.deep.equal({
        caption: '전송요구',
        headings: ['방법', '확인 절차', '범위'],
        rows: [['앱 설정 > 내 정보 전송', '본인인증 후 처리', '회원 정보, 주문 내역']],
        links: [],
      });
      expect(table(el, 'overseas-collection')).to.deep.equal({
        caption: '국외 수집',
        headings: ['국가', '항목', '목적'],
        rows: [['일본', '이메일, 접속 기록', '일본 현지 서비스 제공']],
        links: [],
      });
    });

    it('renders behavioural advertising and its third-party collection tools', async () => {
      const el = await viewer(everyBlockPolicy());
      expect(table(el, 'behavioural-ads')).to.deep.include({
        caption: '맞춤형 광고(행태정보)',
        headings: ['행태정보 항목', '수집 방법', '목적', '보유 기간', '거부 방법'],
        rows: [
          [
            '웹사이트 방문 기록, 광고 식별자',
            '웹사이트 방문 시 자동 수집',
            '맞춤형 광고 제공',
            '수집일로부터 1년',
            '쿠키 설정에서 거부할 수 있습니다.',
          ],
        ],
      });
      expect(table(el, 'collection-tools')).to.deep.include({
        caption: '행태정보를 수집하는 외부 도구',
        headings: ['도구', '회사', '유형', '항목'],
        rows: [
          ['Google Analytics', 'Google LLC', '스크립트', '방문 기록'],
          ['Meta Pixel', 'Meta Platforms, Inc.', '스크립트', '광고 식별자'],
        ],
      });
    });

    it('leaves out the tools table when no tool is named', async () => {
      const policy = everyBlockPolicy();
      const el = await viewer({
        ...policy,
        sections: policy.sections.map((section) =>
          section.id === 'ads' ? { ...section, blocks: [{ type: 'behavioural-ads', data: ['방문 기록'] }] } : section,
        ),
      });
      expect(table(el, 'behavioural-ads').rows).to.deep.equal([['방문 기록']]);
      expect($(el, '[data-block="collection-tools"]')).to.equal(null);
    });

    it('passes axe with every new block', async () => {
      const el = await viewer(everyBlockPolicy());
      await expect(el).to.be.accessible();
    });

    it('shows each row as a card labelled by its columns on a 320px screen', async () => {
      const el = await viewer(everyBlockPolicy(), '', '320px');
      for (const block of ['domestic-agent', 'automated-decisions', 'transmission', 'overseas-collection']) {
        const wrap = $(el, `[data-block="${block}"]`);
        expect(getComputedStyle(wrap.querySelector('thead')!).position, block).to.equal('absolute');
        expect(getComputedStyle(wrap.querySelector('tbody tr')!).display, block).to.equal('block');
      }
      const label = cardLabel;
      expect(label($(el, '[data-block="domestic-agent"] td:nth-child(4)'))).to.equal('전화번호');
      expect(label($(el, '[data-block="collection-tools"] td'))).to.equal('도구');
      await expect(el).to.be.accessible();
    });

    it('shows a table of more than six columns as cards on a medium screen too', async () => {
      const el = await viewer(everyBlockPolicy(), '', '700px');
      const display = (block: string) => getComputedStyle($(el, `[data-block="${block}"] tbody tr`)).display;
      expect(display('overseas')).to.equal('block');
      expect(display('third-party')).to.equal('table-row');
    });

    it('prints the tables whole: rows kept together, navigation hidden', async () => {
      const el = await viewer(everyBlockPolicy());
      const print = await printMedia(el);
      try {
        expect(getComputedStyle($(el, '.toc')).display).to.equal('none');
        for (const block of ['domestic-agent', 'behavioural-ads', 'collection-tools', 'overseas'])
          expect(getComputedStyle($(el, `[data-block="${block}"] tbody tr`)).breakInside, block).to.equal('avoid');
        expect(getComputedStyle($(el, '.labels li')).breakInside).to.equal('avoid');
      } finally {
        await print.restore();
      }
    });

    it('renders hostile text in the new blocks as text and links only safe schemes', async () => {
      const policy = everyBlockPolicy();
      const el = await viewer({
        ...policy,
        sections: [
          ...policy.sections.filter((section) => section.id !== 'agent'),
          {
            id: 'agent',
            title: '국내대리인',
            topics: ['domestic-agent'],
            blocks: [
              {
                type: 'domestic-agent',
                name: '<img src=x onerror=alert(1)>대리인',
                phone: '전화 없음',
                email: 'agent@example.kr',
                note: [{ text: '상대 링크', href: 'agent.html' }],
              },
            ],
          },
        ],
      });
      const agent = table(el, 'domestic-agent');
      expect(agent.rows[0]![0]).to.equal('<img src=x onerror=alert(1)>대리인');
      expect(agent.links).to.deep.equal(['mailto:agent@example.kr']);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[style]')).to.equal(null);
    });
  });

  describe('provision and transfer in the words of the law', () => {
    it('heads provision columns as PIPA 17(2) does', async () => {
      const el = await viewer(everyBlockPolicy());
      expect(table(el, 'third-party').headings).to.deep.equal([
        '제공받는 자',
        '제공받는 자의 이용 목적',
        '제공하는 항목',
        '제공받는 자의 보유·이용 기간',
      ]);
    });

    it('heads transfer columns as PIPA 28-8(2) does, never as provision, with the route beside the basis', async () => {
      const el = await viewer(everyBlockPolicy());
      const overseas = table(el, 'overseas');
      expect(overseas.headings).to.deep.equal([
        '이전받는 자',
        '이전받는 자의 연락처',
        '이전 국가',
        '이전되는 항목',
        '이전 일시 및 방법',
        '이전받는 자의 이용 목적',
        '이전받는 자의 보유·이용 기간',
        '이전 거부 방법 및 효과',
        '이전 근거',
      ]);
      expect(overseas.headings.join()).not.to.contain('제공받는 자');
      expect(overseas.rows.map((row) => row.at(-1))).to.deep.equal([
        '개인정보 보호법 제28조의8제1항제3호 계약 이행을 위한 처리위탁·보관(처리방침 공개)',
        '동의',
        '적정성 인정',
      ]);
      // The route has a line of its own under the basis as printed.
      expect(getComputedStyle($(el, '[data-block=overseas] .route')).display).to.equal('block');
    });

    it('never heads the transfer table of a seed as provision', async () => {
      const el = await fromSeed('demo-shop');
      const overseas = table(el, 'overseas');
      expect(overseas.headings[0]).to.equal('이전받는 자');
      expect(overseas.headings.join()).not.to.contain('제공');
      expect(overseas.rows[0]!.at(-1)).to.contain('계약 이행을 위한 처리위탁·보관(처리방침 공개)');
    });

    it('says each route in Korean', async () => {
      const policy = everyBlockPolicy();
      const routes = ['consent', 'law', 'contract', 'certification', 'adequacy'] as const;
      const el = await viewer({
        ...policy,
        sections: [
          ...policy.sections.filter((section) => section.id !== 'overseas'),
          {
            id: 'overseas',
            title: '국외 이전',
            topics: ['overseas'],
            blocks: [{ type: 'overseas', rows: routes.map((route) => ({ recipient: route, country: '미국', route })) }],
          },
        ],
      });
      expect(table(el, 'overseas').rows.map((row) => row.at(-1))).to.deep.equal([
        '동의',
        '법률·조약',
        '계약 이행을 위한 처리위탁·보관(처리방침 공개)',
        '인증',
        '적정성 인정',
      ]);
    });

    it('speaks English when asked', async () => {
      await catalogFor('en');
      const el = await viewer(everyBlockPolicy(), 'lang="en"');
      await waitUntil(() => text($(el, '.toc h3')) === 'Contents');
      expect(table(el, 'third-party').headings).to.deep.equal([
        'Recipient',
        "Recipient's purpose",
        'Items provided',
        "Recipient's retention period",
      ]);
      const overseas = table(el, 'overseas');
      expect(overseas.headings.slice(0, 4)).to.deep.equal([
        'Transferee',
        "Transferee's contact",
        'Destination country',
        'Items transferred',
      ]);
      expect(overseas.headings).not.to.include('Recipient');
      expect(overseas.rows[1]!.at(-1)).to.equal('Consent');
      expect(table(el, 'domestic-agent').headings).to.deep.equal([
        'Name',
        'Representative',
        'Address',
        'Phone number',
        'Email',
      ]);
      expect(labelsOf(el)['automated-decisions']).to.equal('Automated decisions 2 decisions');
      expect(labelsOf(el).overseas).to.equal('Transfers abroad 3 organisations in 2 countries');
    });
  });

  describe('labelling summary', () => {
    it('counts distinct items, and items marked neither required nor optional apart', async () => {
      // '가맹점 주소' and '가맹점주소' are one item, as are '신청인 휴대폰번호' and '신청인 휴대폰 번호'.
      expect(labelsOf(await fromSeed('smartro')).items).to.equal('수집 항목 필수 66개, 선택 27개');
      expect(labelsOf(await fromSeed('smallticket')).items).to.equal('수집 항목 19개 (필수·선택 구분 없음)');
    });

    it('labels overseas transfer and collection, behavioural ads, automated decisions and the representative', async () => {
      const el = await viewer(everyBlockPolicy());
      const labels = labelsOf(el);
      expect(labels).to.deep.include({
        overseas: '국외 이전 3곳, 2개국',
        'overseas-collection': '국외 수집 1개국',
        'behavioural-ads': '맞춤형 광고(행태정보) 사용 (외부 수집 도구 2개)',
        'automated-decisions': '자동화된 결정 2건',
        'domestic-agent': '국내대리인 한국대리 주식회사',
      });
      const targets = Object.fromEntries(
        $$(el, '.labels li').map((li) => [li.dataset.label, li.querySelector('a')?.getAttribute('href')]),
      );
      expect(targets).to.deep.include({
        overseas: '#p-overseas',
        'overseas-collection': '#p-collected-abroad',
        'behavioural-ads': '#p-ads',
        'automated-decisions': '#p-automated',
        'domestic-agent': '#p-agent',
      });
    });

    it('says "표시 없음" for what the policy does not state, and shows the representative only where present', async () => {
      const el = await viewer(minimalPolicy());
      const labels = labelsOf(el);
      expect(labels['automated-decisions']).to.equal('자동화된 결정 표시 없음');
      expect(labels['behavioural-ads']).to.equal('맞춤형 광고(행태정보) 표시 없음');
      expect(labels).not.to.have.property('domestic-agent');
      expect(labels).not.to.have.property('overseas-collection');
    });

    it('points at the section where a topic is covered but not countable', async () => {
      // demo-shop covers behavioural advertising in its cookie section, in prose.
      const el = await fromSeed('demo-shop');
      expect(labelsOf(el)['behavioural-ads']).to.equal('맞춤형 광고(행태정보) 본문 참조');
      expect($(el, '.labels li[data-label=behavioural-ads] a').getAttribute('href')).to.equal('#p-cookies');
    });

    it('draws one pictogram per label, in currentColor, hidden from assistive technology', async () => {
      const el = await viewer(everyBlockPolicy());
      const items = $$(el, '.labels li');
      expect(items).to.have.length(12);
      const drawings = new Set<string>();
      for (const li of items) {
        const svg = li.querySelector('svg')!;
        expect(svg.getAttribute('aria-hidden'), li.dataset.label).to.equal('true');
        const path = svg.querySelector('path')!;
        drawings.add(path.getAttribute('d')!);
        expect(getComputedStyle(path).stroke).to.equal(getComputedStyle(li).color);
        expect(getComputedStyle(path).fill).to.equal('none');
        // The link's name is the label's text alone.
        const name = li.querySelector('a, span')!;
        expect(name.contains(svg)).to.equal(false);
      }
      expect(drawings.size).to.equal(12);
      expect(el.shadowRoot!.querySelector('img, [style]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('moves to a label section by keyboard without changing the page URL', async () => {
      const el = await viewer(everyBlockPolicy());
      const before = location.href;
      $(el, '.labels li[data-label=domestic-agent] a').focus();
      const moved = oneEvent(el, 'privacy-section');
      await sendKeys({ press: 'Enter' });
      expect((await moved).detail.id).to.equal('agent');
      expect(el.shadowRoot!.activeElement?.id).to.equal('h-agent');
      expect(location.href).to.equal(before);
    });
  });

  describe('changes in words a reader knows', () => {
    const versions = (): PrivacyPolicy => {
      const older: PrivacyPolicy = { ...everyBlockPolicy(), version: '2025-01-01', effectiveOn: '2025-01-01' };
      const current = everyBlockPolicy();
      const consents = (current.consents ?? []).flatMap((item): ConsentItem[] =>
        item.id === 'provide'
          ? []
          : item.id === 'ads'
            ? [{ ...item, retention: '수신 동의 철회 시 또는 2년' }]
            : [item],
      );
      const edited = {
        ...current,
        announcedOn: '2025-12-26',
        title: { ko: '개인정보처리방침', en: 'Privacy Policy' },
        controller: { ...current.controller, address: '서울특별시 중구 세종대로 1' },
        children: { minimumAge: 14, handling: 'guardian-consent' as const },
        consents: [
          ...consents,
          {
            id: 'abroad',
            category: 'overseas' as const,
            required: false,
            title: '개인정보 국외 이전 동의',
            recipient: 'Zendesk, Inc.',
            country: '미국',
            refusal: '거부해도 가입할 수 있습니다.',
          },
        ],
        sections: current.sections.map((section) => ({
          ...section,
          blocks: section.blocks.map((block) =>
            block.type === 'domestic-agent'
              ? { ...block, address: '서울특별시 강남구 테헤란로 1' }
              : block.type === 'overseas'
                ? {
                    ...block,
                    rows: block.rows.map((row, i) => (i === 1 ? { ...row, route: 'certification' as const } : row)),
                  }
                : block,
          ),
        })),
      };
      const abroadBefore = { ...edited.consents.at(-1)!, recipient: 'Zendesk' };
      return {
        ...edited,
        previousVersions: [
          {
            version: '2025-01-01',
            effectiveOn: '2025-01-01',
            policy: {
              ...older,
              children: { minimumAge: 14, handling: 'not-offered' },
              consents: [...(older.consents ?? []), abroadBefore],
            },
          },
        ],
      };
    };
    const compare = async (attrs = '') => {
      const el = await viewer(versions(), attrs);
      $(el, '.versions summary').click();
      $$(el, '.versions button')[1]!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('.changes'));
      return el;
    };
    const entries = (list: Element) =>
      [...list.querySelectorAll(':scope > ul > li')].map((li) => {
        const nested = li.querySelector(':scope > ul');
        const own = text(li)
          .replace(nested ? text(nested) : '', '')
          .trim();
        return nested ? [own, [...nested.querySelectorAll(':scope > li')].map(text)] : own;
      });

    it('names top-level fields, consent items and their fields in Korean', async () => {
      const el = await compare();
      const changes = entries($(el, '.changes'));
      expect(changes.slice(0, 6)).to.deep.equal([
        '[변경] 제목',
        '[변경] 개인정보처리자 (주소)',
        '[변경] 공고일',
        '[변경] 시행일',
        [
          '[변경] 동의 항목',
          [
            '[삭제] 제3자 제공 동의',
            '[변경] 광고성 정보 수신 동의 (보유·이용 기간)',
            '[변경] 개인정보 국외 이전 동의 (이전받는 자)',
          ],
        ],
        '[변경] 아동 정책 (처리 방식)',
      ]);
      // Two consent items, one transfer row, and the two sections holding the changed blocks.
      expect(text($(el, '.changes [role=status]'))).to.equal('추가 0건, 삭제 1건, 변경 5건');
      await expect(el).to.be.accessible();
    });

    it('names a changed transfer route and a changed representative by what the tables call them', async () => {
      const el = await compare();
      const sections = Object.fromEntries(
        $$(el, '.changes [data-section]').map((li) => [li.dataset.section, [...li.querySelectorAll('li')].map(text)]),
      );
      expect(sections).to.deep.equal({
        overseas: ['[변경] Zendesk, Inc. · 미국 (이전 근거)'],
        agent: ['[변경] 국내대리인 (주소)'],
      });
    });

    it('names a field by its scoped name, else its last part, and never by an inherited property', async () => {
      // The Korean field names arrive with the list of changes.
      await import('../../src/components/privacy-policy/diff-view.js');
      const ko = await catalogFor('ko');
      expect(ko.fieldName('overseas.recipient')).to.equal('이전받는 자');
      expect(ko.fieldName('marketing.retention')).to.equal('보유·이용 기간');
      expect(ko.fieldName('controller.address')).to.equal('주소');
      expect(ko.fieldName('constructor')).to.equal('constructor');
      expect(ko.fieldName('children.__proto__')).to.equal('children.__proto__');
    });

    it('names them in English under lang="en"', async () => {
      await catalogFor('en');
      const el = await compare('lang="en"');
      await waitUntil(() => text($(el, '.changes [role=status]')).includes('removed'));
      const changes = entries($(el, '.changes'));
      expect(changes.slice(0, 6)).to.deep.equal([
        '[Changed] Title',
        '[Changed] Controller (Address)',
        '[Changed] Announcement date',
        '[Changed] Effective date',
        [
          '[Changed] Consent items',
          [
            '[Removed] 제3자 제공 동의',
            '[Changed] 광고성 정보 수신 동의 (Retention)',
            '[Changed] 개인정보 국외 이전 동의 (Transferee)',
          ],
        ],
        '[Changed] Children (Handling)',
      ]);
    });
  });
});
