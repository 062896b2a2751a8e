/**
 * What `<privacy-cookie-notice>` renders, and so what it checks: the document's identity and
 * its cookie blocks (categories, refusal per browser).
 */
import { checkAgainst, type CheckResult } from './check.js';
import { CookieCategoriesBlockSchema, CookieRefusalBlockSchema } from './schema.js';
import { partialPolicySchema } from './schema-partial.js';

const CookiePolicySchema = /* @__PURE__ */ partialPolicySchema({
  'cookie-categories': CookieCategoriesBlockSchema,
  'cookie-refusal': CookieRefusalBlockSchema,
});

/** Checks the parts of a policy that the cookie notice renders. Never throws. */
export const checkCookiePolicy = (json: unknown): CheckResult => checkAgainst(CookiePolicySchema, json);
