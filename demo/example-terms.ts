/**
 * The demo's signup shows a whole Korean agreement screen for each seed policy: the seed's own
 * consents plus an example 서비스 이용약관, labelled as an example (the seeds are real privacy
 * policies; their companies' terms are not part of them). The page and the demo's receiver both
 * build the same document here, so the record's hash and terms version check out.
 */
import type { ConsentItem, PrivacyPolicy } from '../src/policy/types.js';

/** The version suffix that tells the example document from the seed itself. */
export const EXAMPLE_SUFFIX = '+약관예시';

const TERMS_TEXT = [
  '※ 이 약관은 privacy-consent 데모를 위한 예시입니다. 실제 회사의 약관이 아닙니다.',
  '',
  '제1조(목적) 이 약관은 회사가 제공하는 서비스의 이용 조건과 절차, 회사와 회원의 권리·의무 및 책임사항을 정합니다.',
  '제2조(정의) "회원"이란 이 약관에 동의하고 회사와 이용계약을 체결한 사람을 말합니다.',
  '제3조(약관의 게시와 개정) 회사는 이 약관을 회원이 쉽게 알 수 있도록 서비스 화면에 게시하며, 개정할 때에는 적용일 7일 전부터 공지합니다.',
  '제4조(이용계약의 체결) 이용계약은 가입 신청자가 약관에 동의하고 회사가 승낙함으로써 체결됩니다.',
  '제5조(회원 탈퇴) 회원은 언제든지 탈퇴를 요청할 수 있으며, 회사는 즉시 처리합니다.',
].join('\n');

/** The example terms item every seed's signup gets, first among the consents. */
export const exampleTerms = (policy: PrivacyPolicy): ConsentItem => ({
  id: 'example-terms',
  category: 'terms',
  required: true,
  title: '서비스 이용약관 동의 (예시)',
  document: {
    title: '서비스 이용약관 (예시)',
    version: policy.effectiveOn ?? policy.version,
    ...(policy.effectiveOn ? { effectiveOn: policy.effectiveOn } : {}),
    text: TERMS_TEXT,
  },
});

/** Whether a policy already has terms of its own (then it is shown as it is). */
export const hasTerms = (policy: PrivacyPolicy): boolean =>
  (policy.consents ?? []).some((item) => item.category === 'terms');

/** The seed with the example terms: a document of its own version, known to the demo's receiver. */
export const withExampleTerms = (policy: PrivacyPolicy): PrivacyPolicy =>
  hasTerms(policy)
    ? policy
    : {
        ...policy,
        version: `${policy.version}${EXAMPLE_SUFFIX}`,
        consents: [exampleTerms(policy), ...(policy.consents ?? [])],
      };
