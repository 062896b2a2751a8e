/** Derives a policy's cookie document (what `privacy-consent cookies` prints). */
import { COOKIE_DOCUMENT_TYPE, type CookieDocument } from './cookie-document.js';
import type { PrivacyPolicy } from './types.js';
import { blocksOfType } from './walk.js';

export interface CookieDocumentOptions {
  /** The full policy's URL; defaults to the policy's own `url`. */
  readonly url?: string;
}

/** A policy's cookie document. `hash` is the policy's content hash ({@link policyHash}). */
export const cookieDocument = (
  policy: PrivacyPolicy,
  hash: string,
  { url = policy.url }: CookieDocumentOptions = {},
): CookieDocument => ({
  type: COOKIE_DOCUMENT_TYPE,
  v: 1,
  policy: {
    id: policy.id,
    version: policy.version,
    ...(policy.effectiveOn ? { effectiveOn: policy.effectiveOn } : {}),
    hash,
    lang: policy.lang,
    ...(url ? { url } : {}),
    ...(policy.baseUrl ? { baseUrl: policy.baseUrl } : {}),
  },
  categories: blocksOfType(policy, 'cookie-categories').flatMap(({ block }) => block.categories),
  refusal: blocksOfType(policy, 'cookie-refusal').flatMap(({ block }) => block.browsers),
});
