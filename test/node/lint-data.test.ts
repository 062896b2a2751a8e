/**
 * Sensitive information (PIPA 23), unique identifiers (24) and resident registration numbers
 * (24-2) in every item list of the document, not only in consent items.
 */
import { describe, expect, it } from 'vitest';
import { codes, consents, lint, rows, section, sections, withCode, type Json } from './lint-helpers.js';

/** Puts the items into one item list of the document. */
const LISTS: [string, (items: string[]) => (d: Json) => void, string][] = [
  [
    'collection: required',
    (items) => (d) => (rows(d, 1)[0]!.required = ['이메일', ...items]),
    '$.sections[1].blocks[0].rows[0].required',
  ],
  [
    'collection: optional',
    (items) => (d) => (rows(d, 1)[0]!.optional = items),
    '$.sections[1].blocks[0].rows[0].optional',
  ],
  ['collection: unmarked', (items) => (d) => (rows(d, 1)[0]!.items = items), '$.sections[1].blocks[0].rows[0].items'],
  [
    'collection: inside a group',
    (items) => (d) => (rows(d, 1)[0]!.optional = [{ label: '추가 정보', items }]),
    '$.sections[1].blocks[0].rows[0].optional',
  ],
  [
    'automatic collection',
    (items) => (d) => (sections(d)[1]!.blocks as Json[]).push({ type: 'auto-collection', items }),
    '$.sections[1].blocks[1].items',
  ],
  [
    'third-party',
    (items) => (d) => (rows(d, 3)[0]!.items = ['주소', ...items]),
    '$.sections[3].blocks[0].rows[0].items',
  ],
  [
    'overseas',
    (items) => (d) =>
      sections(d).push(
        section(
          'overseas',
          ['overseas'],
          [{ type: 'overseas', rows: [{ recipient: 'Cloud Inc.', country: '미국', items, route: 'law' }] }],
        ),
      ),
    '$.sections[6].blocks[0].rows[0].items',
  ],
  [
    'overseas collection',
    (items) => (d) =>
      sections(d).push(
        section(
          'abroad',
          ['overseas-collection'],
          [{ type: 'overseas-collection', rows: [{ country: '미국', items }] }],
        ),
      ),
    '$.sections[6].blocks[0].rows[0].items',
  ],
  [
    'behavioural advertising data',
    (items) => (d) =>
      sections(d).push(
        section(
          'ads',
          ['behavioural-ads'],
          [{ type: 'behavioural-ads', data: items, method: '자동 수집', purpose: '광고', retention: '1년' }],
        ),
      ),
    '$.sections[6].blocks[0].data',
  ],
  [
    'a collection tool',
    (items) => (d) =>
      sections(d).push(
        section(
          'ads',
          ['behavioural-ads'],
          [
            {
              type: 'behavioural-ads',
              data: ['방문 기록'],
              method: '자동 수집',
              purpose: '광고',
              retention: '1년',
              tools: [{ tool: 'SDK', company: 'Ad Inc.', type: 'SDK', items }],
            },
          ],
        ),
      ),
    '$.sections[6].blocks[0].tools[0].items',
  ],
  ['a consent item', (items) => (d) => (consents(d)[0]!.items = ['이메일', ...items]), '$.consents[0].items'],
  [
    'the guardian’s items',
    (items) => (d) => {
      d.children = { handling: 'guardian-consent', guardianItems: items };
      (sections(d)[4]!.topics as string[]).push('children');
    },
    '$.children.guardianItems',
  ],
];

