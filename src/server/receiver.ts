/**
 * The reference receiver: an HTTP handler that takes a posted consent record, checks it, and
 * appends it to a store, answering with a receipt. Works with node:http, Express and Connect
 * (Vite's dev server), e.g. `server.middlewares.use('/api/consent', createConsentReceiver(…))`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ConsentRecord } from '../consent/record.js';
import { reconfirmDue } from '../consent/reconfirm.js';
import { ReceiverError } from './errors.js';
import { policyLookup, type PolicySource } from './known-policies.js';
import { checkRecordAgainstPolicy } from './policy-checks.js';
import { parseRecord } from './record-schema.js';
import { assertJsonContentType, readJsonBody, sendTooLarge } from './request-body.js';
import { sendJson } from './respond.js';
import { storedReceipt, type ClientInfo, type ConsentStore, type StoredConsent } from './store.js';

/** Options of {@link createConsentReceiver}. */
export interface ConsentReceiverOptions {
  /** The policy documents records may be made under, with their hashes, or a lookup. */
  readonly policies: PolicySource;
  readonly store: ConsentStore;
  /** Largest accepted body in bytes (default 64 KiB; a real record is a few KiB). */
  readonly maxBytes?: number;
  /** The server clock, for `receivedAt` and the reconfirmation dates (default: the system clock). */
  readonly now?: () => Date;
  /**
   * Called once per newly stored record, before the 201 answer (not for duplicates). If it
   * throws, the record stays stored and the request fails; the client's retry then gets
   * the `duplicate` receipt, so a side effect here must not be the only copy of anything.
   */
  readonly onStored?: (entry: StoredConsent) => void | Promise<void>;
  /**
   * Who sent the record, stored with it. Off by default: turn it on only when the policy
   * lists these items (PIPA 15, 22(1)); {@link connectionClientInfo} reads the socket.
   */
  readonly clientInfo?: (req: IncomingMessage) => ClientInfo | undefined;
}

/** A Node/Express/Connect request handler; errors it does not answer itself go to `next`. */
export type ConsentReceiver = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => Promise<void>;

/** The sender's IP address and user agent, as the connection shows them (no proxy headers). */
export const connectionClientInfo = (req: IncomingMessage): ClientInfo => ({
  ...(req.socket.remoteAddress ? { ip: req.socket.remoteAddress } : {}),
  ...(req.headers['user-agent'] ? { userAgent: req.headers['user-agent'] } : {}),
});

const assertPost = (req: IncomingMessage): void => {
  if (req.method !== 'POST')
    throw new ReceiverError(405, 'method-not-allowed', 'Consent records are sent with POST', {}, { Allow: 'POST' });
};

/** The record id is the idempotency key; a different key means the client mixed up two requests. */
const assertIdempotencyKey = (req: IncomingMessage, record: ConsentRecord): void => {
  const key = req.headers['idempotency-key'];
  if (key !== undefined && key !== record.recordId)
    throw new ReceiverError(400, 'idempotency-key-mismatch', 'The Idempotency-Key header must equal recordId', {
      path: '$.recordId',
    });
};

const readRecord = async (req: IncomingMessage, maxBytes: number): Promise<ConsentRecord> => {
  assertPost(req);
  assertJsonContentType(req);
  const parsed = parseRecord(await readJsonBody(req, maxBytes));
  if (!parsed.ok) throw new ReceiverError(400, 'invalid-record', parsed.message, { path: parsed.path });
  assertIdempotencyKey(req, parsed.record);
  return parsed.record;
};

const duplicateOf = (first: StoredConsent) => ({ ...first.receipt, status: 'duplicate' as const });

/**
 * Creates the receiver. Answers: 201 with the receipt for a new record; 200 with the first
 * receipt (`status: 'duplicate'`) for a recordId stored before, whatever the body; 4xx with
 * `{ error: { code, message, path? } }` for a refusal (codes: `ReceiverErrorCode`).
 */
export const createConsentReceiver = ({
  policies,
  store,
  maxBytes = 64 * 1024,
  now = () => new Date(),
  onStored,
  clientInfo,
}: ConsentReceiverOptions): ConsentReceiver => {
  const lookup = policyLookup(policies);
  return async (req, res, next) => {
    try {
      const record = await readRecord(req, maxBytes);
      // A retry is answered before the policy checks: the policy may have been retired since.
      const earlier = await store.get(record.recordId);
      if (earlier) return sendJson(res, 200, duplicateOf(earlier));
      checkRecordAgainstPolicy(record, await lookup(record.policy.id, record.policy.version));
      const receivedAt = now().toISOString();
      const client = clientInfo?.(req);
      // From the receiver's clock, not the browser's: the evidence must not depend on it.
      const reconfirmDueAt = reconfirmDue(record, receivedAt);
      const entry: StoredConsent = {
        record,
        receipt: storedReceipt(record.recordId, receivedAt),
        receivedAt,
        ...(reconfirmDueAt.length ? { reconfirmDueAt } : {}),
        ...(client ? { client } : {}),
      };
      if ((await store.insert(entry)) === 'duplicate') {
        // A concurrent request with the same id won between our get and insert.
        const first = await store.get(record.recordId);
        return sendJson(res, 200, duplicateOf(first ?? entry));
      }
      await onStored?.(entry);
      sendJson(res, 201, entry.receipt);
    } catch (error) {
      if (error instanceof ReceiverError)
        return error.code === 'payload-too-large'
          ? sendTooLarge(req, res, error)
          : sendJson(res, error.status, error.toBody(), error.headers);
      if (next) return next(error);
      sendJson(res, 500, {
        error: { code: 'internal-error', message: 'The record could not be stored; retry with the same recordId' },
      });
    }
  };
};
