/**
 * A failed delivery, on its own: the elements create and check it as soon as they load, while the
 * delivery code (outbox-request.ts) loads with the outbox.
 */

/**
 * Why a delivery failed. `rejected` (the receiver refused it), `endpoint` (not an http(s) URL)
 * and `insecure` (plain http across a network, refused by the elements) are final; the others
 * are retried.
 */
export type OutboxErrorCode = 'network' | 'timeout' | 'http' | 'receipt' | 'rejected' | 'endpoint' | 'insecure';

const DESCRIPTIONS: Record<OutboxErrorCode, string> = {
  network: 'network error',
  timeout: 'no answer in time',
  http: 'receiver temporarily unavailable',
  receipt: 'the answer is not a receipt for this record',
  rejected: 'receiver rejected the record',
  endpoint: 'the endpoint is not an http(s) URL',
  insecure: 'plain http to another host; use https, or opt in with allow-insecure-endpoint',
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
