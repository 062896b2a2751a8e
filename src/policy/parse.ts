import { issue } from './issues.js';
import { validatePolicy, type ValidationResult } from './validate.js';

/** Parses JSON text and validates it as a policy. Never throws. */
export const parsePolicyJson = (text: string): ValidationResult => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { valid: false, issues: [issue('json.parse', '$', (error as Error).message)] };
  }
  return validatePolicy(json);
};
