/**
 * The durable outbox: a consent record is written to storage before it is sent, and stays there
 * until the receiver confirms it, across retries, offline periods and page reloads. Every request
 * carries `idempotency-key: <recordId>`; the receiver must store each recordId once, because a
 * record whose answer was lost is sent again.
 *
 * Runs in browsers and Node: browser features (localStorage, Web Locks, `online`/`pagehide`) are
 * used when `globalThis` has them; otherwise memory storage, storage leases and no lifecycle events.
 */
import { sendLocks } from './outbox-lock.js';
import { absoluteEndpoint, endpointProblem } from './endpoint.js';
import {
  backoffDelay,
  clampDelay,
  OutboxError,
  postEntry,
  RETRY_BOUNDS,
  type Outcome,
  type RequestSettings,
  type RetryBounds,
} from './outbox-request.js';
import {
  entryStore,
  FAILED_PREFIX,
  PENDING_PREFIX,
  usableLocalStorage,
  type EntryStore,
  type OutboxEntry,
} from './outbox-store.js';
import type { OutboxEventMap, OutboxOptions } from './outbox-types.js';
import type { ConsentReceipt, ConsentRecord } from './record.js';

export { OutboxError, RETRY_BOUNDS, type OutboxErrorCode, type RetryBounds } from './outbox-request.js';
export type { DeliveredDetail, ErrorDetail, OutboxEventMap, OutboxOptions, WarningDetail } from './outbox-types.js';
export { memoryStorage, type OutboxEntry, type StorageLike } from './outbox-store.js';

interface Waiter {
  readonly entry: OutboxEntry;
  readonly settlers: { resolve: (receipt: ConsentReceipt) => void; reject: (error: OutboxError) => void }[];
}

// A storage lease outlives the request it guards (bounded by the timeout) by this much.
const LEASE_MARGIN = 5000;
// While started, storage is scanned at least this often: another tab may have closed with
// records still due, and only a scan finds them (the timer otherwise serves known records).
const SCAN_INTERVAL = 60_000;

type Listener<K extends keyof OutboxEventMap> = (event: OutboxEventMap[K]) => void;

// Typed listeners: `outbox.addEventListener('error', (event) => event.detail.willRetry)`.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- only adds overloads to EventTarget's own methods
export interface Outbox {
  addEventListener<K extends keyof OutboxEventMap>(
    type: K,
    listener: Listener<K>,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof OutboxEventMap>(
    type: K,
    listener: Listener<K>,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ): void;
}

/**
 * Delivers consent records to a host endpoint, durably. Dispatches `delivered`, `error` and
 * `warning` ({@link OutboxEventMap}). A rejected record (4xx other than 408/429) is kept under
 * `privacy-consent:failed:<recordId>`: read it with {@link Outbox.failed}, forget it with
 * {@link Outbox.discard}.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see the interface above
export class Outbox extends EventTarget {
  readonly #store: EntryStore;
  readonly #request: RequestSettings;
  readonly #backoff: { readonly base: number; readonly max: number };
  readonly #bounds: RetryBounds;
  readonly #random: () => number;
  readonly #now: () => number;
  readonly #locks: ReturnType<typeof sendLocks>;
  readonly #waiters = new Map<string, Waiter>();
  /** This instance's attempt per record, until its request ended and its lock is free again. */
  readonly #attempts = new Map<string, Promise<void>>();
  /** Records to try again as soon as their running attempt ends (`online` came meanwhile). */
  readonly #rerun = new Set<string>();
  /** Records another tab or instance is sending: not due here before the time given. */
  readonly #heldElsewhere = new Map<string, number>();
  /**
   * Next-attempt times of the records this instance knows are pending. Timer wake-ups and
   * scheduling use it, so a backlog of n records costs O(n), not a storage scan per reply;
   * storage is scanned (other tabs' records included) by `flush()`, `start()` and `online`.
   */
  readonly #known = new Map<string, number>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #scheduling = false;
  #lastScan = 0;
  #listening = false;
  #stopped = false;
  #warned = false;

