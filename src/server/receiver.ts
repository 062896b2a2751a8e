/**
 * The reference receiver: an HTTP handler that takes a posted consent record, checks it, and
 * appends it to a store, answering with a receipt. Works with node:http, Express and Connect
 * (Vite's dev server), e.g. `server.middlewares.use('/api/consent', createConsentReceiver(…))`.
 *
 * Beside the POST it answers `GET …/state?subject=` and `GET …/history?subject=` (a member's
 * consent as it stands, and every record of theirs), only when the host's `authorize` hook
 * allows that request to read that subject; and, when the host opts in with `cors`, the CORS
 * headers and preflight for the origins it lists. It keeps nothing in memory between requests:
 * any number of receivers may share one store.
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

/** Cross-origin access for pages on other origins (off unless given). */
export interface CorsOptions {
  /** Exact origins allowed, e.g. `https://shop.example`; no wildcards. */
  readonly origins: readonly string[];
  /** Allow cookies and HTTP authentication (`Access-Control-Allow-Credentials`), e.g. for the state endpoint. */
  readonly credentials?: boolean;
  /** Request headers a page may send (default `Content-Type`, `Idempotency-Key`, `Authorization`). */
  readonly headers?: readonly string[];
  /** How long a browser may cache a preflight answer, in seconds (default 600). */
  readonly maxAge?: number;
}

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
  /**
   * Decides whether a request may read a subject's state or history (`GET …/state?subject=`,
   * `GET …/history?subject=`), e.g. from its session: the signed-in member themself, or staff.
   * Without it both answer 403: consent records are never readable by default.
   */
  readonly authorize?: (req: IncomingMessage, subject: string) => boolean | Promise<boolean>;
  /** CORS for the origins listed; without it there are no CORS headers and OPTIONS is refused (405). */
  readonly cors?: CorsOptions;
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

/** The read endpoints, by the last segment of the path. */
type Read = 'state' | 'history';

const requestUrl = (req: IncomingMessage): URL => new URL(req.url ?? '/', 'http://receiver.invalid');

const readOf = (url: URL): Read | undefined => {
  const last = url.pathname.replace(/\/+$/, '').split('/').at(-1);
  return last === 'state' || last === 'history' ? last : undefined;
};

const DEFAULT_CORS_HEADERS = ['Content-Type', 'Idempotency-Key', 'Authorization'];

/** Sets the CORS headers of an allowed origin; returns whether the request came from one. */
const applyCors = (req: IncomingMessage, res: ServerResponse, cors: CorsOptions | undefined): boolean => {
  if (!cors) return false;
  res.setHeader('Vary', 'Origin');
  const origin = req.headers.origin;
  if (!origin || !cors.origins.includes(origin)) return false;
  res.setHeader('Access-Control-Allow-Origin', origin);
  if (cors.credentials) res.setHeader('Access-Control-Allow-Credentials', 'true');
  // The outbox honours Retry-After on 429 and 503.
  res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
  return true;
};

/** Answers a preflight (CORS on): 204 for a listed origin, 403 for another. */
const preflight = (req: IncomingMessage, res: ServerResponse, cors: CorsOptions, allowed: boolean): void => {
  if (req.headers.origin && !allowed)
    throw new ReceiverError(403, 'origin-not-allowed', `Origin ${req.headers.origin} is not allowed`);
  res.statusCode = 204;
  res.setHeader('Allow', 'GET, POST, OPTIONS');
  if (allowed) {
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
    res.setHeader('Access-Control-Allow-Headers', (cors.headers ?? DEFAULT_CORS_HEADERS).join(', '));
    res.setHeader('Access-Control-Max-Age', String(cors.maxAge ?? 600));
  }
  res.end();
};

const SUBJECT_MAX = 256;

/** `GET …/state?subject=` and `GET …/history?subject=`, behind the host's authorize hook. */
const answerRead = async (
  read: Read,
  url: URL,
  req: IncomingMessage,
  res: ServerResponse,
  store: ConsentStore,
  authorize: ConsentReceiverOptions['authorize'],
): Promise<void> => {
  if (req.method !== 'GET')
    throw new ReceiverError(
      405,
      'method-not-allowed',
      `The ${read} of a subject is read with GET`,
      {},
      { Allow: 'GET' },
    );
  const subject = url.searchParams.get('subject');
  if (!subject || subject.length > SUBJECT_MAX)
    throw new ReceiverError(400, 'invalid-subject', `Name the subject: ?subject= (1 to ${SUBJECT_MAX} characters)`);
  if (!authorize)
    throw new ReceiverError(403, 'forbidden', 'Reading consent needs the host’s authorize hook; none is configured');
  if (!(await authorize(req, subject)))
    throw new ReceiverError(403, 'forbidden', `This request may not read the ${read} of that subject`);
  if (read === 'state') return sendJson(res, 200, await store.state(subject));
  sendJson(res, 200, { subject, records: await store.history(subject) });
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
 * Creates the receiver. Answers a POST: 201 with the receipt for a new record; 200 with the
 * first receipt (`status: 'duplicate'`) for a recordId stored before, whatever the body; 4xx
 * with `{ error: { code, message, path? } }` for a refusal (codes: `ReceiverErrorCode`). Answers
 * `GET …/state` and `GET …/history` as `authorize` allows, and CORS as `cors` allows.
 */
export const createConsentReceiver = ({
  policies,
  store,
  maxBytes = 64 * 1024,
  now = () => new Date(),
  onStored,
  clientInfo,
  authorize,
  cors,
}: ConsentReceiverOptions): ConsentReceiver => {
  const lookup = policyLookup(policies);
  return async (req, res, next) => {
    try {
      const allowedOrigin = applyCors(req, res, cors);
      if (cors && req.method === 'OPTIONS') return preflight(req, res, cors, allowedOrigin);
      const url = requestUrl(req);
      const read = readOf(url);
      if (read) return await answerRead(read, url, req, res, store, authorize);
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
      const appended = await store.append(entry);
      // A concurrent request with the same id (in this process or another) won since our get.
      if (appended.status === 'duplicate') return sendJson(res, 200, duplicateOf(appended.entry));
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
