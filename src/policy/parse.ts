import { checkPolicy, type CheckResult } from './check.js';
import { issue } from './issues.js';
import { describeIssue } from './messages.js';
import type { ValidationResult } from './validate.js';

/** Parses JSON text and checks it as a policy (codes and paths only). Never throws. */
export const checkPolicyJson = (text: string): CheckResult => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { valid: false, issues: [issue('json.parse', '$', (error as Error).message)] };
  }
  return checkPolicy(json);
};

/** Parses JSON text and validates it as a policy, with messages. Never throws. */
export const parsePolicyJson = (text: string): ValidationResult => {
  const result = checkPolicyJson(text);
  return result.valid ? result : { valid: false, issues: result.issues.map(describeIssue) };
};
