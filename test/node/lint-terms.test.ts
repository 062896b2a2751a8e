/**
 * The word lists behind the lint, as data: each with what it must find and what it must not
 * (real policies say "주민등록번호 앞6자리", "건강보험", "얼굴 사진", "서비스 장애" and mean no
 * sensitive data).
 */
import { describe, expect, it } from 'vitest';
import { AD_IDENTIFIER } from '../../src/policy/lint-blocks.js';
import { barsService } from '../../src/policy/lint-consent.js';
import { canonical } from '../../src/policy/compare.js';
import { isVagueRetention } from '../../src/policy/lint-retention.js';
import { citesLaw } from '../../src/policy/statutes.js';
import { DATA_TERMS, termsIn } from '../../src/policy/terms.js';

const ids = (value: string) => termsIn(value).map((term) => term.id);

describe('sensitive information and identifiers in item names', () => {
  it.each<[string, string]>([
    ['주민등록번호', 'rrn'],
    ['주민번호', 'rrn'],
    ['주민 등록 번호', 'rrn'],
    ['RRN', 'rrn'],
    ['Resident registration number', 'rrn'],
    ['주민등록번호(법정생년월일)', 'rrn'],
    ['주민등록번호 뒷자리', 'rrn'],
    ['여권번호', 'passport'],
    ['여권 번호', 'passport'],
    ['여권 사본', 'passport'],
    ['Passport number', 'passport'],
    ['운전면허번호', 'driver-licence'],
    ['운전면허증 번호', 'driver-licence'],
    ["Driver's licence number", 'driver-licence'],
    ['외국인등록번호', 'alien-registration'],
    ['외국인 등록번호', 'alien-registration'],
    ['종교', 'belief'],
    ['사상·신념', 'belief'],
    ['노동조합 가입 여부', 'union-party'],
    ['정당 가입 여부', 'union-party'],
    ['정치적 견해', 'politics'],
    ['임신여부', 'health'],
    ['병력', 'health'],
    ['질병 정보', 'health'],
    ['장애 여부', 'health'],
    ['장애인 등록 여부', 'health'],
    ['건강 상태', 'health'],
    ['진료 기록', 'health'],
    ['처방 내역', 'health'],
    ['Medical history', 'health'],
    ['성적 지향', 'sex-life'],
    ['성생활', 'sex-life'],
    ['유전정보', 'genetic'],
    ['DNA 검사 결과', 'genetic'],
    ['범죄경력 조회 결과', 'criminal'],
    ['성범죄 경력', 'criminal'],
    ['전과 기록', 'criminal'],
    ['지문', 'biometric'],
    ['홍채 정보', 'biometric'],
    ['손바닥 정맥 인식 정보', 'biometric'],
    ['얼굴 인식 정보', 'biometric'],
    ['안면인식 데이터', 'biometric'],
    ['생체정보', 'biometric'],
    ['Fingerprint', 'biometric'],
    ['인종', 'race'],
  ])('finds %s (%s)', (value, id) => {
    expect(ids(value)).toContain(id);
  });

  it.each([
    '주민등록번호 앞6자리',
    '주민등록번호 앞 6자리',
    '주민번호 앞자리',
    '주민등록번호 뒷자리 첫 번째 숫자',
    '주민등록번호 뒤 1자리',
    '주민등록번호 수집 안 함',
    '시스템 장애 내역',
    '장애 정보 알림 수신 여부',
    '주민등록번호 대체수단(아이핀)',
    '생년월일',
    '법정 생년월일',
    '법인등록번호',
    '사업자등록번호',
    '중복가입확인정보(DI)',
    '사진',
    '얼굴 사진',
    '프로필 사진',
    '건강보험 가입 여부',
    'DB손해보험',
    '국민건강보험공단',
    '건강기능식품 구매내역',
    '서비스 장애 처리 내역',
    '장애 발생 일시',
    '성별',
    '성명',
    '정당한 사유',
    '신분증 기재사항',
    '카드 비밀번호 앞2자리',
    '통신사',
    '진행 상태',
    '전과목 성적',
    '기기 진단 로그 (diagnostic data)',
  ])('finds nothing in %s', (value) => {
    expect(ids(value)).toEqual([]);
  });

  it('names every term in Korean and English, once per class it belongs to', () => {
    expect(new Set(DATA_TERMS.map((term) => term.id)).size).toBe(DATA_TERMS.length);
    for (const term of DATA_TERMS) {
      expect(term.name.ko).toMatch(/[가-힣]/);
      expect(term.name.en).toMatch(/[a-z]/);
    }
    // The exclusion of one term does not hide another named in the same item.
    expect(ids('건강보험 자격, 병력')).toEqual(['health']);
    expect(ids('주민등록번호 앞6자리 및 여권번호')).toEqual(['passport']);
  });
});

