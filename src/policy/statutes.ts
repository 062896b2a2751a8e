/**
 * Whether a text names a statute: `「전자상거래 등에서의 소비자보호에 관한 법률」`, `전자상거래법`,
 * `[전자금융거래법] 제 22조`, `시행령 제5조`. "관계 법령" and "관련 법령" alone name none.
 */

// Statutes Korean policies cite by short name (…법), without 「」.
const NAMED = [
  '전자상거래',
  '전자금융거래',
  '통신비밀보호',
  '국세기본',
  '법인세',
  '부가가치세',
  '소득세',
  '신용정보',
  '정보통신망',
  '의료',
  '근로기준',
  '주민등록',
  '여신전문금융업',
  '전자문서',
  '보험업',
  '금융실명',
  '특정금융정보',
  '청소년\\s*보호',
  '개인정보\\s*보호',
  '위치정보',
  '전기통신사업',
  '전자서명',
  '국민건강보험',
  '약사',
  '공직선거',
  '병역',
  '출입국\\s*관리',
  '관세',
  '외국환\\s*거래',
  '자본시장',
  '은행',
  '전자정부',
];

const STATUTE = new RegExp(
  [
    '「[^」]{2,}」',
    '『[^』]{2,}』',
    '\\[[^\\]]*법[^\\]]*\\]',
    '[가-힣]+에\\s*관한\\s*법률',
    '법률\\s*제\\s*\\d+\\s*호',
    '(법|령|규칙)\\s*제\\s*\\d+\\s*조',
    `(${NAMED.join('|')})\\s*법(?!령)`,
    '(?<![가-힣])(상|민|형)법(?!령)',
    '\\b[A-Z][A-Za-z]+(\\s+[A-Z][A-Za-z]+)*\\s+Act\\b',
  ].join('|'),
);

/** Whether the text names a statute, not just "the relevant laws". */
export const citesLaw = (text: string): boolean => STATUTE.test(text);
