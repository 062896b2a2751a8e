import type { ConsentMessageStrings } from '../catalog.js';

/** 한국어: what the form of `<privacy-consent>` says once the person acts (they come with its messages' view). */
const strings: ConsentMessageStrings = {
  itemMissing: '필수 항목입니다. 동의해야 가입할 수 있습니다.',
  missingSummary: (count) => `동의하지 않은 필수 항목이 ${count}개 있습니다.`,
  nightAvailable: '이제 야간 광고성 정보 수신 동의를 선택할 수 있습니다.',
  nightUnavailable: '선택한 수신 매체가 없어 야간 광고성 정보 수신 동의를 선택할 수 없습니다.',
  requiredMissing: (title) => `필수 항목에 동의해 주세요: ${title}`,
};

export default strings;
