import { describe, expect, it } from 'vitest';
import { lintPolicy, type LintCode, type PrivacyPolicy } from '../../src/policy/index.js';
import { codes, consents, lawfulPolicy, lint, sections, type Json } from './lint-helpers.js';

describe('lintPolicy', () => {
  it('finds nothing in a complete policy', () => {
    expect(lint()).toEqual([]);
  });

  it('reports each mandatory Art. 30(1) topic that has no section, with its provision', () => {
    const warnings = lint((d) => {
      d.sections = sections(d).filter((s) => s.id !== 'officer');
    });
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'topic.missing', path: '$.sections', ref: 'PIPA 30(1)6' }),
    ]);
    expect(warnings[0]!.message.ko).toContain('개인정보 보호책임자');
  });

  it('requires the third-party topic only when the policy provides data to third parties', () => {
    const without = lint((d) => {
      d.sections = sections(d).filter((s) => s.id !== 'third-party');
      d.consents = consents(d).filter((c) => c.category !== 'third-party');
    });
    expect(codes(without)).toEqual([]);
    const withConsent = lint((d) => {
      d.sections = sections(d).filter((s) => s.id !== 'third-party');
      consents(d)[1]!.rowsFrom = undefined;
      consents(d)[1]!.recipient = '배송 주식회사';
    });
    expect(withConsent.find((w) => w.code === 'topic.missing')?.ref).toBe('PIPA 30(1)3');
  });

  it('requires a cookie section when automatic collection includes cookies', () => {
    const warnings = lint((d) => {
      (sections(d)[1]!.blocks as Json[]).push({ type: 'auto-collection', items: ['IP주소', '쿠키'] });
    });
    expect(warnings.map((w) => w.ref)).toEqual(['PIPA 30(1)7']);
  });

  it.each<[string, (doc: Json) => void, LintCode, string]>([
    [
      'an empty section',
      (d) => sections(d).push({ id: 'x', title: '고지의 의무', blocks: [] }),
      'section.empty',
      '$.sections[6]',
    ],
    ['no effective date', (d) => delete d.effectiveOn, 'date.effective-missing', '$.effectiveOn'],
    [
      'a purpose with a title only',
      (d) => ((sections(d)[0]!.blocks as Json[])[0] = { type: 'purposes', purposes: [{ title: '결제서비스' }] }),
      'purpose.empty',
      '$.sections[0].blocks[0].purposes[0]',
    ],
    [
      'a retention row with only a period',
      (d) => ((sections(d)[2]!.blocks as Json[])[0] = { type: 'retention', rows: [{ period: '3개월' }] }),
      'retention.incomplete',
      '$.sections[2].blocks[0].rows[0]',
    ],
    [
      'a third-party row without retention',
      (d) => delete ((sections(d)[3]!.blocks as Json[])[0]!.rows as Json[])[0]!.retention,
      'third-party.incomplete',
      '$.sections[3].blocks[0].rows[0]',
    ],
    [
      'a collection consent without its refusal notice',
      (d) => delete consents(d)[0]!.refusal,
      'consent.notice-missing',
      '$.consents[0]',
    ],
    [
      'a provision consent without a recipient',
      (d) => delete consents(d)[1]!.rowsFrom,
      'consent.third-party-notice-missing',
      '$.consents[1]',
    ],
    [
      'an overseas transfer without a country',
      (d) =>
        consents(d).push({
          id: 'abroad',
          category: 'overseas',
          required: false,
          title: '국외 이전',
          recipient: 'Cloud Inc.',
        }),
      'consent.overseas-incomplete',
      '$.consents[3]',
    ],
    [
      'a resident registration number on the basis of consent',
      (d) => (consents(d)[0]!.items = ['이름', '주민등록번호']),
      'consent.rrn',
      '$.consents[0].items',
    ],
    [
      'advertising receipt marked required',
      (d) => (consents(d)[2]!.required = true),
      'consent.must-be-optional',
      '$.consents[2].required',
    ],
    [
      // Validation refuses unsafe schemes; a relative link is valid but renders as text.
      'a link renderers show as text',
      (d) =>
        ((sections(d)[4]!.blocks as Json[])[0] = {
          type: 'paragraph',
          text: ['보기: ', { text: '여기', href: 'old/privacy.html' }],
        }),
      'link.unsafe',
      '$.sections[4].blocks[0].text[1].href',
    ],
  ])('warns about %s', (_name, change, code, path) => {
    const warnings = lint(change);
    expect(warnings).toContainEqual(expect.objectContaining({ code, path }));
    const found = warnings.find((w) => w.code === code)!;
    expect(found.message.ko).toMatch(/[가-힣]/);
    expect(found.message.en).toMatch(/[a-z]/);
  });

  it('does not flag the birth-date part of a resident registration number', () => {
    const warnings = lint((d) => {
      consents(d)[0]!.items = ['주민등록번호 앞6자리'];
      ((sections(d)[1]!.blocks as Json[])[0]!.rows as Json[])[0]!.required = ['이메일', '주민등록번호 앞6자리'];
    });
    expect(codes(warnings)).toEqual([]);
  });

  it('reads a provision consent’s notices from its table rows and the block’s retention reference', () => {
    const warnings = lint((d) => {
      const block = (sections(d)[3]!.blocks as Json[])[0]!;
      delete (block.rows as Json[])[0]!.retention;
      block.retentionFrom = 'retention-table';
    });
    expect(codes(warnings)).toEqual([]);
  });

  it('lints a marketing consent that is not on the consent basis only for being required', () => {
    const policy = lawfulPolicy() as unknown as PrivacyPolicy;
    expect(
      lintPolicy({ ...policy, consents: [{ ...policy.consents![0]!, basis: 'contract', refusal: undefined }] }),
    ).toEqual([]);
  });
});
