/**
 * Checks a well-formed record against the policy it names: the document is one the host
 * published, it is the exact document the person saw (hash), the record decides the items
 * that document asks consent for, every required item is granted, and the age limit was
 * confirmed (or a guardian consented). Each failure throws a {@link ReceiverError} (422) with a
 * stable code.
 *
 * What each event may do (docs/consent-record.md, "Events"):
 * - `grant` (signup) and `reconsent` (a changed document): every item, required ones granted.
 * - `change`: some or all items; a required item stays granted (refusing it is a withdrawal).
 * - `withdraw`: some or all items, all refused (PIPA 37(1)). A withdrawal that names a required
 *   item means leaving the service, so it must name every item.
 * - `reconfirm`: only advertising-receipt items (Network Act 50(8)), granted or refused.
 * Every event but `grant` is about a member, so a form's record names its subject.
 */
import { createHash } from 'node:crypto';
import { canonicalize } from '../policy/canonical.js';
import { ageLimit } from '../policy/text.js';
import type { ConsentEvent, ConsentRecord, ItemDecision } from '../consent/record.js';
import { cookieCategories } from '../consent/cookie-record.js';
import type { ConsentItem, LegalBasis, PrivacyPolicy, RichText, TermsDocument } from '../policy/types.js';
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

const textHashes = new WeakMap<object, string>();

/** `contentHash(text)` as the form computes it (sha256 of the canonical JSON), synchronously. */
const textHash = (document: TermsDocument & { readonly text: RichText }): string => {
  let hash = textHashes.get(document);
  if (!hash) {
    hash = `sha256-${createHash('sha256').update(canonicalize(document.text)).digest('base64')}`;
    textHashes.set(document, hash);
  }
  return hash;
};

/**
 * A terms item names the version of its document that the policy gives, and for inline text the
 * content hash of that text, so the record proves which 약관 a member accepted (or refused).
 */
const checkDocument = (decision: ItemDecision, document: TermsDocument | undefined, at: string): void => {
  if (!document) {
    if (decision.document) refuse('document-mismatch', `"${decision.id}" has no terms document`, `${at}.document`);
    return;
  }
  const shown = decision.document;
  if (!shown)
    return refuse(
      'document-mismatch',
      `"${decision.id}" must name its document version ${document.version}`,
      `${at}.document`,
    );
  if (shown.version !== document.version)
    refuse(
      'document-mismatch',
      `"${decision.id}" names version ${shown.version}; the policy's document is version ${document.version}`,
      `${at}.document.version`,
    );
  const hash = document.text === undefined ? undefined : textHash(document as TermsDocument & { text: RichText });
  if (shown.hash !== hash)
    refuse(
      'document-mismatch',
      hash
        ? `"${decision.id}" does not carry the content hash of the policy's terms text`
        : `"${decision.id}" has a hash, but its document has no inline text`,
      `${at}.document.hash`,
    );
};

/** An item the record must decide: the policy's consent item, or an optional cookie category. */
type Expected = Pick<ConsentItem, 'required' | 'channels' | 'night' | 'document'> & {
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

/** The events whose record decides every item the document asks about. */
const COMPLETE: ReadonlySet<ConsentEvent> = new Set(['grant', 'reconsent']);

/**
 * The record's items must be the expected ones, each once: all of them (`complete`), or at
 * least one for a record about some items.
 */
const checkItems = (record: ConsentRecord, expected: ReadonlyMap<string, Expected>, complete: boolean): void => {
  if (!complete && !record.items.length) refuse('items-mismatch', 'The record decides no item', '$.items');
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
    checkDocument(decision, item.document, at);
  });
  const missing = [...expected.keys()].filter((id) => !seen.has(id));
  if (complete && missing.length)
    refuse('items-mismatch', `Items missing from the record: ${missing.join(', ')}`, '$.items');
};

/**
 * The notices shown must be the expected ones (processed without consent), with their basis:
 * all of them on a complete record, any of them on a record about some items.
 */
const checkNotices = (record: ConsentRecord, expected: ReadonlyMap<string, LegalBasis>, complete: boolean): void => {
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
  if (complete && missing.length)
    refuse('items-mismatch', `Notices missing from the record: ${missing.join(', ')}`, '$.notices');
};

