import type { PolicyStrings } from '../catalog.js';

/**
 * Field names in the list of changes (ko/policy-fields.ts): only that list names fields, so they
 * arrive with it, which hands them over here; `fieldName` tries the scoped path, then its last part.
 */
let fields: Readonly<Record<string, string>> = {};
export const useFieldNames = (names: Readonly<Record<string, string>>): void => {
  fields = names;
};
// Field names come from the data: never a name inherited from Object.prototype.
const field = (key: string) => (Object.hasOwn(fields, key) ? fields[key] : undefined);

/**
 * 한국어: the strings of the views few policies need (the list of changes, the change log, the
 * tables of the 2025 model, grouped collection tables): they come with those views.
 */
const strings: Pick<PolicyStrings, RareKey> = {
  changesTitle: (from, to) => `변경 내용: ${from} → ${to}`,
  changesSummary: (added, removed, changed) => `추가 ${added}건, 삭제 ${removed}건, 변경 ${changed}건`,
  statusAdded: '[추가]',
  statusRemoved: '[삭제]',
  statusChanged: '[변경]',
  noChanges: '바뀐 내용이 없습니다.',
  colAgentName: '성명(명칭)',
  colRepresentative: '대표자',
  colPhoneNumber: '전화번호',
  colEmail: '전자우편',
  colDecision: '결정의 내용',
  colCriteria: '기준',
  colProcedure: '절차',
  colObjection: '거부·설명 요구 방법',
  colConfirmation: '확인 절차',
  colScope: '범위',
  colCollectionCountry: '국가',
  colAdsData: '행태정보 항목',
  colCollectionMethod: '수집 방법',
  colAdsRetention: '보유 기간',
  colOptOut: '거부 방법',
  toolsCaption: '행태정보를 수집하는 외부 도구',
  colTool: '도구',
  colCompany: '회사',
  colToolType: '유형',
  requiredMark: '[필수]',
  optionalMark: '[선택]',
  itemsInGroup: (count) => `항목 ${count}개`,
  changeLog: '개정 이력',
  colDate: '시행일',
  colVersion: '버전',
  colReason: '개정 사유',
  fieldName: (path) => field(path) ?? field(path.slice(path.lastIndexOf('.') + 1)) ?? path,
};

export type RareKey =
  | 'changesTitle'
  | 'changesSummary'
  | 'statusAdded'
  | 'statusRemoved'
  | 'statusChanged'
  | 'noChanges'
  | 'colAgentName'
  | 'colRepresentative'
  | 'colPhoneNumber'
  | 'colEmail'
  | 'colDecision'
  | 'colCriteria'
  | 'colProcedure'
  | 'colObjection'
  | 'colConfirmation'
  | 'colScope'
  | 'colCollectionCountry'
  | 'colAdsData'
  | 'colCollectionMethod'
  | 'colAdsRetention'
  | 'colOptOut'
  | 'toolsCaption'
  | 'colTool'
  | 'colCompany'
  | 'colToolType'
  | 'requiredMark'
  | 'optionalMark'
  | 'itemsInGroup'
  | 'changeLog'
  | 'colDate'
  | 'colVersion'
  | 'colReason'
  | 'fieldName';

export default strings;
