/**
 * What a member's records add up to, computed the same way by every store: the latest decision
 * per item and per channel (a withdrawal is a decision to refuse), and which granted
 * advertising consents are due for their two-yearly reconfirmation (Network Act 50(8)).
 *
 * Order is the receiver's: by `receivedAt`, then by the order the store appended them. Items
 * are told apart by policy id and item id, since two policies may both have a `marketing` item.
 */
import { subjectState, type DecisionState, type SubjectState } from '../consent/member-state.js';
import { reconfirmDate } from '../consent/reconfirm.js';
import type { StoredConsent } from './store.js';

// The state and its fold live with the record (`<privacy-consent>`'s account modes fold too).
export { subjectState };
export type {
  ChannelState,
  DecisionState,
  SubjectItemState as ItemState,
  SubjectState,
} from '../consent/member-state.js';

/** A granted advertising consent that must be reconfirmed (Network Act 50(8)). */
export interface DueReconfirmation {
  readonly subject: string;
  /** The policy the consent was last decided under. */
  readonly policy: { readonly id: string; readonly version: string };
  /** The `ad-receipt` item's id. */
  readonly item: string;
  /** The channel; absent for an advertising item without channels. */
  readonly channel?: string;
  /** When the consent was last given (the receiver's time), ISO 8601. */
  readonly decidedAt: string;
  /** The Korean calendar date by which to reconfirm, `YYYY-MM-DD` (see `reconfirmDate`). */
  readonly due: string;
}

/** Oldest first: by the receiver's time; entries with the same time keep their order. */
export const oldestFirst = (entries: readonly StoredConsent[]): StoredConsent[] =>
  entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) =>
      a.entry.receivedAt < b.entry.receivedAt ? -1 : a.entry.receivedAt > b.entry.receivedAt ? 1 : a.index - b.index,
    )
    .map(({ entry }) => entry);

const KST_OFFSET_MS = 9 * 60 * 60 * 1000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The Korean calendar date (Asia/Seoul) of an instant, `YYYY-MM-DD`; a `YYYY-MM-DD` string is
 * taken as that date already.
 */
export const koreanDate = (asOf: Date | string): string => {
  if (typeof asOf === 'string' && DATE.test(asOf)) return asOf;
  const time = new Date(asOf).getTime();
  if (Number.isNaN(time)) throw new RangeError(`Not a date: ${String(asOf)}`);
  return new Date(time + KST_OFFSET_MS).toISOString().slice(0, 10);
};

/**
 * An ISO time before which every advertising consent due by `date` was given, with a day to
 * spare either way (the exact rule, Civil Act 160(3) included, is applied after): stores use
 * it to read only the members who may be due.
 */
export const dueThreshold = (date: string): string => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year - 2, month - 1, day + 2)).toISOString();
};

/**
 * The granted advertising consents of these members that are due for reconfirmation by
 * `asOf` (an instant, or a Korean calendar date `YYYY-MM-DD`): two years from the Korean day
 * of the latest decision, per channel. Sorted by date, then member, item and channel.
 */
export const dueReconfirmations = (
  states: Iterable<SubjectState>,
  asOf: Date | string = new Date(),
): DueReconfirmation[] => {
  const by = koreanDate(asOf);
  const due: DueReconfirmation[] = [];
  for (const { subject, items } of states)
    for (const item of items) {
      if (item.category !== 'ad-receipt' || !item.granted) continue;
      const decisions: (DecisionState & { channel?: string })[] = item.channels
        ? item.channels.filter((channel) => channel.granted).map((channel) => ({ ...channel, channel: channel.id }))
        : [item];
      for (const decision of decisions) {
        const date = reconfirmDate(decision.decidedAt);
        if (date > by) continue;
        due.push({
          subject,
          policy: decision.policy,
          item: item.id,
          ...(decision.channel === undefined ? {} : { channel: decision.channel }),
          decidedAt: decision.decidedAt,
          due: date,
        });
      }
    }
  const key = (entry: DueReconfirmation) => [
    entry.due,
    entry.subject,
    entry.policy.id,
    entry.item,
    entry.channel ?? '',
  ];
  return due.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
    return 0;
  });
};

/** Groups entries that are in subject order (as a store's query returns them) into states. */
export const statesOf = function* (entries: Iterable<StoredConsent>): Generator<SubjectState> {
  let subject: string | undefined;
  let group: StoredConsent[] = [];
  for (const entry of entries) {
    const next = entry.record.subject;
    if (next === undefined) continue;
    if (next !== subject && group.length) {
      yield subjectState(subject!, group);
      group = [];
    }
    subject = next;
    group.push(entry);
  }
  if (group.length) yield subjectState(subject!, group);
};