  constructor(options: OutboxOptions = {}) {
    super();
    this.#now = options.now ?? Date.now;
    this.#random = options.random ?? Math.random;
    this.#backoff = options.backoff ?? { base: 1000, max: 60_000 };
    this.#bounds = options.retryBounds ?? RETRY_BOUNDS;
    this.#request = {
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      timeout: options.timeout ?? 10_000,
      now: this.#now,
    };
    this.#store = entryStore(options.storage ?? usableLocalStorage(), () => this.#warnOnce());
    this.#locks = sendLocks(this.#store, this.#now, this.#request.timeout + LEASE_MARGIN);
  }

  /**
   * Stores the record, then POSTs it to `endpoint` with `headers` added (e.g. a CSRF token; they
   * are stored with the entry for resends). Resolves with the receipt once delivered, after
   * retries if need be; rejects with an {@link OutboxError} (`rejected`, `status`, `body`) when
   * the receiver refuses it for good. Sending the same recordId again waits for the same delivery.
   * The `warning` event fires synchronously in here the first time a record is kept in memory only.
   */
  send(record: ConsentRecord, endpoint: string, headers: Record<string, string> = {}): Promise<ConsentReceipt> {
    const { recordId } = record;
    // Stored absolute: a later page on another path must send it to the same place.
    const url = absoluteEndpoint(endpoint, globalThis.location?.href);
    if (!url || endpointProblem(url, true)) {
      // Never sendable: refused at once, not stored, not retried.
      const error = new OutboxError('endpoint', recordId);
      this.#emit('error', { record, error, willRetry: false, attempt: 0 });
      return Promise.reject(error);
    }
    const entry: OutboxEntry = {
      record,
      endpoint: url,
      headers: { ...headers },
      attempts: 0,
      nextAttemptAt: this.#now(),
    };
    const delivery = new Promise<ConsentReceipt>((resolve, reject) => {
      const waiter = this.#waiters.get(recordId) ?? { entry, settlers: [] };
      waiter.settlers.push({ resolve, reject });
      this.#waiters.set(recordId, waiter);
    });
    this.#stopped = false;
    this.#store.remove(FAILED_PREFIX, recordId);
    const stored = this.#store.read(PENDING_PREFIX, recordId);
    if (!stored) this.#store.write(PENDING_PREFIX, entry);
    this.#known.set(recordId, (stored ?? entry).nextAttemptAt);
    void this.#attempt(recordId);
    return delivery;
  }

  /** Attempts every stored entry that is due, whoever stored it; resolves when each attempt ended. */
  flush(): Promise<void> {
    const now = this.#now();
    return this.#attemptAll((entry) => this.#dueAt(entry.record.recordId, entry.nextAttemptAt) <= now);
  }

  /** Entries waiting for delivery (all tabs, all endpoints), the next due first. */
  pending(): OutboxEntry[] {
    return this.#store.list(PENDING_PREFIX).sort((a, b) => a.nextAttemptAt - b.nextAttemptAt);
  }

  /** Entries the receiver rejected, each with its `rejection`. Kept until {@link Outbox.discard}. */
  failed(): OutboxEntry[] {
    return this.#store.list(FAILED_PREFIX);
  }

  /** Forgets a rejected entry once the host has dealt with it. Pending entries are not touched. */
  discard(recordId: string): void {
    this.#store.remove(FAILED_PREFIX, recordId);
  }

  /**
   * Listens for `online` (send everything now) and `pagehide` (hand every pending entry to the
   * browser with `keepalive`) where `globalThis` has events, and flushes what a previous page
   * left. Resolves when that flush has ended.
   */
  start(): Promise<void> {
    this.#listening = true;
    if (typeof globalThis.addEventListener === 'function') {
      globalThis.addEventListener('online', this.#onOnline);
      globalThis.addEventListener('pagehide', this.#onPageHide);
    }
    return this.flush();
  }

  /**
   * Removes the listeners and the wake-up timer and lets go of the send locks, so another instance
   * (the next page) may take over. Requests in flight still complete; their answers are handled.
   * Waiting `send()` promises stay pending until a later attempt by this instance settles them.
   */
  stop(): void {
    this.#listening = false;
    this.#stopped = true;
    if (typeof globalThis.removeEventListener === 'function') {
      globalThis.removeEventListener('online', this.#onOnline);
      globalThis.removeEventListener('pagehide', this.#onPageHide);
    }
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#locks.releaseAll();
  }

  // Offline retries were backed off for nothing: the connection is back, so try them all now.
  #onOnline = (): void => void this.#attemptAll(() => true, true);

  // Fire and forget: the page is going away and its ordinary requests with it. Not under the
  // send lock (it cannot be awaited here); the receiver's idempotency absorbs a double send.
  #onPageHide = (): void => {
    for (const entry of this.pending())
      if (!endpointProblem(entry.endpoint, true))
        void postEntry(entry, this.#request, true).then((outcome) => this.#settleIfDelivered(entry, outcome));
  };

  async #attemptAll(select: (entry: OutboxEntry) => boolean, rerun = false): Promise<void> {
    this.#stopped = false;
    this.#lastScan = this.#now();
    const candidates = this.#candidates();
    for (const entry of candidates) this.#known.set(entry.record.recordId, entry.nextAttemptAt);
    await Promise.all(candidates.filter(select).map((entry) => this.#attempt(entry.record.recordId, rerun)));
    this.#schedule();
  }

  /** A timer wake-up: attempts the known records that are due, without scanning storage. */
  #wake(): void {
    const now = this.#now();
    for (const [recordId, next] of this.#known)
      if (!this.#attempts.has(recordId) && this.#dueAt(recordId, next) <= now) void this.#attempt(recordId);
    this.#schedule();
  }

  /** Stored entries, plus those a `send()` here waits for whose entry another tab removed. */
  #candidates(): OutboxEntry[] {
    const stored = this.pending();
    const ids = new Set(stored.map((entry) => entry.record.recordId));
    const vanished = [...this.#waiters.values()].filter((waiter) => !ids.has(waiter.entry.record.recordId));
    return [...stored, ...vanished.map((waiter) => waiter.entry)];
  }

  #dueAt(recordId: string, nextAttemptAt: number): number {
    const now = this.#now();
    // A time further ahead than any wait we set was written by a clock that was wrong: due now.
    const next = nextAttemptAt > now + this.#bounds.max ? now : nextAttemptAt;
    return Math.max(next, this.#heldElsewhere.get(recordId) ?? 0);
  }

  /** One attempt per record at a time; a `rerun` request arriving meanwhile runs once it ended. */
  #attempt(recordId: string, rerun = false): Promise<void> {
    const running = this.#attempts.get(recordId);
    if (running) {
      if (rerun) this.#rerun.add(recordId);
      return running;
    }
    const attempt = this.#attemptOnce(recordId).finally(() => {
      this.#attempts.delete(recordId);
      if (this.#rerun.delete(recordId)) void this.#attempt(recordId);
      this.#schedule();
    });
    this.#attempts.set(recordId, attempt);
    return attempt;
  }

  async #attemptOnce(recordId: string): Promise<void> {
    let delivery: Promise<void> | undefined;
    const granted = await this.#locks.run(recordId, () => (delivery = this.#deliver(recordId)));
    await delivery; // still on the wire when stop() let go of the lock early
    // Someone else is sending it: look again later rather than at every wake-up.
    if (granted) this.#heldElsewhere.delete(recordId);
    else this.#heldElsewhere.set(recordId, this.#now() + this.#backoff.base);
  }

  async #deliver(recordId: string): Promise<void> {
    // Re-read under the lock: another tab may have delivered or rejected it meanwhile.
    const entry = this.#store.read(PENDING_PREFIX, recordId) ?? this.#restoreForWaiter(recordId);
    if (!entry) {
      this.#known.delete(recordId);
      return this.#settleFromFailed(recordId);
    }
    // Stored by an older version or by hand: kept as failed, never retried for ever.
    const url = absoluteEndpoint(entry.endpoint, globalThis.location?.href);
    if (!url || endpointProblem(url, true)) return this.#reject(entry, new OutboxError('endpoint', recordId));
    const outcome = await postEntry(entry, this.#request);
    if (outcome.kind === 'retry') this.#retryLater(entry, outcome.error, outcome.retryAfter);
    else if (outcome.kind === 'rejected') this.#reject(entry, outcome.error);
    else this.#settleIfDelivered(entry, outcome);
  }

  /**
   * Another tab delivered a record a `send()` here waits for. Its receipt went to that tab, so
   * the record is queued again: the receiver answers `duplicate` with the first receipt.
   */
  #restoreForWaiter(recordId: string): OutboxEntry | undefined {
    const waiter = this.#waiters.get(recordId);
    if (!waiter || this.#store.read(FAILED_PREFIX, recordId)) return undefined;
    this.#store.write(PENDING_PREFIX, waiter.entry);
    return waiter.entry;
  }

  #settleFromFailed(recordId: string): void {
    const rejection = this.#store.read(FAILED_PREFIX, recordId)?.rejection;
    if (rejection) this.#settle(recordId, new OutboxError('rejected', recordId, rejection.status, rejection.body));
  }

  #settleIfDelivered(entry: OutboxEntry, outcome: Outcome): void {
    if (outcome.kind !== 'delivered') return;
    this.#store.remove(PENDING_PREFIX, entry.record.recordId);
    this.#known.delete(entry.record.recordId);
    this.#emit('delivered', { record: entry.record, receipt: outcome.receipt });
    this.#settle(entry.record.recordId, outcome.receipt);
  }

  #reject(entry: OutboxEntry, error: OutboxError): void {
    const { recordId } = entry.record;
    const rejection = { status: error.status ?? 0, body: error.body ?? '' };
    this.#store.write(FAILED_PREFIX, { ...entry, attempts: entry.attempts + 1, rejection });
    this.#store.remove(PENDING_PREFIX, recordId);
    this.#known.delete(recordId);
    this.#emit('error', { record: entry.record, error, willRetry: false, attempt: entry.attempts + 1 });
    this.#settle(recordId, error);
  }

  #retryLater(entry: OutboxEntry, error: OutboxError, retryAfter: number | undefined): void {
    const attempt = entry.attempts + 1;
    const retryIn = clampDelay(retryAfter ?? backoffDelay(attempt, this.#backoff, this.#random), this.#bounds);
    // Persisted so a reload continues the schedule; skipped if another tab finished it meanwhile.
    const { recordId } = entry.record;
    if (this.#store.read(PENDING_PREFIX, recordId)) {
      const nextAttemptAt = this.#now() + retryIn;
      this.#store.write(PENDING_PREFIX, { ...entry, attempts: attempt, nextAttemptAt });
      this.#known.set(recordId, nextAttemptAt);
    } else this.#known.delete(recordId);
    this.#emit('error', { record: entry.record, error, willRetry: true, attempt, retryIn });
  }

  #settle(recordId: string, result: ConsentReceipt | OutboxError): void {
    const waiter = this.#waiters.get(recordId);
    this.#waiters.delete(recordId);
    for (const { resolve, reject } of waiter?.settlers ?? [])
      if (result instanceof OutboxError) reject(result);
      else resolve(result);
  }

  /**
   * One timer, for the earliest due entry. It runs while started, or while a `send()` here
   * waits, so a bare instance leaves nothing behind once its records are settled.
   */
  #schedule(): void {
    // Many attempts end in one turn (a backlog flushed at once): schedule once for all.
    if (this.#scheduling) return;
    this.#scheduling = true;
    queueMicrotask(() => {
      this.#scheduling = false;
      this.#scheduleNow();
    });
  }

  #scheduleNow(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#stopped || (!this.#listening && this.#waiters.size === 0)) return;
    let earliest = Infinity;
    for (const [recordId, next] of this.#known)
      if (!this.#attempts.has(recordId)) earliest = Math.min(earliest, this.#dueAt(recordId, next));
    const scanAt = this.#listening ? this.#lastScan + SCAN_INTERVAL : Infinity;
    if (Math.min(earliest, scanAt) === Infinity) return;
    // Bounded, so the timer never overflows (2^31−1 ms) into a busy loop.
    const wait = Math.min(this.#bounds.max, Math.max(0, Math.min(earliest, scanAt) - this.#now()));
    const scan = scanAt <= earliest;
    this.#timer = setTimeout(() => (scan ? void this.flush() : this.#wake()), wait);
    // A scan alone must not keep a Node process alive.
    if (scan && earliest === Infinity) (this.#timer as { unref?: () => void }).unref?.();
  }

  #warnOnce(): void {
    if (this.#warned) return;
    this.#warned = true;
    this.#emit('warning', { code: 'storage-unavailable' });
  }

  #emit<K extends keyof OutboxEventMap>(type: K, detail: OutboxEventMap[K]['detail']): void {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }
}

let shared: Outbox | undefined;

/** The page's one started outbox, created on first use, so every element delivers through it. */
export const sharedOutbox = (): Outbox => {
  if (!shared) {
    shared = new Outbox();
    void shared.start();
  }
  return shared;
};
