/**
 * Where the receiver keeps consent records. A host plugs in its own database (Postgres,
 * DynamoDB, …) by implementing {@link ConsentStore}; SQLite and in-memory stores ship.
 *
 * The store is append-only on purpose: a consent record is evidence of what a person decided
 * (PIPA 22(3), Network Act 50), so there is no update and no delete. A withdrawal or a changed
 * decision is a new record with a new recordId.
 */
import type { ConsentReceipt, ConsentRecord } from '../consent/record.js';
import type { ReconfirmDue } from '../consent/reconfirm.js';

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

/**
 * An append-only store of consent records, keyed by `record.recordId`.
 *
 * Contract for implementations:
 * - `insert` must be atomic on the recordId: of any number of concurrent inserts of one id,
 *   exactly one resolves `'stored'`, the others `'duplicate'`, and the first entry is kept
 *   unchanged (use a primary key or unique constraint, never an upsert).
 * - `list` returns the newest entries first (by `receivedAt`, then by insertion order).
 * - Errors reject the promise; the receiver answers 500 and the client retries with the same
 *   recordId, which stays idempotent.
 */
export interface ConsentStore {
  /** Appends the entry unless its recordId is already stored. */
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
