/**
 * Lint for the law as it stands in 2025: out-of-purpose notices (PIPA 18(3)), overseas transfer
 * notices and routes (28-8), the children's age (22-2), vague retention (15(2)3, 21), required
 * consents after 2024-09-15 (15(1)4, 16(3), 22(5)), and the 2023–2025 blocks (31-2, 35-2, 37-2,
 * behavioural advertising).
 */
import { describe, expect, it } from 'vitest';
import { codes, consents, lint, rows, section, sections, withCode, type Json } from './lint-helpers.js';

const overseasRow = (extra: Json = {}): Json => ({
  recipient: 'Cloud Inc.',
  contact: 'privacy@cloud.example',
  country: '미국',
  items: ['이메일'],
  transfer: '가입 시 네트워크로 전송',
  purpose: '데이터 보관',
  retention: '회원 탈퇴 시까지',
  refusal: '거부하시려면 고객센터로 요청하세요. 거부하면 해외 배송을 이용할 수 없습니다.',
  route: 'consent',
  ...extra,
});
const withOverseas = (tableRows: Json[], item?: Json) => (d: Json) => {
  sections(d).push(section('overseas', ['overseas'], [{ type: 'overseas', id: 'overseas-table', rows: tableRows }]));
  consents(d).push(
    item ?? {
      id: 'abroad',
      category: 'overseas',
      required: false,
      title: '국외 이전 동의',
      rowsFrom: 'overseas-table',
      refusal: '거부하셔도 가입할 수 있습니다.',
    },
  );
};

describe('out-of-purpose use and provision (PIPA 18(3))', () => {
  const item = (extra: Json = {}): Json => ({
    id: 'out',
    category: 'out-of-purpose',
    required: false,
    title: '목적 외 이용·제공 동의',
    recipient: '배송 주식회사',
    purpose: '배송',
    items: ['주소'],
    retention: '배송 완료 후 3개월',
    refusal: '거부하셔도 가입할 수 있습니다.',
    ...extra,
  });

  it('warns about each missing notice: recipient, purpose, items, retention, refusal', () => {
    const warnings = lint((d) =>
      consents(d).push({ id: 'out', category: 'out-of-purpose', required: false, title: '목적 외 이용' }),
    );
    const found = withCode(warnings, 'consent.out-of-purpose-notice-missing');
    expect(found).toEqual([expect.objectContaining({ path: '$.consents[3]', ref: 'PIPA 18(3)' })]);
    expect(found[0]!.message.ko).toContain('제공받는 자, 목적, 항목, 보유·이용 기간, 동의 거부 권리 및 불이익');
    expect(found[0]!.message.en).toContain('recipient, purpose, items, retention period, right to refuse');
  });

  it('is satisfied by a complete item or by the rows of its table', () => {
    expect(codes(lint((d) => consents(d).push(item())))).toEqual([]);
    const fromRows = lint((d) =>
      consents(d).push(
        item({
          recipient: undefined,
          purpose: undefined,
          items: undefined,
          retention: undefined,
          rowsFrom: 'third-party-table',
        }),
      ),
    );
    expect(codes(fromRows)).toEqual([]);
  });

  it('asks nothing of a use on another legal basis', () => {
    expect(
      codes(
        lint((d) =>
          consents(d).push({
            id: 'out',
            category: 'out-of-purpose',
            required: false,
            basis: 'law',
            title: '법령에 따른 제공',
          }),
        ),
      ),
    ).toEqual([]);
  });
});

