/**
 * The receiver's refusals: an HTTP status, a stable code a client can branch on, an English
 * message for people reading logs, and where in the record the problem is.
 */

/** Stable error codes of the receiver; they never change meaning. */
export type ReceiverErrorCode =
  | 'method-not-allowed'
  | 'unsupported-media-type'
  | 'payload-too-large'
  | 'invalid-json'
  | 'invalid-record'
  | 'idempotency-key-mismatch'
  | 'unknown-policy'
  | 'policy-hash-mismatch'
  | 'items-mismatch'
  | 'document-mismatch'
  | 'required-not-granted'
  | 'age-not-confirmed'
  | 'guardian-not-offered'
  | 'event-mismatch'
  | 'forbidden'
  | 'invalid-subject'
  | 'not-found'
  | 'origin-not-allowed'
  | 'internal-error';

/** The JSON body of every refusal: `{ "error": { code, message, path?, ids? } }`. */
export interface ReceiverErrorBody {
  readonly error: {
    readonly code: ReceiverErrorCode;
    readonly message: string;
    /** JSON path into the posted record, e.g. `$.items[2].required`. */
    readonly path?: string;
    /** The item ids concerned (`required-not-granted`). */
    readonly ids?: readonly string[];
  };
}

/** A refusal thrown inside the receiver and answered as {@link ReceiverErrorBody}. */
export class ReceiverError extends Error {
  constructor(
    readonly status: number,
    readonly code: ReceiverErrorCode,
    message: string,
    readonly details: { readonly path?: string; readonly ids?: readonly string[] } = {},
    /** Extra response headers, e.g. `Allow` for 405. */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'ReceiverError';
  }

  /** The response body. */
  toBody(): ReceiverErrorBody {
    return { error: { code: this.code, message: this.message, ...this.details } };
  }
}
