import type { ConsentFormStrings } from '../catalog.js';

/**
 * 한국어: what the signup form of `<privacy-consent>` shows on first render (it comes with the form's
 * view, loaded while the policy downloads; the element itself ships consent-shell.ts).
 */
const strings: Omit<ConsentFormStrings, 'notReady'> = {
  agreeAll: '전체 동의',
  agreeAllHint: (terms, age) =>
    `${[terms && '약관', age && `만 ${age}세 이상 확인`, '선택 항목'].filter(Boolean).join(', ')}을 포함한 아래 모든 항목에 동의합니다. 각 항목은 따로 동의하거나 거부할 수 있습니다.`,
  requiredGroup: '필수 항목',
  optionalGroup: '선택 항목',
  view: '보기',
  documentVersion: (version) => `버전 ${version}`,
  documentEffective: (date) => `시행일 ${date}`,
  summaryLabel: (part) =>
    ({
      purpose: '목적',
      items: '항목',
      retention: '보유 기간',
      recipient: '제공받는 자',
      transferee: '이전받는 자',
      country: '이전 국가',
      disclosure: '공개 여부',
      refusal: '거부 시',
    })[part] ?? part,
  andMore: (count) => `외 ${count}건`,
  channels: '수신 매체',
  night: '[선택] 야간(오후 9시~다음 날 오전 8시) 광고성 정보 수신 동의',
  nightHint: '수신 매체를 하나 이상 선택하면 고를 수 있습니다.',
  noticesHeading: '동의 없이 처리하는 개인정보',
  noticesHint: '아래 개인정보는 법령에 따라 동의 없이 처리하며, 그 근거를 알려 드립니다.',
  processingBasis: '처리 근거',
  basisContract: '계약의 체결·이행을 위해 필요 (개인정보 보호법 제15조제1항제4호)',
  basisLaw: '법률상 의무의 준수 (개인정보 보호법 제15조제1항제2호)',
  basisPublicTask: '공공기관의 소관 업무 수행 (개인정보 보호법 제15조제1항제3호)',
  basisVitalInterest: '급박한 생명·신체·재산상 이익 보호 (개인정보 보호법 제15조제1항제5호)',
  basisLegitimateInterest: '개인정보처리자의 정당한 이익 (개인정보 보호법 제15조제1항제6호)',
  ageConfirm: (age) => `[필수] 만 ${age}세 이상입니다.`,
  underAgeGuardian: (age) => `만 ${age}세 미만이신가요? 법정대리인 동의로 가입하기`,
  underAgeNotOffered: (age) => `만 ${age}세 미만은 가입할 수 없습니다.`,
  submit: '확인',
  sending: '전송 중…',
};

export default strings;
