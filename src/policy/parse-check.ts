/**
 * Parsing JSON text before a check, apart from the checks themselves, so an element can fetch
 * and parse a policy while its schema is still loading.
 */
import type { CheckResult, PolicyChecker } from './check.js';
import { issue } from './issues.js';

/** Parses JSON text and checks it with `checker`. Never throws. */
export const parseAndCheck = (text: string, checker: PolicyChecker): CheckResult => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { valid: false, issues: [issue('json.parse', '$', (error as Error).message)] };
  }
  return checker(json);
};