describe('identifiers and sensitive data in any item list', () => {
  describe.each(LISTS)('%s', (_name, put, path) => {
    it('warns about a passport number (24), health data (23) and an RRN (24-2)', () => {
      const warnings = lint(put(['여권번호', '병력', '주민번호']));
      expect(withCode(warnings, 'data.unique-id')).toEqual([expect.objectContaining({ path, ref: 'PIPA 24(1)' })]);
      expect(withCode(warnings, 'data.sensitive')).toEqual([expect.objectContaining({ path, ref: 'PIPA 23(1)' })]);
      const rrn = warnings.filter((w) => w.code === 'data.rrn' || w.code === 'consent.rrn');
      expect(rrn).toEqual([expect.objectContaining({ path, ref: 'PIPA 24-2(1)' })]);
      expect(withCode(warnings, 'data.sensitive')[0]!.message.ko).toContain('category "sensitive"');
      expect(withCode(warnings, 'data.unique-id')[0]!.message.en).toContain('category "unique-id"');
      expect(rrn[0]!.message.ko).toContain('동의로는 처리할 수 없습니다');
    });

    it('finds nothing in look-alikes', () => {
      const warnings = lint(put(['주민등록번호 앞6자리', '생년월일', '얼굴 사진', '건강보험 가입 여부']));
      expect(codes(warnings).filter((code) => code.startsWith('data.') || code === 'consent.rrn')).toEqual([]);
    });
  });

  it('names the RRN on a consent item on the basis of consent as consent.rrn', () => {
    const warnings = lint((d) => (consents(d)[0]!.items = ['이메일', 'RRN']));
    expect(withCode(warnings, 'consent.rrn')).toEqual([expect.objectContaining({ path: '$.consents[0].items' })]);
    expect(withCode(warnings, 'data.rrn')).toEqual([]);
  });

  it('lists every kind of sensitive data found, in both languages', () => {
    const warnings = lint((d) => (rows(d, 1)[0]!.optional = ['종교', '지문', '범죄경력', '노동조합 가입 여부']));
    const found = withCode(warnings, 'data.sensitive');
    expect(found).toHaveLength(1);
    expect(found[0]!.message.ko).toContain('사상·신념');
    expect(found[0]!.message.ko).toContain('생체인식정보');
    expect(found[0]!.message.en).toContain('criminal records');
    expect(found[0]!.message.en).toContain('trade union');
  });
});

describe('what covers them', () => {
  const sensitiveItem = (items: string[], extra: Json = {}): Json => ({
    id: 'health',
    category: 'sensitive',
    required: false,
    title: '민감정보 처리 동의',
    purpose: '회원 관리',
    items,
    retention: '회원 탈퇴 시까지',
    refusal: '거부하셔도 가입할 수 있습니다.',
    ...extra,
  });
  const withSensitive = (d: Json) => (sections(d)[4]!.topics as string[]).push('sensitive-disclosure');

  it('a sensitive consent item naming the same kind of data', () => {
    const warnings = lint((d) => {
      rows(d, 1)[0]!.optional = ['병력'];
      consents(d).push(sensitiveItem(['질병 및 병력']));
      withSensitive(d);
    });
    expect(codes(warnings)).toEqual([]);
  });

  it('but not one naming another kind', () => {
    const warnings = lint((d) => {
      rows(d, 1)[0]!.optional = ['병력', '지문'];
      consents(d).push(sensitiveItem(['병력']));
      withSensitive(d);
    });
    expect(withCode(warnings, 'data.sensitive')).toHaveLength(1);
    expect(withCode(warnings, 'data.sensitive')[0]!.message.en).toContain("'지문'");
  });

  it('a unique-identifier consent item for passport numbers, but never for an RRN', () => {
    const unique = { ...sensitiveItem(['여권번호', '주민등록번호']), id: 'passport', category: 'unique-id' };
    const warnings = lint((d) => {
      rows(d, 3)[0]!.items = ['주소', '여권번호', '주민등록번호'];
      consents(d).push(unique);
    });
    expect(codes(warnings).sort()).toEqual(['consent.rrn', 'data.rrn']);
  });

  it('a law-basis notice naming the data, or a statute cited in the row', () => {
    const notice = {
      id: 'rrn',
      category: 'unique-id',
      required: true,
      basis: 'law',
      basisText: '전자금융거래법 제6조',
      title: '실명 확인',
      items: ['주민등록번호'],
    };
    const covered = lint((d) => {
      rows(d, 1)[0]!.required = ['이메일', '주민등록번호'];
      consents(d).push(notice);
    });
    expect(codes(covered)).toEqual([]);
    const cited = lint((d) => {
      rows(d, 3)[0]!.items = ['주소', '주민등록번호'];
      rows(d, 3)[0]!.note = '「보험업법 시행령」 제102조에 따라 제공';
    });
    expect(codes(cited)).toEqual([]);
  });

  it('a sensitive consent item over a provision table', () => {
    const warnings = lint((d) => {
      rows(d, 3)[0]!.items = ['주소', '장애 여부'];
      consents(d).push(sensitiveItem([], { items: undefined, rowsFrom: 'third-party-table', category: 'sensitive' }));
      withSensitive(d);
    });
    expect(codes(warnings)).toEqual([]);
  });
});
