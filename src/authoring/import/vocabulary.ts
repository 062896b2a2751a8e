/**
 * The words Korean policies use for what a section, a table column or a labelled line is
 * about: PIPC's 작성지침 headings and their common variants (처리방침 / 취급방침, 보유 / 보존,
 * 제3자 / 제 3 자, 수탁자 / 수탁업체 / 수탁사).
 */
import type { Topic } from '../../policy/types.js';

/** Spaces and punctuation removed: `개인정보의 제 3 자 제공` → `개인정보의제3자제공`. */
export const squash = (text: string): string => text.replace(/[\s·ㆍ.,:;'"“”‘’()[\]「」『』<>/\\-]/g, '');

/** Title patterns → topics, most specific first; a title may match several. */
const TOPIC_RULES: readonly [RegExp, Topic][] = [
  [/총칙|의의|개요|정의|목적$|^목적|적용범위/, 'general'],
  [/국외.*(이전|보관)|해외.*이전/, 'overseas'],
  [/국외.*수집/, 'overseas-collection'],
  [/제3자|제삼자|공유.*제공|제공.*공유/, 'third-party'],
  [/위탁/, 'entrustment'],
  [/(처리|이용|수집).*목적|목적.*(처리|이용)/, 'purposes'],
  [/항목|수집하는개인정보|처리하는개인정보|수집범위/, 'items'],
  [/수집.*방법|수집방법/, 'collection-methods'],
  [/동의.*방법|동의방법|수집.*동의|이용.*동의/, 'consent-methods'],
  [/보유|보존|이용기간|처리기간/, 'retention'],
  [/파기/, 'destruction'],
  [/민감정보/, 'sensitive-disclosure'],
  [/가명/, 'pseudonymisation'],
  [/권리|열람|정보주체.*행사|행사방법/, 'rights'],
  [/의무/, 'duties'],
  [/책임자|담당자|담당부서|보호책임|연락처|민원|의견수렴|불만처리|고충/, 'officer'],
  [/행태정보|맞춤형광고|맞춤형서비스/, 'behavioural-ads'],
  [/쿠키|cookie|자동수집|자동으로수집|수집장치/i, 'cookies'],
  [/안전성|보호대책|보호조치|기술적|관리적/, 'safety'],
  [/구제|침해|신고.*분쟁|분쟁조정|상담/, 'remedies'],
  [/아동|14세|만14/, 'children'],
  [/휴면|장기미이용|유효기간제/, 'dormant'],
  [/자동화된결정|자동화결정/, 'automated-decisions'],
  [/전송요구|전송을요구/, 'transmission'],
  [/국내대리인/, 'domestic-agent'],
  [/이동형영상/, 'cctv-mobile'],
  [/영상정보|CCTV/i, 'cctv-fixed'],
  [/추가적.*이용|추가적인이용/, 'additional-use'],
  [/광고성정보|광고성/, 'ad-transmission'],
  [/게시물/, 'posts'],
  [/링크/, 'links'],
  [/변경|개정|고지의의무|고지|시행일|부칙/, 'changes'],
];

/** What a section title is about, in the order the rules list them; `other` when nothing matches. */
export const topicsOf = (title: string): Topic[] => {
  const key = squash(title);
  const found: Topic[] = [];
  for (const [pattern, topic] of TOPIC_RULES) if (pattern.test(key) && !found.includes(topic)) found.push(topic);
  // "수집·이용 목적, 항목 및 보유기간": all three. "처리 목적" without 항목 is purposes only.
  if (found.includes('third-party') && found.includes('entrustment') && !/위탁/.test(key.replace(/위탁.*$/, ''))) {
    // both named: keep both
  }
  // A title that names remedies and the officer ("보호책임자 … 및 권익침해 구제방법") keeps both;
  // one that only mentions 상담 next to the officer is the officer's.
  if (found.includes('officer') && found.includes('remedies') && !/구제|침해|분쟁/.test(key))
    found.splice(found.indexOf('remedies'), 1);
  // "의무" inside "고지의 의무" is about changes, not the data subject's duties.
  if (/고지의의무/.test(key)) return ['changes'];
  if (found.includes('general') && found.length > 1) found.splice(found.indexOf('general'), 1);
  return found.length ? found : ['other'];
};

/** Stable section ids by topic (`purposes`, `third-party`, …), as the hand-made seeds name them. */
export const sectionId = (topics: readonly Topic[]): string => (topics[0] === 'other' ? 'section' : topics[0]!);

// ─── Labelled values (`성명 : 홍길동`, `보존 근거 : 전자상거래법`) ─────────────────

/** `key : value` with a short key. */
export const keyValue = (text: string): { key: string; value: string } | undefined => {
  const match = /^([^:：]{1,24}?)\s*[:：]\s*(.*)$/.exec(text.trim());
  if (!match || !match[2]!.trim()) return undefined;
  return { key: squash(match[1]!), value: match[2]!.trim() };
};

export const RETENTION_BASIS = /^(보존|보관|보유)?(근거|이유|사유|근거법령|관련법령|법적근거|관계법령)$/;
export const RETENTION_PERIOD = /^(보존|보관|보유|이용)?\s*기간$/;
export const RETENTION_RECORD = /^(보존|보관|보유)(항목|정보|기록|대상)$/;

/** A period as policies print them: `5년`, `6개월`, `3개월간`, `탈퇴 시까지`, `즉시 파기`. */
export const PERIOD = /\d+\s*(년|개월|개월간|일|시간|주)|까지|즉시|종료\s*시|탈퇴\s*시|지체\s*없이/;

export type ContactField =
  'name' | 'position' | 'department' | 'phone' | 'fax' | 'email' | 'title' | 'url' | 'address' | 'hours';

/** Contact keys → fields (`성 명`, `직 위` printed with spaces squash to the same key). */
export const contactField = (key: string): ContactField | undefined => {
  if (/^(성명|이름|담당자|책임자|성명직책|성함)$/.test(key)) return 'name';
  if (/^(직위|직책|직급|직함)$/.test(key)) return 'position';
  if (/^(소속|부서|부서명|담당부서|소속부서)$/.test(key)) return 'department';
  if (/^(전화|전화번호|연락처|tel|phone|대표전화|문의)$/i.test(key)) return 'phone';
  if (/^(팩스|fax|팩스번호)$/i.test(key)) return 'fax';
  if (/^(이메일|메일|email|e메일|전자우편|emailaddress|mail)$/i.test(key)) return 'email';
  if (/^(구분)$/.test(key)) return 'title';
  if (/^(홈페이지|웹사이트|url)$/i.test(key)) return 'url';
  if (/^(주소)$/.test(key)) return 'address';
  if (/^(운영시간|상담시간|업무시간)$/.test(key)) return 'hours';
  return undefined;
};

/** A heading that introduces a contact: `개인정보 보호책임자`, `▶ 개인정보 보호 담당부서`, `고객센터`. */
export const CONTACT_TITLE =
  /(보호|관리|처리)\s*책임자|책임자|담당자|담당\s*부서|담당부서|고객\s*센터|고객상담|민원\s*(창구|처리\s*부서)/;

export const contactRole = (title: string): 'officer' | 'staff' | 'department' | 'desk' => {
  const key = squash(title);
  if (/책임자/.test(key)) return 'officer';
  if (/부서/.test(key)) return 'department';
  if (/고객센터|고객상담|민원/.test(key)) return 'desk';
  return 'staff';
};

/** Bodies a data subject can turn to (PIPA 30(1)): names as policies print them. */
export const REMEDY_BODY =
  /분쟁\s*조정\s*위원회|침해\s*신고\s*센터|개인정보\s*침해|대검찰청|검찰청|경찰청|사이버\s*(안전|범죄|수사|테러)|인터넷진흥원|정보보호\s*마크|행정심판|국민권익위원회|개인정보보호위원회/;

export const PHONE = /(?:\(국번\s*없이\)\s*)?(?:\d{2,4}-\d{3,4}-\d{4}(?:~\d+)?|1\d{3}-\d{4}|\b1\d{2,3}\b)/;
export const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;
export const URL_TEXT =
  /(https?:\/\/[^\s<>()"']+|www\.[^\s<>()"',]+|[a-z0-9-]+(\.[a-z0-9-]+)*\.(go|or|co|ac|re)\.kr[^\s<>()"',]*)/i;

/** Browsers as policies name them. */
export const BROWSER =
  /(인터넷\s*익스플로(러|어)|Internet\s*Explorer|IE|크롬|Chrome|엣지|Edge|사파리|Safari|파이어폭스|Firefox|웨일|Whale|오페라|Opera|삼성\s*인터넷)/i;

/** A company-like name: `(주)다날`, `스티비 주식회사`, `금융결제원`, `BC카드`. */
export const COMPANY =
  /\(주\)|㈜|주식회사|유한회사|\(유\)|재단|협회|은행|카드|결제원|택배|통운|로지스|보험|증권|공사|공단|센터|\b(Inc|LLC|Ltd|Corp|Co)\b/i;