describe('overseas transfer notices (PIPA 28-8(1), 28-8(2))', () => {
  it('finds nothing in a complete row listed by a consent item', () => {
    expect(codes(lint(withOverseas([overseasRow()])))).toEqual([]);
  });

  it.each<[string, string, string]>([
    ['items', '이전되는 개인정보 항목', 'items transferred'],
    ['transfer', '이전 일시 및 방법', 'when and how'],
    ['contact', '이전받는 자의 연락처', "recipient's contact"],
    ['purpose', '이전받는 자의 이용 목적', "recipient's purpose"],
    ['retention', '이전받는 자의 보유·이용 기간', "recipient's retention"],
    ['refusal', '이전을 거부하는 방법', 'how to refuse'],
  ])('warns about a row without %s, and about the consent item that relies on it', (part, ko, en) => {
    const warnings = lint(withOverseas([overseasRow({ [part]: undefined })]));
    const row = withCode(warnings, 'overseas.incomplete');
    expect(row).toEqual([
      expect.objectContaining({
        path: '$.sections[6].blocks[0].rows[0]',
        ref: expect.stringContaining('PIPA 28-8(2)'),
      }),
    ]);
    expect(row[0]!.message.ko).toContain(ko);
    expect(row[0]!.message.en).toContain(en);
    // The item states its own refusal; every other part it takes from the row.
    const item = withCode(warnings, 'consent.overseas-incomplete');
    if (part === 'refusal') expect(item).toEqual([]);
    else {
      expect(item).toEqual([expect.objectContaining({ path: '$.consents[3]', ref: 'PIPA 28-8(2)' })]);
      expect(item[0]!.message.ko).toContain(ko);
    }
  });

  it('warns about a row without a route, citing 28-8(1)', () => {
    const warnings = lint(withOverseas([overseasRow({ route: undefined })]));
    expect(withCode(warnings, 'overseas.route-missing')).toEqual([
      expect.objectContaining({ path: '$.sections[6].blocks[0].rows[0]', ref: 'PIPA 28-8(1)' }),
    ]);
  });

  it('asks every route for the refusal method by default ([U] 28-8(2)5), only the consent route on request', () => {
    const contract = { ...overseasRow({ route: 'contract', refusal: undefined }) };
    const notice = {
      id: 'abroad',
      category: 'overseas',
      required: true,
      basis: 'contract',
      basisText: '개인정보 보호법 제28조의8제1항제3호',
      title: '국외 보관',
      rowsFrom: 'overseas-table',
    };
    const change = withOverseas([contract], notice);
    expect(codes(lint(change, undefined, { overseasRefusal: 'consent-route' }))).toEqual([]);
    const strict = lint(change);
    expect(codes(strict)).toEqual(['overseas.incomplete', 'consent.overseas-incomplete']);
    for (const warning of strict) expect(warning.message.ko).toContain('거부');
  });

  it('checks an overseas consent item without rows on its own', () => {
    const bare = {
      id: 'abroad',
      category: 'overseas',
      required: false,
      title: '국외 이전',
      recipient: 'Cloud Inc.',
      country: '미국',
      section: 'overseas',
    };
    const paragraph = { type: 'paragraph', text: 'Cloud Inc.(미국)에 데이터 보관을 위해 이전합니다.' };
    const warnings = lint((d) => {
      sections(d).push(section('overseas', ['overseas'], [paragraph]));
      consents(d).push(bare);
    });
    const found = withCode(warnings, 'consent.overseas-incomplete');
    expect(found).toHaveLength(1);
    for (const part of [
      '이전되는 개인정보 항목',
      '이전 일시 및 방법',
      '이전받는 자의 연락처',
      '이용 목적',
      '보유·이용 기간',
      '거부',
    ])
      expect(found[0]!.message.ko).toContain(part);
    const complete = lint((d) => {
      sections(d).push(section('overseas', ['overseas'], [paragraph]));
      consents(d).push({
        ...bare,
        recipientContact: 'privacy@cloud.example',
        items: ['이메일'],
        transfer: '가입 시 전송',
        purpose: '데이터 보관',
        retention: '회원 탈퇴 시까지',
        refusal: '거부하셔도 가입할 수 있습니다.',
      });
    });
    expect(codes(complete)).toEqual([]);
  });

  it('warns about a transfer on the consent route that no consent item asks for', () => {
    const warnings = lint((d) =>
      sections(d).push(
        section('overseas', ['overseas'], [{ type: 'overseas', id: 'overseas-table', rows: [overseasRow()] }]),
      ),
    );
    expect(withCode(warnings, 'overseas.consent-missing')).toEqual([
      expect.objectContaining({ path: '$.sections[6].blocks[0].rows[0].route' }),
    ]);
  });
});