describe('vague retention', () => {
  it.each([
    '필요한 기간 동안 보관',
    '계속 보유',
    '목적 달성 시까지',
    '개인정보의 수집 및 이용목적이 달성되면 지체 없이 파기합니다.',
    '목적 달성 후 지체없이 파기',
    '별도 보관',
    '관계 법령에 따른 기간',
    '관계법령에서 정한 일정한 기간 동안 보관합니다.',
    '제공 목적이 완료된 즉시 파기',
  ])('flags %s', (value) => {
    expect(isVagueRetention(value)).toBe(true);
  });

  it.each<[string, string?]>([
    ['회원 탈퇴 시까지'],
    ['홈페이지 탈퇴시까지'],
    ['3년'],
    ['배송 완료 후 3개월'],
    ['동의 철회 시까지'],
    ['서비스 가입기간 및 해지 후 6개월'],
    ['목적 달성 후 지체없이 파기하되, 회원 탈퇴 후 1년간 보관'],
    ['관계 법령에 따른 기간', '전자상거래 등에서의 소비자보호에 관한 법률'],
    ['관계 법령에 따른 기간', '전자상거래법'],
    ['관련 법령에 따름', '[전자금융거래법] 제 22조'],
    ['5년 (전자상거래법)'],
    ['별도 보관 후 1년 뒤 파기'],
    ['위탁 계약 종료 시까지'],
  ])('accepts %s', (value, row) => {
    expect(isVagueRetention(value, row)).toBe(false);
  });

  it('knows a statute from "the relevant laws"', () => {
    for (const cited of [
      '「통신비밀보호법」',
      '국세기본법',
      '전자상거래법상',
      '상법 제33조',
      '시행령 제5조',
      'the Commercial Act',
    ])
      expect(citesLaw(cited), cited).toBe(true);
    for (const vague of ['관계 법령', '관련법령에 따라', '파기방법', '수집방법', '법정기간', '내부 규정 제5조'])
      expect(citesLaw(vague), vague).toBe(false);
  });
});

describe('refusal texts that bar the service', () => {
  it.each([
    '동의를 거부하시면 회원가입이 불가합니다.',
    '다만, 동의를 거부하시면 회원가입 및 서비스 이용이 제한됩니다.',
    '거부하시면 회원가입을 할 수 없습니다.',
    '동의하지 않으면 가입할 수 없습니다.',
    '거부 시 서비스를 이용하실 수 없습니다.',
    '거부할 수 있으나 가입이 제한됩니다.',
    'If you refuse, you cannot sign up.',
  ])('%s', (value) => {
    expect(barsService(value)).toBe(true);
  });

  it.each([
    '거부하셔도 회원가입 및 서비스 이용에는 제한이 없습니다.',
    '거부하셔도 가입할 수 있습니다.',
    '동의를 거부할 권리가 있습니다.',
    '거부하셔도 서비스 이용에 불이익은 없습니다.',
    '거부하시면 맞춤 추천을 받을 수 없습니다.',
  ])('not: %s', (value) => {
    expect(barsService(value)).toBe(false);
  });
});

describe('comparing item names', () => {
  it('unifies spacing, punctuation and the common synonyms', () => {
    expect(canonical('휴대전화 번호')).toBe(canonical('휴대폰번호'));
    expect(canonical('핸드폰번호')).toBe(canonical('휴대폰 번호'));
    expect(canonical('이메일 주소')).toBe(canonical('E-mail'));
    expect(canonical('성명')).toBe(canonical('이름'));
    expect(canonical('로그인ID')).toBe(canonical('아이디'));
    expect(canonical('(주)케이티')).toBe(canonical('㈜케이티'));
  });

  it('recognises advertising identifiers', () => {
    for (const value of ['ADID', 'IDFA', '광고식별자', '광고 ID', '광고 아이디', 'advertising identifier'])
      expect(AD_IDENTIFIER.test(value), value).toBe(true);
    for (const value of ['ID', '아이디', '광고 문자 수신', 'IDFV', 'ADIDAS'])
      expect(AD_IDENTIFIER.test(value), value).toBe(false);
  });
});
