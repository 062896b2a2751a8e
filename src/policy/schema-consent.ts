/**
 * What `<privacy-consent>` renders, and so what it checks: the document's identity, its
 * consent items, the age limit, and the provision tables the items point at. The rest of the
 * document (the policy text) is not rendered by the form, so here it only has to be made of
 * objects; `<privacy-policy>`, the CLI and the receiver check all of it.
 */
import { checkAgainst, type CheckResult } from './check.js';
import {
  ChildrenSchema,
  ConsentItemSchema,
  envelopeFields,
  id,
  OverseasBlockSchema,
  TextSchema,
  ThirdPartyBlockSchema,
} from './schema.js';
import { array, object, optional as opt, record, string, unknown, variant, type Shape } from './shape.js';
import type { PrivacyPolicy } from './types.js';

const anyObject = /* @__PURE__ */ record(string(), unknown());

const FormSectionSchema = /* @__PURE__ */ object({
  id,
  number: opt(string({ min: 1 })),
  title: TextSchema,
  topics: opt(array(string())),
  blocks: array(variant('type', { 'third-party': ThirdPartyBlockSchema, overseas: OverseasBlockSchema }, anyObject)),
});

const ConsentPolicySchema = /* @__PURE__ */ object({
  ...envelopeFields(),
  sections: array(FormSectionSchema, 1),
  preface: opt(array(anyObject)),
  closing: opt(array(anyObject)),
  consents: opt(array(ConsentItemSchema)),
  children: opt(ChildrenSchema),
  previousVersions: opt(array(anyObject)),
  upcoming: opt(anyObject),
  source: opt(anyObject),
  extensions: opt(anyObject),
}) as Shape as Shape<PrivacyPolicy>;

/** Checks the parts of a policy that the signup form renders. Never throws. */
export const checkConsentPolicy = (json: unknown): CheckResult => checkAgainst(ConsentPolicySchema, json);
