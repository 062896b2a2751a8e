import { describe, expect, it } from 'vitest';
import { lint, sections, type Json } from './lint-helpers.js';

/** The lawful policy with guardian consent for children, collecting these guardian items. */
const withGuardianItems = (guardianItems: unknown[]) => (doc: Json) => {
  doc.children = { handling: 'guardian-consent', section: 'rights', guardianItems };
  (sections(doc)[4]!.topics as string[]).push('children');
};

const guardianWarnings = (items: unknown[]) =>
  lint(withGuardianItems(items)).filter((warning) => warning.code === 'children.guardian-items');

describe('children.guardian-items (PIPA 22-2(2))', () => {
  it('accepts the guardian’s name and contact details, in Korean or English, alone or grouped', () => {
    expect(
      guardianWarnings([
        '법정대리인 이름',
        '보호자 성명',
        '휴대폰번호',
        '법정대리인 연락처',
        '이메일 주소',
        { ko: '이름, 휴대전화번호', en: 'name and mobile phone number' },
        { label: '법정대리인', items: ['성명', '전화번호'] },
        "guardian's e-mail",
      ]),
    ).toEqual([]);
  });

  it('warns about anything else, with its path', () => {
    const warnings = guardianWarnings([
      '법정대리인 이름',
      '법정대리인 생년월일',
      { label: '법정대리인', items: ['연락처', '주소'] },
      '이름, 주민등록번호',
    ]);
    expect(warnings.map((warning) => [warning.path, warning.ref])).toEqual([
      ['$.children.guardianItems[1]', 'PIPA 22-2(2)'],
      ['$.children.guardianItems[2].items[1]', 'PIPA 22-2(2)'],
      ['$.children.guardianItems[3]', 'PIPA 22-2(2)'],
    ]);
    expect(warnings[0]!.message.ko).toContain('법정대리인 생년월일');
    expect(warnings[2]!.message.en).toContain('주민등록번호');
    expect(warnings[2]!.message.en).not.toContain('이름');
  });

  it('says nothing when the policy lists no guardian items', () => {
    expect(lint((doc) => void withGuardianItems([])(doc)).filter((w) => w.code === 'children.guardian-items')).toEqual(
      [],
    );
  });
});
