import type { PolicyStrings } from '../catalog.js';

/**
 * 한국어: the strings `<privacy-policy>` shows before its document arrives (the footer trigger
 * and the dialog's name). The rest (ko/policy.ts) come with the document's chunk.
 */
const strings: Pick<PolicyStrings, 'policyTitle'> = {
  policyTitle: '개인정보 처리방침',
};

export default strings;
