import type { AccountStrings } from '../catalog.js';

const OUTCOMES: Readonly<Record<string, string>> = {
  granted: '동의했습니다',
  withdrawn: '동의를 철회했습니다',
  kept: '동의를 유지했습니다',
  refused: '동의하지 않았습니다',
};

const FACTS: Readonly<Record<string, string>> = {
  purpose: '이용 목적',
  items: '항목',
  recipient: '제공받는 자',
  retention: '보유·이용 기간',
  channels: '수신 매체',
  document: '약관 버전',
};

/** 한국어: strings of `<privacy-consent>` after signup (account modes, guardian step). */
const strings: AccountStrings = {
  stateLoadError: '동의 현황을 불러오지 못했습니다.',
  stateMissing: '회원의 동의 현황이 주어지지 않았습니다.',
  decidedOn: (granted, event, date) =>
    `${granted ? '동의함' : event === 'withdraw' ? '철회함' : '동의하지 않음'} · ${date}`,
  notDecided: '동의한 적 없음',
  saving: '저장 중…',
  saveFailed: '저장하지 못했습니다. 잠시 후 다시 시도해 주세요.',
  requiredHint: '필수 항목은 서비스 제공에 필요합니다. 동의를 철회하려면 회원 탈퇴를 하시면 됩니다.',
  leave: '회원 탈퇴',
  optionalHint: '선택 항목은 언제든지 동의하거나 철회할 수 있으며, 바꾸는 즉시 저장됩니다.',
  resultTitle: (advertising) => (advertising ? '광고성 정보 수신 동의 처리 결과 안내' : '동의 변경 처리 결과 안내'),
  resultSender: '전송자',
  outcome: (outcome) => OUTCOMES[outcome] ?? outcome,
  reconsentTitle: '변경된 내용에 다시 동의해 주세요',
  reconsentLead: (controller, date) =>
    `${controller}의 개인정보 처리 내용이 바뀌었습니다 (${date} 시행). 바뀐 항목에만 다시 동의를 받으며, 그 밖의 항목은 이전 동의가 그대로 유지됩니다.`,
  reconsentNone: '다시 동의하실 항목이 없습니다. 이전 동의가 그대로 유지됩니다.',
  reconsentReason: (reason) =>
    ({ added: '새 항목', changed: '변경', unknown: '변경 여부 확인 불가', 'not-granted': '동의 필요' })[reason] ??
    reason,
  factName: (fact, category) =>
    fact === 'recipient' && category === 'overseas'
      ? '이전받는 자 (국가)'
      : fact === 'purpose' && category === 'collection'
        ? '수집·이용 목적'
        : fact === 'items' && category === 'collection'
          ? '수집 항목'
          : (FACTS[fact] ?? fact),
  before: '변경 전',
  after: '변경 후',
  reconsentRequiredHint: '필수 항목에 동의하지 않으시면 서비스를 계속 이용하실 수 없습니다.',
  reconfirmTitle: '광고성 정보 수신 동의 여부 확인',
  reconfirmLead:
    '「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제50조제8항에 따라 광고성 정보 수신 동의 여부를 2년마다 확인합니다. 동의를 유지하거나 철회할 수 있으며, 응답하지 않으시면 동의가 유지됩니다.',
  reconfirmNone: '확인할 광고성 정보 수신 동의가 없습니다.',
  consentedOn: (date, due) => `${date} 동의 · 확인 기한 ${due}`,
  keep: '수신 동의 유지',
  withdrawAll: '수신 동의 철회',
  keepHint: '선택을 해제한 매체는 유지하지 않고 철회됩니다.',
  guardianUnder: (age) => `만 ${age}세 미만: 법정대리인(부모 등)의 동의를 받아 가입합니다.`,
  guardianStart: '법정대리인 동의 받기',
  guardianBack: (age) => `만 ${age}세 이상입니다`,
  guardianWaiting: '법정대리인의 확인을 기다리고 있습니다.',
  cancel: '취소',
  guardianMissing: (age) => `만 ${age}세 미만은 법정대리인의 동의가 필요합니다.`,
  guardianConsent: '법정대리인 동의',
  guardianMethod: (method) =>
    ({
      mobile: '휴대전화 본인확인',
      card: '신용카드 확인',
      ipin: '아이핀(i-PIN) 확인',
      document: '서명한 동의서',
      other: '기타 방법',
    })[method] ?? method,
};

export default strings;
