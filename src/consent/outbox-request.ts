/**
 * One delivery attempt of an outbox entry, and what it means: delivered, retry later, or rejected.
 */
import type { OutboxEntry } from './outbox-store.js';
import { OutboxError } from './outbox-error.js';
import type { ConsentReceipt } from './record.js';

// Re-exported where it always was; it lives apart so the elements' first load carries the error
// class and not the delivery code (which loads with the outbox).
export { OutboxError, type OutboxErrorCode } from './outbox-error.js';

/** The result of one attempt. */
export type Outcome =
  | { readonly kind: 'delivered'; readonly receipt: ConsentReceipt }
  | { readonly kind: 'retry'; readonly error: OutboxError; readonly retryAfter?: number }
  | { readonly kind: 'rejected'; readonly error: OutboxError };

/** What an attempt needs from the outbox's options. */
export interface RequestSettings {
  readonly fetch: typeof fetch;
  readonly timeout: number;
  readonly now: () => number;
}

// Enough of an error page to diagnose, small enough to keep in localStorage with the entry.
const MAX_BODY = 4096;

const isRetryable = (status: number) => status === 408 || status === 429 || status >= 500;

/**
 * Every wait before a retry lies in these bounds, whatever the backoff or a `Retry-After` says:
 * at least 1 s (a `Retry-After: 0` must not cause a request storm) and at most 1 hour (a record
 * must not be parked for weeks, and timers overflow past 2^31−1 ms).
 */
export const RETRY_BOUNDS = { min: 1000, max: 3_600_000 } as const;

export interface RetryBounds {
  readonly min: number;
  readonly max: number;
}

/** A wait clamped into the bounds; anything unreadable counts as the minimum. */
export const clampDelay = (ms: number, bounds: RetryBounds = RETRY_BOUNDS): number =>
  Number.isFinite(ms) ? Math.min(bounds.max, Math.max(bounds.min, ms)) : bounds.min;

/** `Retry-After` in ms: delay-seconds or an HTTP date; undefined when absent or unreadable. */
export const retryAfterMs = (value: string | null, now: number): number | undefined => {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
};

/** Exponential backoff with full jitter: spreads retries of many clients after an outage. */
export const backoffDelay = (attempt: number, backoff: { base: number; max: number }, random: () => number) =>
  random() * Math.min(backoff.max, backoff.base * 2 ** (attempt - 1));

const isReceiptFor = (value: unknown, recordId: string): value is ConsentReceipt => {
  const receipt = value as Partial<ConsentReceipt> | null;
  return (
    receipt?.recordId === recordId &&
    typeof receipt.receivedAt === 'string' &&
    (receipt.status === 'stored' || receipt.status === 'duplicate')
  );
};

/**
 * The receiver's receipt for this record, or undefined. Only a JSON receipt naming this
 * recordId proves delivery: a 200 HTML page (an SPA fallback, a captive portal, a wrong route)
 * or a receipt for another record means nothing was stored.
 */
export const parseReceipt = (text: string, recordId: string): ConsentReceipt | undefined => {
  try {
    const value: unknown = JSON.parse(text);
    return isReceiptFor(value, recordId) ? { recordId, receivedAt: value.receivedAt, status: value.status } : undefined;
  } catch {
    return undefined;
  }
};

const outcomeOf = (response: Response, body: string, recordId: string, now: number): Outcome => {
  const { status } = response;
  const text = body.slice(0, MAX_BODY);
  if (response.ok) {
    const receipt = parseReceipt(body, recordId);
    // Kept and retried: a captive portal goes away, a misrouted endpoint shows up as errors.
    if (!receipt) return { kind: 'retry', error: new OutboxError('receipt', recordId, status, text) };
    return { kind: 'delivered', receipt };
  }
  if (!isRetryable(status)) return { kind: 'rejected', error: new OutboxError('rejected', recordId, status, text) };
  const honoured =
    status === 429 || status === 503 ? retryAfterMs(response.headers.get('retry-after'), now) : undefined;
  return {
    kind: 'retry',
    error: new OutboxError('http', recordId, status, text),
    ...(honoured === undefined ? {} : { retryAfter: honoured }),
  };
};

/** POSTs an entry once. Never throws: network errors and timeouts come back as `retry`. */
export const postEntry = async (entry: OutboxEntry, settings: RequestSettings, keepalive = false): Promise<Outcome> => {
  const { recordId } = entry.record;
  const headers = new Headers(entry.headers);
  headers.set('content-type', 'application/json');
  headers.set('idempotency-key', recordId);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.timeout);
  try {
    const response = await settings.fetch(entry.endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify(entry.record),
      credentials: 'same-origin',
      signal: controller.signal,
      ...(keepalive ? { keepalive } : {}),
    });
    // The body is read under the same timeout: a stalled answer is no answer.
    return outcomeOf(response, await response.text(), recordId, settings.now());
  } catch (error) {
    const code = controller.signal.aborted ? 'timeout' : 'network';
    return { kind: 'retry', error: Object.assign(new OutboxError(code, recordId), { cause: error }) };
  } finally {
    clearTimeout(timer);
  }
};
