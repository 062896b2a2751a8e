/**
 * Consent notices and the policy must agree (PIPC's 2024 evaluation found 72 % did not): what a
 * consent item says must be in the policy's own tables, and what a collection table marks required
 * for signup must be in a consent item or notice. Conservative: spacing, punctuation, asides in
 * parentheses and common synonyms never make a mismatch.
 */
import { describe, expect, it } from 'vitest';
import { codes, consents, lint, rows, sections, withCode, type Json } from './lint-helpers.js';

describe('a consent item the policy does not contain', () => {
  it('warns about items the collection tables do not list, naming both places', () => {
    const warnings = lint((d) => (consents(d)[0]!.items = ['이메일', '휴대폰번호', '생년월일']));
    const found = withCode(warnings, 'consent.mismatch');
    // 생년월일 is in the table (optional); 휴대폰번호 is not.
    expect(found).toEqual([expect.objectContaining({ path: '$.consents[0].items' })]);
    expect(found[0]!.message.ko).toContain("'휴대폰번호'");
    expect(found[0]!.message.ko).not.toContain('생년월일');
    expect(found[0]!.message.ko).toContain('$.consents[0].items');
    expect(found[0]!.message.ko).toContain('$.sections[1].blocks[0]');
    expect(found[0]!.message.en).toContain('$.sections[1].blocks[0]');
    expect(found[0]!.ref).toContain('PIPC');
  });

  it('warns about a purpose the policy does not state', () => {
    const warnings = lint((d) => (consents(d)[0]!.purpose = ['회원 관리', '제휴사 상품 추천 및 판매 권유']));
    const found = withCode(warnings, 'consent.mismatch');
    expect(found).toEqual([expect.objectContaining({ path: '$.consents[0].purpose' })]);
    expect(found[0]!.message.ko).toContain('제휴사 상품 추천');
    expect(found[0]!.message.ko).toContain('$.sections[0].blocks[0]');
  });

  it('warns about a retention period the policy does not give', () => {
    const warnings = lint((d) => (consents(d)[0]!.retention = '회원 탈퇴 후 2년'));
    const found = withCode(warnings, 'consent.mismatch');
    expect(found).toEqual([expect.objectContaining({ path: '$.consents[0].retention' })]);
    expect(found[0]!.message.ko).toContain('2년');
    expect(found[0]!.message.ko).toContain('$.sections[2].blocks[0]');
  });

  it('warns about a recipient the provision tables do not name', () => {
    const warnings = lint((d) => {
      delete consents(d)[1]!.rowsFrom;
      Object.assign(consents(d)[1]!, {
        recipient: '광고 주식회사',
        purpose: '배송',
        items: ['주소'],
        retention: '배송 완료 후 3개월',
      });
    });
    const found = withCode(warnings, 'consent.mismatch');
    expect(found).toEqual([expect.objectContaining({ path: '$.consents[1].recipient' })]);
    expect(found[0]!.message.ko).toContain('$.sections[3].blocks[0]');
  });

  it('does not mind spacing, punctuation, asides, synonyms or company forms', () => {
    const warnings = lint((d) => {
      rows(d, 1)[0]!.required = ['이메일 주소', '휴대전화번호', '성명(실명)', '로그인 ID'];
      consents(d)[0]!.items = ['이메일', '핸드폰 번호', '이름', '아이디'];
      consents(d)[0]!.purpose = '회원관리';
      delete consents(d)[1]!.rowsFrom;
      Object.assign(consents(d)[1]!, {
        recipient: '㈜배송',
        purpose: '배송',
        items: ['주소'],
        retention: '배송 완료 후 3개월',
      });
    });
    expect(codes(warnings)).toEqual([]);
  });

  it('takes 연락처 for the phone number or e-mail it stands for, either way round', () => {
    const warnings = lint((d) => {
      rows(d, 1)[0]!.required = ['이메일', '연락처'];
      consents(d)[0]!.items = ['이메일', '휴대폰 번호'];
      consents(d)[2]!.items = ['연락처'];
    });
    expect(codes(warnings)).toEqual([]);
  });

  it('reads the section the item refers to as the policy’s statement too', () => {
    const warnings = lint((d) => {
      consents(d)[0]!.purpose = ['회원 관리', '고객 상담'];
      consents(d)[0]!.section = 'rights';
      (sections(d)[4]!.blocks as Json[]).push({ type: 'paragraph', text: '고객 상담을 위해 이메일을 이용합니다.' });
    });
    expect(codes(warnings)).toEqual([]);
  });

  it('compares nothing when the policy has no table or section of that kind', () => {
    const warnings = lint((d) => {
      (sections(d)[0]!.blocks as Json[])[0] = { type: 'paragraph', text: '목적은 아래와 같습니다.' };
      sections(d)[0]!.topics = ['general'];
      consents(d)[0]!.purpose = '전혀 다른 목적';
    });
    expect(withCode(warnings, 'consent.mismatch')).toEqual([]);
  });
});

describe('a required collection item no consent names', () => {
  it('warns about the signup row’s required items that no consent item or notice mentions', () => {
    const warnings = lint((d) => (rows(d, 1)[0]!.required = ['이메일', '휴대폰번호', '주소']));
    const found = withCode(warnings, 'collection.not-in-consent');
    expect(found).toEqual([expect.objectContaining({ path: '$.sections[1].blocks[0].rows[0].required' })]);
    // 주소 is named by the provision consent through its table's rows; 휴대폰번호 by no item.
    expect(found[0]!.message.ko).toContain("'휴대폰번호'");
    expect(found[0]!.message.ko).not.toContain('주소');
    expect(found[0]!.message.ko).toContain('$.consents');
    expect(found[0]!.message.ko).toContain('$.sections[1].blocks[0].rows[0].required');
  });

  it('counts notices (items on another basis) as naming an item', () => {
    const warnings = lint((d) => {
      rows(d, 1)[0]!.required = ['이메일', '휴대폰번호'];
      consents(d).push({
        id: 'contract',
        category: 'collection',
        required: true,
        basis: 'contract',
        title: '계약 이행',
        purpose: '회원 관리',
        items: ['휴대폰번호'],
        retention: '회원 탈퇴 시까지',
      });
    });
    expect(codes(warnings)).toEqual([]);
  });

  it('compares only the signup row that best matches the consents, not other services’ forms', () => {
    const warnings = lint((d) => {
      rows(d, 1)[0]!.service = '쇼핑몰';
      (sections(d)[1]!.blocks as Json[])[0]!.rows = [
        { service: '가맹점 관리', stage: '회원가입', required: ['사업자번호', '가맹점명', '이메일'] },
        { service: '쇼핑몰', stage: '회원가입', required: ['이메일'] },
        { service: '상담', stage: '문의', required: ['이름', '연락처'] },
      ];
      consents(d)[0]!.items = ['이메일'];
    });
    expect(withCode(warnings, 'collection.not-in-consent')).toEqual([]);
  });
});
