import { checkPolicyJson } from './check.js';
import { describeIssue } from './messages.js';
import type { ValidationResult } from './validate.js';

/** Parses JSON text and validates it as a policy, with messages. Never throws. */
export const parsePolicyJson = (text: string): ValidationResult => {
  const result = checkPolicyJson(text);
  return result.valid ? result : { valid: false, issues: result.issues.map(describeIssue) };
};
