/**
 * Making a cookie choice: the consent record that proves it (method `cookie_notice`) and the
 * choice to store, bound to the cookie document's policy id, version and hash.
 */
import type { CookieDocument } from '../policy/cookie-document.js';
import type { CookieCategory, PrivacyPolicy } from '../policy/types.js';
import { blocksOfType } from '../policy/walk.js';
import { cookieFingerprint, type CookieChoice } from './cookie-choice.js';
import { localIsoTime, newRecordId, RECORD_SCHEMA, type ConsentRecord } from './record.js';

/** The cookie categories of a policy; a policy without any still has "necessary". */
export const cookieCategories = (policy: PrivacyPolicy): CookieCategory[] =>
  blocksOfType(policy, 'cookie-categories').flatMap(({ block }) => block.categories);

export const optionalCategories = (policy: PrivacyPolicy): CookieCategory[] =>
  cookieCategories(policy).filter((category) => category.kind !== 'necessary');

export interface CookieChoiceInput {
  /** The cookie document shown (its policy identity and hash are what the record binds to). */
  readonly document: Pick<CookieDocument, 'policy' | 'categories'>;
  /** Optional category id → allowed. */
  readonly allowed: Readonly<Record<string, boolean>>;
  readonly locale: string;
  readonly gpc: boolean;
  readonly page?: { readonly origin: string; readonly path: string };
  readonly now?: Date;
}

/** The stored choice and the consent record that proves it (method `cookie_notice`). */
export const buildCookieChoice = (input: CookieChoiceInput): { choice: CookieChoice; record: ConsentRecord } => {
  const now = input.now ?? new Date();
  const recordId = newRecordId();
  const { policy, categories } = input.document;
  const record: ConsentRecord = {
    schema: RECORD_SCHEMA,
    recordId,
    policy: {
      id: policy.id,
      version: policy.version,
      ...(policy.effectiveOn ? { effectiveOn: policy.effectiveOn } : {}),
      hash: policy.hash,
    },
    jurisdiction: 'KR',
    locale: input.locale,
    clientTime: localIsoTime(now),
    method: 'cookie_notice',
    ...(input.page ? { page: input.page } : {}),
    gpc: input.gpc,
    items: categories
      .filter((category) => category.kind !== 'necessary')
      .map((category) => ({
        id: category.id,
        category: 'cookies',
        required: false,
        basis: 'consent',
        granted: Boolean(input.allowed[category.id]),
      })),
    // Necessary cookies run without consent; the record says they were disclosed.
    notices: categories
      .filter((category) => category.kind === 'necessary')
      .map((category) => ({ id: category.id, basis: 'legitimate-interest' })),
  };
  const allowed = Object.fromEntries(record.items.map((item) => [item.id, item.granted]));
  const granted = [
    ...new Set(
      categories
        .filter((category) => category.kind === 'necessary' || allowed[category.id])
        .flatMap((category) => category.consentMode ?? []),
    ),
  ];
  return {
    choice: {
      v: 1,
      f: cookieFingerprint(categories),
      c: allowed,
      d: now.toISOString(),
      r: recordId,
      ...(granted.length ? { g: granted.sort().join(' ') } : {}),
    },
    record,
  };
};
