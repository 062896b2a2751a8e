/**
 * Where the receiver keeps consent records. Memory, SQLite and PostgreSQL stores ship, and one
 * contract test suite runs against all three (test/node/store-contract.test.ts); a host plugs
 * in another database by implementing {@link ConsentStore} (`subjectState` and
 * `dueReconfirmations` in consent-state.ts compute the derived answers from `history`).
 *
 * The store is append-only on purpose: a consent record is evidence of what a person decided
 * (PIPA 22(3), Network Act 50), so there is no update and no delete. A withdrawal or a changed
 * decision is a new record with a new recordId.
 */
import type { ConsentReceipt, ConsentRecord } from '../consent/record.js';
import type { ReconfirmDue } from '../consent/reconfirm.js';
import type { DueReconfirmation, SubjectState } from './consent-state.js';

/**
 * Who sent the record, as the connection shows it. Off by default: PIPA allows collecting only
 * what the policy lists, and an IP address or user agent is personal data a policy must name
 * (its automatic-collection section) before a host turns this on.
 */
export interface ClientInfo {
  readonly ip?: string;
  readonly userAgent?: string;
}

/** One stored record with the receipt that was given for it. */
export interface StoredConsent {
  readonly record: ConsentRecord;
  /** The first (and only) receipt: `status` is always `stored`. */
  readonly receipt: ConsentReceipt;
  /** Server time of storage, ISO 8601; the same as `receipt.receivedAt`, kept for sorting and queries. */
  readonly receivedAt: string;
  /**
   * When each granted advertising channel must be reconfirmed (Network Act 50(8)): two years
   * after the Korean calendar day of `receivedAt`. Absent when the record grants no advertising.
   */
  readonly reconfirmDueAt?: readonly ReconfirmDue[];
  /** Present only when the host opted in with the receiver's `clientInfo` option. */
  readonly client?: ClientInfo;
}

/** Paging for {@link ConsentStore.list}. */
export interface ListOptions {
  /** At most this many entries (default: all). */
  readonly limit?: number;
  /** Skip this many of the newest entries first (default 0). */
  readonly offset?: number;
}

/** What {@link ConsentStore.append} did, and the entry stored under the recordId (the first one). */
export interface AppendResult {
  readonly status: 'stored' | 'duplicate';
  readonly entry: StoredConsent;
}

/**
 * An append-only store of consent records, keyed by `record.recordId`.
 *
 * Contract for implementations:
 * - `append` (and `insert`) must be atomic on the recordId: of any number of concurrent appends
 *   of one id, from any number of processes, exactly one resolves `'stored'`, the others
 *   `'duplicate'` with the first entry, which is kept unchanged (a primary key or unique
 *   constraint, never an upsert).
 * - Order is by `receivedAt`, then by the order entries were appended: `history` oldest first,
 *   `list` newest first; `state` and `dueForReconfirmation` fold `history` in that order.
 * - Errors reject the promise; the receiver answers 500 and the client retries with the same
 *   recordId, which stays idempotent.
 */
export interface ConsentStore {
  /** Appends the entry unless its recordId is already stored; answers with the first entry. */
  append(entry: StoredConsent): Promise<AppendResult>;
  /** Every record of a subject (a member), oldest first. */
  history(subject: string): Promise<StoredConsent[]>;
  /** The latest decision per item and per channel of a subject (`subjectState` of its history). */
  state(subject: string): Promise<SubjectState>;
  /**
   * Granted advertising consents due for reconfirmation by `asOf` (an instant, or a Korean
   * calendar date `YYYY-MM-DD`; default now): two years from the Korean day of the latest
   * decision, per channel, as `dueReconfirmations` computes it.
   */
  dueForReconfirmation(asOf?: Date | string): Promise<DueReconfirmation[]>;
  /** Appends the entry unless its recordId is already stored (`append` without the entry). */
  insert(entry: StoredConsent): Promise<'stored' | 'duplicate'>;
  /** The stored entry of a recordId. */
  get(recordId: string): Promise<StoredConsent | undefined>;
  /** Stored entries, newest first. */
  list(options?: ListOptions): Promise<StoredConsent[]>;
  /** How many records are stored. */
  count(): Promise<number>;
  /** Releases the underlying resources (file handles, pools). */
  close?(): Promise<void>;
}

/** The receipt of a stored entry, as the receiver first gave it. */
export const storedReceipt = (recordId: string, receivedAt: string): ConsentReceipt => ({
  recordId,
  receivedAt,
  status: 'stored',
});
