/**
 * Records of each event as the form (or a later account page) would post them, and stored
 * entries to append: what the store contract, event and multi-receiver tests share.
 */
import { buildRecord } from '../../src/consent/build-record.js';
import { consentForm, type Decisions } from '../../src/consent/form-model.js';
import type { ConsentEvent, ConsentRecord, GuardianConsent } from '../../src/consent/record.js';
import { validatePolicy } from '../../src/policy/index.js';
import { knownPolicy, loadPolicyFiles, type KnownPolicy, type StoredConsent } from '../../src/server/index.js';
import { seedPath } from './seeds.js';

export interface Policies {
  /** Age limit 14 (children not offered), an advertising item with sms and kakao. */
  readonly smartro: KnownPolicy;
  /** No age limit. */
  readonly qsolution: KnownPolicy;
  /** smartro with guardian consent offered for children under 14. */
  readonly guardian: KnownPolicy;
  /** smartro, a later version (same items). */
  readonly smartroNext: KnownPolicy;
}

export const loadPolicies = async (): Promise<Policies> => {
  const [smartro, qsolution] = (await loadPolicyFiles([seedPath('smartro'), seedPath('qsolution')])) as [
    KnownPolicy,
    KnownPolicy,
  ];
  const variant = (changes: object) => {
    const result = validatePolicy({ ...smartro.policy, ...changes });
    if (!result.valid) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
    return knownPolicy(result.policy);
  };
  return {
    smartro,
    qsolution,
    guardian: await variant({
      id: 'smartro-kids',
      children: { minimumAge: 14, handling: 'guardian-consent', guardianItems: ['법정대리인 이름', '연락처'] },
    }),
    smartroNext: await variant({ version: '2027-01-01' }),
  };
};

export interface RecordOptions {
  readonly event?: ConsentEvent;
  /** Item ids to grant; default: the required ones (none for a withdrawal). */
  readonly grant?: readonly string[];
  /** Advertising channels to grant, by item id. */
  readonly channels?: Readonly<Record<string, readonly string[]>>;
  /** Only these items (a change, withdrawal or reconfirmation about some items). */
  readonly only?: readonly string[];
  readonly subject?: string;
  readonly ageConfirmed?: boolean;
  readonly guardian?: GuardianConsent;
  readonly recordId?: string;
  /** The browser's clock. */
  readonly now?: Date;
}

/** A record as the element would post it. */
export const recordOf = ({ policy, hash }: KnownPolicy, options: RecordOptions = {}): ConsentRecord => {
  const form = consentForm(policy);
  const grant =
    options.grant ?? (options.event === 'withdraw' ? [] : form.items.filter((e) => e.required).map((e) => e.id));
  const decisions: Decisions = {
    ...Object.fromEntries(grant.map((id) => [id, { granted: true }])),
    ...Object.fromEntries(
      Object.entries(options.channels ?? {}).map(([id, channels]) => [
        id,
        { granted: true, channels: Object.fromEntries(channels.map((channel) => [channel, true])) },
      ]),
    ),
  };
  return buildRecord({
    policy,
    hash,
    form,
    decisions,
    ageConfirmed: options.ageConfirmed ?? !options.guardian,
    locale: 'ko',
    subject: options.subject ?? 'user-42',
    ...(options.event ? { event: options.event } : {}),
    ...(options.only ? { itemIds: options.only } : {}),
    ...(options.guardian ? { guardian: options.guardian } : {}),
    ...(options.recordId ? { recordId: options.recordId } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
};

/** A stored entry as the receiver makes it, at the receiver's time `receivedAt`. */
export const entryOf = (record: ConsentRecord, receivedAt: string): StoredConsent => ({
  record,
  receipt: { recordId: record.recordId, receivedAt, status: 'stored' },
  receivedAt,
});