describe('the children’s age limit (PIPA 22-2)', () => {
  const children = (minimumAge?: number) => (d: Json) => {
    d.children = {
      handling: 'guardian-consent',
      section: 'rights',
      ...(minimumAge === undefined ? {} : { minimumAge }),
    };
    (sections(d)[4]!.topics as string[]).push('children');
  };

  it('warns about an age limit below 14', () => {
    const warnings = lint(children(13));
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'children.minimum-age', path: '$.children.minimumAge', ref: 'PIPA 22-2(1)' }),
    ]);
    expect(warnings[0]!.message.ko).toContain('만 13세');
    expect(warnings[0]!.message.en).toContain('under 14');
  });

  it('accepts 14, a higher limit, and no limit (which means 14)', () => {
    expect(codes(lint(children(14)))).toEqual([]);
    expect(codes(lint(children(19)))).toEqual([]);
    expect(codes(lint(children()))).toEqual([]);
  });

  it('expects a section on children when the document says how it treats them', () => {
    const warnings = lint((d) => (d.children = { handling: 'not-offered' }));
    expect(warnings).toEqual([expect.objectContaining({ code: 'topic.missing', ref: 'PIPA 22-2; 작성지침' })]);
  });
});

describe('vague retention (PIPA 15(2)3, 21; PIPC 2024)', () => {
  const vague = '개인정보의 수집 및 이용목적이 달성되면 지체 없이 파기합니다.';

  it.each<[string, (d: Json) => void, string]>([
    ['a consent item', (d) => (consents(d)[0]!.retention = vague), '$.consents[0].retention'],
    [
      'a retention row',
      (d) => Object.assign(rows(d, 2)[0]!, { period: '필요한 기간', basis: '회사 내부 방침', basisType: 'policy' }),
      '$.sections[2].blocks[0].rows[0].period',
    ],
    ['a third-party row', (d) => (rows(d, 3)[0]!.retention = '계속 보유'), '$.sections[3].blocks[0].rows[0].retention'],
    [
      'a collection row',
      (d) => (rows(d, 1)[0]!.retention = '목적 달성 시까지'),
      '$.sections[1].blocks[0].rows[0].retention',
    ],
    [
      'an overseas row',
      withOverseas([overseasRow({ retention: '별도 보관' })]),
      '$.sections[6].blocks[0].rows[0].retention',
    ],
  ])('in %s', (_name, change, path) => {
    const found = withCode(lint(change), 'retention.vague');
    expect(found).toEqual([expect.objectContaining({ path, ref: 'PIPA 15(2)3, 21; PIPC 처리방침 평가 2024' })]);
    expect(found[0]!.message.ko).toContain('구체적이지 않습니다');
  });

  it('does not take an event in what a retention row keeps for its period', () => {
    const warnings = lint((d) =>
      Object.assign(rows(d, 2)[0]!, {
        record: '회원 탈퇴 후 부정이용 기록',
        period: '필요한 기간',
        basis: '회사 내부 방침',
      }),
    );
    expect(codes(warnings)).toEqual(['retention.vague']);
  });

  it('accepts an event, a period, or a statute named elsewhere in the row', () => {
    expect(codes(lint((d) => (consents(d)[0]!.retention = '회원 탈퇴 시까지')))).toEqual([]);
    expect(codes(lint((d) => (rows(d, 2)[0]!.period = '관계 법령에 따른 기간')))).toEqual([]);
    const unnamed = lint((d) => {
      rows(d, 2)[0]!.period = '관계 법령에 따른 기간';
      rows(d, 2)[0]!.basis = '관계 법령';
    });
    expect(codes(unnamed)).toEqual(['retention.vague']);
  });
});

