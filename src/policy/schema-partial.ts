/**
 * A policy shape for an element that renders only part of the document: the envelope is
 * checked in full, the named block types are checked, and every other part only has to be
 * made of objects (the viewer, the CLI and the receiver check all of it).
 */
import { envelopeFields, id, TextSchema } from './schema.js';
import { array, object, optional as opt, record, string, unknown, variant, type Shape } from './shape.js';
import type { PrivacyPolicy } from './types.js';

const anyObject = /* @__PURE__ */ record(string(), unknown());

export const partialPolicySchema = (
  blocks: Record<string, Shape>,
  fields: Record<string, Shape> = {},
): Shape<PrivacyPolicy> =>
  object({
    ...envelopeFields(),
    sections: array(
      object({
        id,
        number: opt(string({ min: 1 })),
        title: TextSchema,
        topics: opt(array(string())),
        blocks: array(variant('type', blocks, anyObject)),
      }),
      1,
    ),
    preface: opt(array(anyObject)),
    closing: opt(array(anyObject)),
    consents: opt(array(anyObject)),
    consentOrder: opt(string()),
    children: opt(anyObject),
    previousVersions: opt(array(anyObject)),
    upcoming: opt(anyObject),
    source: opt(anyObject),
    extensions: opt(anyObject),
    ...fields,
  }) as Shape as Shape<PrivacyPolicy>;
