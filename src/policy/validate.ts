import { checkPolicy, type CheckResult } from './check.js';
import type { PolicyIssue } from './issues.js';
import { describeIssue } from './messages.js';

export type ValidationResult = CheckResult<PolicyIssue>;

/**
 * Validates a parsed JSON value as a policy document. Never throws: every problem comes
 * back as an issue with a JSON path, a stable code and a message in Korean and English.
 * A valid result carries the policy deep-frozen, ready for renderers.
 */
export const validatePolicy = (json: unknown): ValidationResult => {
  const result = checkPolicy(json);
  return result.valid ? result : { valid: false, issues: result.issues.map(describeIssue) };
};
