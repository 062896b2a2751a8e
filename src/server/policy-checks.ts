/**
 * Checks a well-formed record against the policy it names: the document is one the host
 * published, it is the exact document the person saw (hash), the record decides exactly the
 * items that document asks consent for, every required item is granted, and the age limit
 * was confirmed. Each failure throws a {@link ReceiverError} (422) with a stable code.
 */
import { ageLimit } from '../policy/text.js';
import type { ConsentRecord, ItemDecision } from '../consent/record.js';
import { cookieCategories } from '../consent/cookie-choice.js';
import type { ConsentItem, LegalBasis, PrivacyPolicy } from '../policy/types.js';
import { ReceiverError, type ReceiverErrorCode } from './errors.js';
import type { KnownPolicy } from './known-policies.js';

const refuse = (code: ReceiverErrorCode, message: string, path?: string): never => {
  throw new ReceiverError(422, code, message, path === undefined ? {} : { path });
};

const basisOf = (item: ConsentItem) => item.basis ?? 'consent';

/** The channel decisions must be exactly the item's channels; night only where it is offered. */
const checkChannels = (decision: ItemDecision, expected: Pick<ConsentItem, 'channels' | 'night'>, at: string): void => {
  const offered = expected.channels ?? [];
  const channels = decision.channels ?? [];
  if (!expected.channels && decision.channels)
    refuse('items-mismatch', `Item "${decision.id}" has no channels`, `${at}.channels`);
  if (!expected.channels) return;
  const ids = channels.map((channel) => channel.id);
  const same = ids.length === offered.length && offered.every((channel) => ids.includes(channel.id));
  if (!same)
    refuse(
      'items-mismatch',
      `Item "${decision.id}" must decide the channels ${offered.map((channel) => channel.id).join(', ')}`,
      `${at}.channels`,
    );
  channels.forEach((channel, c) => {
    // Night-time advertising consent exists only where offered and with the channel itself (Network Act 50(3)).
    if (channel.night && !(expected.night && channel.granted))
      refuse(
        'items-mismatch',
        `Night-time consent on "${channel.id}" was not offered or lacks the channel`,
        `${at}.channels[${c}].night`,
      );
  });
  if (decision.granted !== channels.some((channel) => channel.granted))
    refuse('items-mismatch', `Item "${decision.id}" is granted exactly when one of its channels is`, `${at}.granted`);
};

/** An item the record must decide: the policy's consent item, or an optional cookie category. */
type Expected = Pick<ConsentItem, 'required' | 'channels' | 'night'> & {
  readonly category: ConsentItem['category'] | 'cookies';
  readonly basis?: LegalBasis;
};

/**
 * What a record must decide and which notices it must show: the signup form decides the
 * consent items and shows the non-consent ones; the cookie notice decides the optional cookie
 * categories and shows the necessary ones.
 */
const expectations = (record: ConsentRecord, policy: PrivacyPolicy) => {
  if (record.method === 'cookie_notice') {
    const categories = cookieCategories(policy);
    return {
      items: new Map<string, Expected>(
        categories.filter((c) => c.kind !== 'necessary').map((c) => [c.id, { category: 'cookies', required: false }]),
      ),
      notices: new Map<string, LegalBasis>(
        categories.filter((c) => c.kind === 'necessary').map((c) => [c.id, 'legitimate-interest']),
      ),
    };
  }
  const consents = policy.consents ?? [];
  return {
    items: new Map<string, Expected>(
      consents.filter((item) => basisOf(item) === 'consent').map((item) => [item.id, item]),
    ),
    notices: new Map(consents.filter((item) => basisOf(item) !== 'consent').map((item) => [item.id, basisOf(item)])),
  };
};

/** The record's items must be exactly the expected ones, each once. */
const checkItems = (record: ConsentRecord, expected: ReadonlyMap<string, Expected>): void => {
  const seen = new Set<string>();
  record.items.forEach((decision, i) => {
    const at = `$.items[${i}]`;
    const item = expected.get(decision.id);
    if (!item) return refuse('items-mismatch', `"${decision.id}" is not a consent item of this policy`, `${at}.id`);
    if (seen.has(decision.id)) refuse('items-mismatch', `"${decision.id}" is decided twice`, `${at}.id`);
    seen.add(decision.id);
    for (const field of ['category', 'required', 'basis'] as const) {
      const want = field === 'basis' ? (item.basis ?? 'consent') : item[field];
      if (decision[field] !== want)
        refuse('items-mismatch', `"${decision.id}" has ${field} ${String(want)} in the policy`, `${at}.${field}`);
    }
    checkChannels(decision, item, at);
  });
  const missing = [...expected.keys()].filter((id) => !seen.has(id));
  if (missing.length) refuse('items-mismatch', `Items missing from the record: ${missing.join(', ')}`, '$.items');
};

/** The notices shown must be the expected ones (processed without consent), with their basis. */
const checkNotices = (record: ConsentRecord, expected: ReadonlyMap<string, LegalBasis>): void => {
  const seen = new Set<string>();
  record.notices.forEach((notice, i) => {
    if (expected.get(notice.id) !== notice.basis || seen.has(notice.id))
      refuse(
        'items-mismatch',
        `"${notice.id}" is not a notice of this policy with basis ${notice.basis}`,
        `$.notices[${i}]`,
      );
    seen.add(notice.id);
  });
  const missing = [...expected.keys()].filter((id) => !seen.has(id));
  if (missing.length) refuse('items-mismatch', `Notices missing from the record: ${missing.join(', ')}`, '$.notices');
};

const checkRequired = (record: ConsentRecord): void => {
  const refused = record.items.filter((decision) => decision.required && !decision.granted).map((item) => item.id);
  if (refused.length)
    throw new ReceiverError(422, 'required-not-granted', `Required items not granted: ${refused.join(', ')}`, {
      path: `$.items[${record.items.findIndex((decision) => decision.id === refused[0])}].granted`,
      ids: refused,
    });
};

const checkAge = (record: ConsentRecord, policy: PrivacyPolicy): void => {
  // The age limit is confirmed when signing up; a cookie choice is not a sign-up.
  if (!policy.children || record.method === 'cookie_notice') return;
  const minimumAge = ageLimit(policy.children);
  if (!record.age) refuse('age-not-confirmed', `The policy requires confirming age ${minimumAge} or over`, '$.age');
  else if (record.age.minimumAge !== minimumAge)
    refuse('age-not-confirmed', `The policy's age limit is ${minimumAge}`, '$.age.minimumAge');
  else if (!record.age.confirmed)
    refuse('age-not-confirmed', `Age ${minimumAge} or over was not confirmed`, '$.age.confirmed');
};

/**
 * Checks a record against the known document of its policy (`undefined` when the host does
 * not know that id and version). Throws the first failure; returns when the record conforms.
 */
export const checkRecordAgainstPolicy = (record: ConsentRecord, known: KnownPolicy | undefined): void => {
  const { id, version, hash } = record.policy;
  if (!known) return refuse('unknown-policy', `No known policy ${id} version ${version}`, '$.policy');
  if (hash !== known.hash)
    refuse('policy-hash-mismatch', `The hash is not that of policy ${id} version ${version}`, '$.policy.hash');
  const expected = expectations(record, known.policy);
  checkItems(record, expected.items);
  checkNotices(record, expected.notices);
  checkRequired(record);
  checkAge(record, known.policy);
};