describe('required consents after 2024-09-15', () => {
  it('suggests the contract basis for a required collection consent whose refusal bars the service', () => {
    const warnings = lint((d) => (consents(d)[0]!.refusal = '동의를 거부하시면 회원가입이 불가합니다.'));
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'consent.contract-basis',
        path: '$.consents[0]',
        ref: 'PIPA 15(1)4; Decree 17(1)',
      }),
    ]);
    expect(warnings[0]!.message.ko).toContain('basis "contract"');
    expect(warnings[0]!.message.en).toContain('notice');
  });

  it('leaves optional items, notices and refusals without consequence alone', () => {
    const optional = lint((d) => {
      consents(d)[0]!.required = false;
      consents(d)[0]!.refusal = '거부하시면 회원가입이 불가합니다.';
    });
    expect(codes(optional)).toEqual([]);
    const notice = lint((d) => {
      consents(d)[0]!.basis = 'contract';
      consents(d)[0]!.refusal = '거부하시면 회원가입이 불가합니다.';
    });
    expect(codes(notice)).toEqual([]);
    expect(codes(lint((d) => (consents(d)[0]!.refusal = '거부하셔도 서비스 이용에 제한이 없습니다.')))).toEqual([]);
  });

  it.each(['marketing', 'ad-receipt', 'out-of-purpose', 'sensitive', 'unique-id', 'overseas'])(
    'warns about a required %s item',
    (category) => {
      const warnings = lint((d) => {
        sections(d).push(
          section(
            'overseas',
            ['overseas', 'sensitive-disclosure'],
            [{ type: 'overseas', id: 'overseas-table', rows: [overseasRow()] }],
          ),
        );
        consents(d).push({
          id: 'extra',
          category,
          required: true,
          title: '필수 항목',
          ...(category === 'overseas'
            ? { rowsFrom: 'overseas-table' }
            : { purpose: '이벤트 안내', items: ['이메일'], retention: '회원 탈퇴 시까지', recipient: '배송 주식회사' }),
          refusal: '거부하시면 해외 배송을 이용할 수 없습니다.',
        });
      });
      expect(withCode(warnings, 'consent.must-be-optional')).toEqual([
        expect.objectContaining({ path: '$.consents[3].required', ref: 'PIPA 16(3), 22(5)' }),
      ]);
    },
  );

  it('lets collection and provision be required', () => {
    expect(codes(lint((d) => (consents(d)[1]!.required = true)))).toEqual([]);
  });
});

