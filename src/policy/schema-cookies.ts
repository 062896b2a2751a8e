/**
 * What `<privacy-cookie-notice>` renders, and so what it checks: the document's identity and
 * its cookie blocks (categories, refusal per browser). The rest is the viewer's to check.
 */
import { checkAgainst, type CheckResult } from './check.js';
import { CookieCategoriesBlockSchema, CookieRefusalBlockSchema, envelopeFields, id, TextSchema } from './schema.js';
import { array, object, optional as opt, record, string, unknown, variant, type Shape } from './shape.js';
import type { PrivacyPolicy } from './types.js';

const anyObject = /* @__PURE__ */ record(string(), unknown());

const cookieBlock = /* @__PURE__ */ variant(
  'type',
  { 'cookie-categories': CookieCategoriesBlockSchema, 'cookie-refusal': CookieRefusalBlockSchema },
  anyObject,
);

const CookiePolicySchema = /* @__PURE__ */ object({
  ...envelopeFields(),
  sections: array(
    object({
      id,
      number: opt(string({ min: 1 })),
      title: TextSchema,
      topics: opt(array(string())),
      blocks: array(cookieBlock),
    }),
    1,
  ),
  preface: opt(array(anyObject)),
  closing: opt(array(anyObject)),
  consents: opt(array(anyObject)),
  children: opt(anyObject),
  previousVersions: opt(array(anyObject)),
  upcoming: opt(anyObject),
  source: opt(anyObject),
  extensions: opt(anyObject),
}) as Shape as Shape<PrivacyPolicy>;

/** Checks the parts of a policy that the cookie notice renders. Never throws. */
export const checkCookiePolicy = (json: unknown): CheckResult => checkAgainst(CookiePolicySchema, json);
