/**
 * One delivery attempt of an outbox entry, and what it means: delivered, retry later, or rejected.
 */
import type { OutboxEntry } from './outbox-store.js';
import type { ConsentReceipt } from './record.js';

/** Why a delivery failed. Only `rejected` is final; the others are retried. */
export type OutboxErrorCode = 'network' | 'timeout' | 'http' | 'rejected';

const DESCRIPTIONS: Record<OutboxErrorCode, string> = {
  network: 'network error',
  timeout: 'no answer in time',
  http: 'receiver temporarily unavailable',
  rejected: 'receiver rejected the record',
};

/** A failed delivery. `status` and `body` are set when the receiver answered. */
export class OutboxError extends Error {
  override readonly name = 'OutboxError';

  constructor(
    readonly code: OutboxErrorCode,
    readonly recordId: string,
    readonly status?: number,
    readonly body?: string,
  ) {
    super(`${DESCRIPTIONS[code]}${status ? ` (HTTP ${status})` : ''}: ${recordId}`);
  }
}

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

/** The receiver's receipt, or one made up from our clock when it answered 2xx without one. */
export const parseReceipt = (text: string, recordId: string, now: number): ConsentReceipt => {
  try {
    const value: unknown = JSON.parse(text);
    if (isReceiptFor(value, recordId)) return value;
  } catch {
    // Not JSON: the receiver stored it but did not say how; a 2xx is proof enough.
  }
  return { recordId, receivedAt: new Date(now).toISOString(), status: 'stored' };
};

const outcomeOf = (response: Response, body: string, recordId: string, now: number): Outcome => {
  const { status } = response;
  if (response.ok) return { kind: 'delivered', receipt: parseReceipt(body, recordId, now) };
  const text = body.slice(0, MAX_BODY);
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
