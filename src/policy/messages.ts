/**
 * Korean and English explanations of validation issues. Kept apart from the checks so an
 * element that only needs to know *whether* a policy is valid does not ship them.
 */
import type { CheckIssue, IssueCode, Message, PolicyIssue } from './issues.js';

const MESSAGES: Record<IssueCode, (detail: string) => Message> = {
  'json.parse': (d) => ({ ko: `JSON으로 읽을 수 없습니다: ${d}`, en: `Not valid JSON: ${d}` }),
  type: (d) => ({ ko: `형식이 맞지 않습니다: ${d}`, en: `Wrong type: ${d}` }),
  required: (d) => ({ ko: `필수 항목 ${d}이(가) 없습니다.`, en: `Required key ${d} is missing.` }),
  'unknown-key': (d) => ({
    ko: `알 수 없는 키 ${d}입니다. 철자를 확인하세요.`,
    en: `Unknown key ${d}. Check its spelling.`,
  }),
  enum: (d) => ({ ko: `허용되지 않는 값입니다: ${d}`, en: `Value not allowed: ${d}` }),
  'schema-version': (d) => ({
    ko: `지원하지 않는 schemaVersion입니다 (${d}). 1이어야 합니다.`,
    en: `Unsupported schemaVersion (${d}); expected 1.`,
  }),
  empty: () => ({ ko: '비어 있으면 안 됩니다.', en: 'Must not be empty.' }),
  'format.id': (d) => ({
    ko: `식별자 ${d}는 영문자로 시작하고 영문자·숫자·-·_만 쓸 수 있습니다.`,
    en: `Identifier ${d} must start with a letter and use only letters, digits, - and _.`,
  }),
  'format.date': (d) => ({
    ko: `날짜 ${d}는 실제 날짜인 YYYY-MM-DD 형식이어야 합니다.`,
    en: `Date ${d} must be a real calendar date as YYYY-MM-DD.`,
  }),
  'format.locale': (d) => ({
    ko: `언어 코드 ${d}가 올바르지 않습니다 (예: ko, en).`,
    en: `Language tag ${d} is not valid (e.g. ko, en).`,
  }),
  'format.url': (d) => ({
    ko: `링크 ${d}는 http(s)·mailto·tel 주소이거나 상대 주소여야 합니다.`,
    en: `Link ${d} must be an http(s), mailto or tel URL, or a relative one.`,
  }),
  'number.range': (d) => ({ ko: `숫자가 허용 범위 밖입니다: ${d}`, en: `Number out of range: ${d}` }),
  'duplicate-id': (d) => ({
    ko: `식별자 ${d}가 문서 안에서 중복됩니다.`,
    en: `Identifier ${d} is used more than once in the document.`,
  }),
  'unknown-section': (d) => ({
    ko: `섹션 ${d}이(가) 문서에 없습니다.`,
    en: `Section ${d} does not exist in the document.`,
  }),
  'unknown-block': (d) => ({
    ko: `${d}에 해당하는 블록이 문서에 없거나 종류가 맞지 않습니다.`,
    en: `${d} names no block of the right type in the document.`,
  }),
  'nested-block': (d) => ({
    ko: `${d} 블록은 목록 항목 안이 아니라 섹션에 바로 있어야 합니다(동의 양식·쿠키 알림이 섹션에서 찾습니다).`,
    en: `Block ${d} must sit directly in a section, not inside a list item (the signup form and the cookie notice look for it there).`,
  }),
  'too-deep': (d) => ({
    ko: `배열과 객체가 ${d}단계보다 깊게 중첩되어 있습니다.`,
    en: `Arrays and objects nest more than ${d} levels deep.`,
  }),
  'unbroken-text': (d) => ({
    ko: `공백 없이 ${d}자보다 길게 이어지는 글자가 있습니다.`,
    en: `The text runs on for more than ${d} characters without a space.`,
  }),
  'basis-not-allowed': (d) => ({
    ko: `이 동의 범주에는 법이 허용하지 않는 처리 근거입니다: ${d}`,
    en: `The law does not allow this legal basis for the category: ${d}`,
  }),
  'overseas-route': (d) => ({
    ko: `국외 이전 행의 이전 근거(route)가 이 표를 가리키는 동의 항목과 맞지 않습니다: ${d}`,
    en: `The overseas row's transfer route disagrees with the consent item that lists it: ${d}`,
  }),
  'overseas-undisclosed': (d) => ({
    ko: `국외 이전 항목 ${d}은(는) 계약 근거(개인정보 보호법 제28조의8제1항제3호)인데, 처리방침에 이를 공개하는 국외 이전 표(overseas 블록)가 없습니다. 계약 근거의 국외 이전은 처리방침 공개가 요건입니다.`,
    en: `Overseas item ${d} rests on the contract route (PIPA 28-8(1)3), but no overseas block discloses the transfer in the policy, which that route requires.`,
  }),
};

/** Adds the Korean and English message to a checked issue. */
export const describeIssue = (found: CheckIssue): PolicyIssue => ({
  ...found,
  message: MESSAGES[found.code](found.detail),
});
