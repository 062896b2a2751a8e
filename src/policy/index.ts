/**
 * The policy model: types, validation, lint, canonical hash, loading and derivation.
 * No Lit, no DOM: this module runs in Node and in browsers.
 */
export type * from './types.js';
export { POLICY_SCHEMA_VERSION } from './types.js';
export { checkPolicy, checkPolicyJson, type CheckResult } from './check.js';
export { validatePolicy, type ValidationResult } from './validate.js';
export { parsePolicyJson } from './parse.js';
export { describeIssue } from './messages.js';
export { formatPath, type CheckIssue, type IssueCode, type Message, type PolicyIssue } from './issues.js';
export { lintPolicy, type LintCode, type LintOptions, type LintWarning } from './lint.js';
export { canonicalize, contentHash, policyHash } from './canonical.js';
export {
  acceptPolicy,
  acceptPolicyText,
  loadPolicy,
  PolicyLoadError,
  type LoadedPolicy,
  type LoadErrorCode,
  type LoadOptions,
} from './load.js';
export { resolveText, plainText, listTexts, leafItems, hasLocale } from './text.js';
export {
  walkBlocks,
  walkAllBlocks,
  blocksOfType,
  allBlocksOfType,
  sectionsWithTopic,
  collectionRows,
  rowItems,
  type LocatedBlock,
  type LocatedRow,
  type RowItems,
} from './walk.js';
export { resolveLink, resolveImage, documentBase } from './links.js';
export { COOKIE_DOCUMENT_TYPE, isCookieDocument, type CookieDocument } from './cookie-document.js';
export { cookieDocument, type CookieDocumentOptions } from './derive-cookie-document.js';