describe('the 2023–2025 blocks', () => {
  it('expects a domestic agent block in a domestic-agent section, with address, phone and email (31-2(3))', () => {
    const missing = lint((d) =>
      sections(d).push(section('agent', ['domestic-agent'], [{ type: 'paragraph', text: '국내대리인을 지정합니다.' }])),
    );
    expect(missing).toEqual([
      expect.objectContaining({ code: 'domestic-agent.missing', path: '$.sections[6]', ref: 'PIPA 31-2(3)' }),
    ]);
    const incomplete = lint((d) =>
      sections(d).push(
        section(
          'agent',
          ['domestic-agent'],
          [{ type: 'domestic-agent', name: '대리인 주식회사', phone: '02-000-0000' }],
        ),
      ),
    );
    expect(incomplete).toEqual([
      expect.objectContaining({ code: 'domestic-agent.incomplete', path: '$.sections[6].blocks[0]' }),
    ]);
    expect(incomplete[0]!.message.ko).toContain('주소, 전자우편 주소');
    const complete = lint((d) =>
      sections(d).push(
        section(
          'agent',
          ['domestic-agent'],
          [
            {
              type: 'domestic-agent',
              name: '대리인 주식회사',
              address: '서울',
              phone: '02-000-0000',
              email: 'agent@example.com',
            },
          ],
        ),
      ),
    );
    expect(codes(complete)).toEqual([]);
  });

  it('expects the domestic-agent topic where the block is', () => {
    const warnings = lint((d) =>
      (sections(d)[5]!.blocks as Json[]).push({
        type: 'domestic-agent',
        name: '대리인',
        address: '서울',
        phone: '02',
        email: 'a@b.c',
      }),
    );
    expect(warnings).toEqual([expect.objectContaining({ code: 'topic.missing', ref: 'PIPA 31-2(3)' })]);
  });

  it('expects criteria, procedure and rights of each automated decision (37-2)', () => {
    const warnings = lint((d) =>
      sections(d).push(
        section(
          'ai',
          ['automated-decisions'],
          [
            {
              type: 'automated-decisions',
              decisions: [
                { decision: '대출 한도 산정', criteria: '신용점수' },
                {
                  decision: '부정 가입 탐지',
                  criteria: '접속 패턴',
                  procedure: '자동 차단',
                  rights: '고객센터로 설명 요구',
                },
              ],
            },
          ],
        ),
      ),
    );
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'automated-decisions.incomplete',
        path: '$.sections[6].blocks[0].decisions[0]',
        ref: 'PIPA 37-2; Decree 44-4',
      }),
    ]);
    expect(warnings[0]!.message.ko).toContain('절차, 거부·설명 요구 방법');
  });

  it('expects the confirmation procedure of transmission requests (35-2)', () => {
    const block = { type: 'transmission', method: '마이데이터 앱에서 요청' };
    const warnings = lint((d) => (sections(d)[4]!.blocks as Json[]).push(block));
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'transmission.incomplete', path: '$.sections[4].blocks[1]' }),
    ]);
    expect(
      codes(lint((d) => (sections(d)[4]!.blocks as Json[]).push({ ...block, confirmation: '본인인증 후 처리' }))),
    ).toEqual([]);
  });

  describe('behavioural advertising', () => {
    const adCookies = (d: Json) =>
      sections(d).push(
        section(
          'cookies',
          ['cookies'],
          [{ type: 'cookie-categories', categories: [{ id: 'ads', kind: 'advertising', title: '맞춤형 광고' }] }],
        ),
      );

    it('is required by advertising cookie categories', () => {
      const warnings = lint(adCookies);
      expect(warnings).toEqual([expect.objectContaining({ code: 'behavioural-ads.missing', path: '$.sections' })]);
      expect(warnings[0]!.message.ko).toContain('광고 쿠키');
      expect(warnings[0]!.ref).toContain('PIPC');
    });

    it.each(['ADID', 'IDFA', '광고식별자', '광고 ID'])('is required by a mention of %s anywhere', (word) => {
      const warnings = lint((d) => (rows(d, 1)[0]!.optional = ['생년월일', `${word}(앱 이용 시)`]));
      expect(codes(warnings)).toContain('behavioural-ads.missing');
      expect(withCode(warnings, 'behavioural-ads.missing')[0]!.message.ko).toContain(word);
    });

    it('is not required by a sentence saying the identifier is not collected', () => {
      const warnings = lint((d) =>
        (sections(d)[1]!.blocks as Json[]).push({
          type: 'paragraph',
          text: '회사는 광고식별자(ADID)를 수집하지 않습니다.',
        }),
      );
      expect(codes(warnings)).toEqual([]);
    });

    it('is satisfied by the topic or by a complete block', () => {
      expect(
        codes(
          lint((d) => {
            adCookies(d);
            (sections(d)[6]!.topics as string[]).push('behavioural-ads');
          }),
        ),
      ).toEqual([]);
      const complete = {
        type: 'behavioural-ads',
        data: ['방문 기록', '광고 클릭 기록'],
        method: '웹사이트 방문 시 자동 수집',
        purpose: '맞춤형 광고 제공',
        retention: '수집일로부터 1년',
        tools: [{ tool: 'Google Analytics', company: 'Google LLC', type: '스크립트', items: ['방문 기록'] }],
      };
      expect(codes(lint((d) => (adCookies(d), (sections(d)[6]!.blocks as Json[]).push(complete))))).toEqual([]);
    });

    it('warns about an incomplete block and an incomplete collection tool', () => {
      const warnings = lint((d) =>
        sections(d).push(
          section(
            'ads',
            ['behavioural-ads'],
            [
              {
                type: 'behavioural-ads',
                data: ['방문 기록'],
                tools: [{ tool: 'Meta Pixel', company: 'Meta Platforms' }],
              },
            ],
          ),
        ),
      );
      expect(codes(warnings)).toEqual(['behavioural-ads.incomplete', 'behavioural-ads.tool-incomplete']);
      expect(warnings[0]!.message.ko).toContain('수집 방법, 목적, 보유·이용 기간');
      expect(warnings[1]).toMatchObject({ path: '$.sections[6].blocks[0].tools[0]' });
      expect(warnings[1]!.message.ko).toContain('유형, 수집 항목');
    });
  });
});
