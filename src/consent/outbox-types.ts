/** The outbox's options and events. */
import type { OutboxError, RetryBounds } from './outbox-request.js';
import type { StorageLike } from './outbox-store.js';
import type { ConsentReceipt, ConsentRecord } from './record.js';

/** Outbox settings; every one has a default fit for a signup page. */
export interface OutboxOptions {
  /** Where entries live. Default: `localStorage` when usable, else memory (see the `warning` event). */
  readonly storage?: StorageLike;
  /** Default: the global `fetch`, looked up at each request. */
  readonly fetch?: typeof fetch;
  /** Per request, ms; a timeout counts as a network error. Default 10000. */
  readonly timeout?: number;
  /** Retry delay = random() × min(max, base × 2^(attempt−1)), ms. Default `{ base: 1000, max: 60000 }`. */
  readonly backoff?: { readonly base: number; readonly max: number };
  /**
   * Every retry wait is clamped into these bounds, ms. Default {@link RETRY_BOUNDS}: 1 s to 1 hour.
   * Tests may shorten them; a page should not.
   */
  readonly retryBounds?: RetryBounds;
  /** Jitter source in [0, 1). Default `Math.random`. */
  readonly random?: () => number;
  /** Clock, epoch ms. Default `Date.now`. */
  readonly now?: () => number;
}

/** `delivered` event detail. */
export interface DeliveredDetail {
  readonly record: ConsentRecord;
  readonly receipt: ConsentReceipt;
}

/** `error` event detail: one failed attempt. `retryIn` (ms) is set when `willRetry`. */
export interface ErrorDetail {
  readonly record: ConsentRecord;
  readonly error: OutboxError;
  readonly willRetry: boolean;
  /** Attempts made so far, this one included. */
  readonly attempt: number;
  readonly retryIn?: number;
}

/** `warning` event detail: records are kept in memory only and are lost if the page closes first. */
export interface WarningDetail {
  readonly code: 'storage-unavailable';
}

/** Events of an {@link Outbox}, all `CustomEvent`s. */
export interface OutboxEventMap {
  delivered: CustomEvent<DeliveredDetail>;
  error: CustomEvent<ErrorDetail>;
  warning: CustomEvent<WarningDetail>;
}
