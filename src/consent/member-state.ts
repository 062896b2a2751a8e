/**
 * A member's consent as it stands: the latest decision per item and per channel (a withdrawal is
 * a decision to refuse), each with when it was made and under which policy version. The
 * receiver's stores fold a member's records into it (`GET …/state?subject=` answers it), and
 * `<privacy-consent>`'s account-page modes read it and fold in each record they send, the same
 * way.
 *
 * Order is the receiver's: by `receivedAt`, then by the order the store appended them. Items are
 * told apart by policy id and item id, since two policies may both have a `marketing` item.
 */
import type { ConsentCategory } from '../policy/types.js';
import type { ConsentEvent, ConsentRecord } from './record.js';

/** One decision and where it was made. */
export interface DecisionState {
  readonly granted: boolean;
  /** When the receiver stored the record that made it (`receivedAt`), ISO 8601. */
  readonly decidedAt: string;
  readonly event: ConsentEvent;
  readonly recordId: string;
  /** The policy document the decision was made under. */
  readonly policy: { readonly id: string; readonly version: string };
}

/** The latest decision on one advertising channel. */
export interface ChannelState extends DecisionState {
  readonly id: string;
  readonly night: boolean;
}

/** The latest decision on one item, with its channels (exported by `privacy-consent/server` as `ItemState`). */
export interface SubjectItemState extends DecisionState {
  readonly id: string;
  readonly category: ConsentCategory | 'cookies';
  readonly required: boolean;
  readonly channels?: readonly ChannelState[];
}

/** A member's consent as it stands: every item they ever decided, with the latest decision. */
export interface SubjectState {
  readonly subject: string;
  /** In the order each item was first decided. */
  readonly items: readonly SubjectItemState[];
  /** When the latest record was stored; absent when there is none. */
  readonly updatedAt?: string;
}

/** A record and when the receiver stored it (a stored entry has both). */
export interface DatedRecord {
  readonly record: ConsentRecord;
  readonly receivedAt: string;
}

const keyOf = (policyId: string, itemId: string) => JSON.stringify([policyId, itemId]);

/** Applies one record to the decisions by item key: it changes only the items it decides. */
const fold = (items: Map<string, SubjectItemState>, { record, receivedAt }: DatedRecord): void => {
  const made = {
    decidedAt: receivedAt,
    event: record.event ?? 'grant',
    recordId: record.recordId,
    policy: { id: record.policy.id, version: record.policy.version },
  };
  for (const decision of record.items) {
    const key = keyOf(record.policy.id, decision.id);
    const channels = new Map((items.get(key)?.channels ?? []).map((channel) => [channel.id, channel]));
    for (const channel of decision.channels ?? [])
      channels.set(channel.id, { id: channel.id, granted: channel.granted, night: channel.night, ...made });
    items.set(key, {
      id: decision.id,
      category: decision.category,
      required: decision.required,
      granted: decision.granted,
      ...made,
      ...(channels.size ? { channels: [...channels.values()] } : {}),
    });
  }
};

/**
 * Folds a member's records, oldest first (as a store's `history` returns them), into their state.
 * Every record changes only the items it decides; the others keep their latest decision.
 */
export const subjectState = (subject: string, history: Iterable<DatedRecord>): SubjectState => {
  const items = new Map<string, SubjectItemState>();
  let last: string | undefined;
  for (const entry of history) {
    fold(items, entry);
    last = entry.receivedAt;
  }
  return { subject, items: [...items.values()], ...(last === undefined ? {} : { updatedAt: last }) };
};

/** The state after one more record, stored at `receivedAt` (as the receiver would fold it). */
export const withRecord = (state: SubjectState, record: ConsentRecord, receivedAt: string): SubjectState => {
  const items = new Map(state.items.map((item) => [keyOf(item.policy.id, item.id), item]));
  fold(items, { record, receivedAt });
  return { subject: state.subject, items: [...items.values()], updatedAt: receivedAt };
};

/** The member's latest decision on an item of this policy (by policy id), if they made one. */
export const latestDecision = (
  state: SubjectState | undefined,
  policyId: string,
  itemId: string,
): SubjectItemState | undefined => state?.items.find((item) => item.id === itemId && item.policy.id === policyId);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const decisionProblem = (value: unknown, at: string): string | undefined => {
  if (!isObject(value)) return `${at} is not an object`;
  if (typeof value.granted !== 'boolean') return `${at}.granted is not a boolean`;
  if (typeof value.decidedAt !== 'string' || Number.isNaN(Date.parse(value.decidedAt)))
    return `${at}.decidedAt is not a time`;
  if (typeof value.id !== 'string') return `${at}.id is not a string`;
  const policy = value.policy;
  if (!isObject(policy) || typeof policy.id !== 'string' || typeof policy.version !== 'string')
    return `${at}.policy needs an id and a version`;
  return undefined;
};

/**
 * Checks a value read from a state endpoint (`GET …/state?subject=`): the shape the receiver
 * answers, keys it does not know ignored. Returns the state, or throws a `TypeError` naming the
 * first problem and its path.
 */
export const readSubjectState = (value: unknown): SubjectState => {
  const fail = (problem: string): never => {
    throw new TypeError(`Not a consent state: ${problem}`);
  };
  if (!isObject(value)) return fail('$ is not an object');
  if (typeof value.subject !== 'string') fail('$.subject is not a string');
  if (!Array.isArray(value.items)) return fail('$.items is not a list');
  value.items.forEach((item: unknown, i) => {
    const problem = decisionProblem(item, `$.items[${i}]`);
    if (problem) fail(problem);
    const channels = (item as Record<string, unknown>).channels;
    if (channels === undefined) return;
    if (!Array.isArray(channels)) fail(`$.items[${i}].channels is not a list`);
    (channels as unknown[]).forEach((channel, c) => {
      const problem = decisionProblem(channel, `$.items[${i}].channels[${c}]`);
      if (problem) fail(problem);
    });
  });
  return value as unknown as SubjectState;
};
