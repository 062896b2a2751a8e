/**
 * What `<privacy-consent>` renders, and so what it checks: the document's identity, its
 * consent items (terms documents included) and their order, the age limit, and the provision
 * tables the items point at.
 */
import { checkAgainst, type CheckResult } from './check.js';
import {
  ChildrenSchema,
  CONSENT_ORDERS,
  ConsentItemSchema,
  OverseasBlockSchema,
  ThirdPartyBlockSchema,
} from './schema.js';
import { partialPolicySchema } from './schema-partial.js';
import { array, oneOf, optional as opt } from './shape.js';

const ConsentPolicySchema = /* @__PURE__ */ partialPolicySchema(
  { 'third-party': ThirdPartyBlockSchema, overseas: OverseasBlockSchema },
  {
    consents: opt(array(ConsentItemSchema)),
    consentOrder: opt(oneOf(CONSENT_ORDERS)),
    children: opt(ChildrenSchema),
  },
);

/** Checks the parts of a policy that the signup form renders. Never throws. */
export const checkConsentPolicy = (json: unknown): CheckResult => checkAgainst(ConsentPolicySchema, json);