const checkRequired = (record: ConsentRecord, event: ConsentEvent): void => {
  const refused = record.items.filter((decision) => decision.required && !decision.granted).map((item) => item.id);
  if (refused.length)
    throw new ReceiverError(
      422,
      'required-not-granted',
      event === 'change'
        ? `A change cannot refuse required items (${refused.join(', ')}): withdrawing them means leaving the service`
        : `Required items not granted: ${refused.join(', ')}`,
      {
        path: `$.items[${record.items.findIndex((decision) => decision.id === refused[0])}].granted`,
        ids: refused,
      },
    );
};

/** What each event may decide, beyond the policy's items (see the module comment). */
const checkEvent = (record: ConsentRecord, event: ConsentEvent, expected: ReadonlyMap<string, Expected>): void => {
  if (event !== 'grant' && record.method === 'web_form' && !record.subject)
    refuse('event-mismatch', `A ${event} record must name its subject (the member)`, '$.subject');
  if (event === 'withdraw') {
    record.items.forEach((decision, i) => {
      if (decision.granted)
        refuse('event-mismatch', `A withdrawal grants nothing ("${decision.id}")`, `$.items[${i}].granted`);
    });
    // checkChannels has made each item's channels agree with it: none is granted either.
    const leaving = record.items.some((decision) => decision.required);
    if (leaving && record.items.length !== expected.size)
      refuse(
        'event-mismatch',
        'Withdrawing a required item means leaving the service: the withdrawal must name every item',
        '$.items',
      );
    return;
  }
  if (event === 'reconfirm')
    record.items.forEach((decision, i) => {
      if (decision.category !== 'ad-receipt')
        refuse(
          'event-mismatch',
          `A reconfirmation is about advertising receipt only ("${decision.id}")`,
          `$.items[${i}].category`,
        );
    });
  checkRequired(record, event);
};

/**
 * The age limit (PIPA 22-2): a signup confirms it, or a guardian consented for the child where
 * the policy offers that (`children.handling: 'guardian-consent'`). Later events were settled at
 * signup and may leave the age out, but an age that is there is checked the same way; a
 * withdrawal is never refused for its age.
 */
const checkAge = (record: ConsentRecord, policy: PrivacyPolicy, event: ConsentEvent): void => {
  if (event === 'withdraw') return;
  const children = record.method === 'cookie_notice' ? undefined : policy.children;
  if (!children) {
    // A cookie choice is not a sign-up, and a policy without an age limit has no guardian.
    if (record.guardian) refuse('guardian-not-offered', 'The policy does not offer guardian consent', '$.guardian');
    return;
  }
  const minimumAge = ageLimit(children);
  if (record.age && record.age.minimumAge !== minimumAge)
    refuse('age-not-confirmed', `The policy's age limit is ${minimumAge}`, '$.age.minimumAge');
  const confirmed = record.age?.confirmed === true;
  if (record.guardian) {
    if (children.handling !== 'guardian-consent')
      refuse('guardian-not-offered', 'The policy does not offer guardian consent to children', '$.guardian');
    if (confirmed)
      refuse(
        'guardian-not-offered',
        `A guardian consents for a child under ${minimumAge}; the age was confirmed`,
        '$.guardian',
      );
    return;
  }
  if (confirmed || (event !== 'grant' && !record.age)) return;
  const guardianNote = children.handling === 'guardian-consent' ? ', and no guardian consented' : '';
  if (!record.age)
    refuse('age-not-confirmed', `The policy requires confirming age ${minimumAge} or over${guardianNote}`, '$.age');
  refuse('age-not-confirmed', `Age ${minimumAge} or over was not confirmed${guardianNote}`, '$.age.confirmed');
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
  const event = record.event ?? 'grant';
  const expected = expectations(record, known.policy);
  checkItems(record, expected.items, COMPLETE.has(event));
  checkNotices(record, expected.notices, COMPLETE.has(event));
  checkEvent(record, event, expected.items);
  checkAge(record, known.policy, event);
};
