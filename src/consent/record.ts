/**
 * The consent record: proof of what a person decided, bound to the exact policy document
 * (id, version, content hash) that was shown. Every item the form showed is recorded,
 * refusals included (`granted: false`); items processed without consent are recorded as
 * notices shown. The record never says "all": each item carries its own decision.
 */
import type { ConsentCategory, LegalBasis } from '../policy/types.js';

export const RECORD_SCHEMA = 'privacy-consent/record@1';

/** How the decisions were expressed (Decree 17(2)): the signup form or the cookie notice. */
export type ConsentMethod = 'web_form' | 'cookie_notice';

/**
 * What a record does (issue 13). `grant` is the signup (and the default when a record has no
 * `event`, so records made before events existed stay valid); `change` changes decisions on
 * optional items from an account page; `withdraw` withdraws consent (PIPA 37(1)): withdrawing a
 * required item means leaving the service; `reconsent` consents again to a changed document;
 * `reconfirm` answers the two-yearly reconfirmation of advertising consent (Network Act 50(8)).
 */
export type ConsentEvent = 'grant' | 'change' | 'withdraw' | 'reconsent' | 'reconfirm';

/** Every {@link ConsentEvent}, in the order above. */
export const CONSENT_EVENTS: readonly ConsentEvent[] = ['grant', 'change', 'withdraw', 'reconsent', 'reconfirm'];

/** How a guardian's consent for a child under 14 was verified (PIPA 22-2(1), Decree 17-2). */
export type GuardianMethod = 'mobile' | 'card' | 'ipin' | 'document' | 'other';

/**
 * The legal guardian's consent for a child under the age limit (PIPA 22-2(1)). Only the
 * guardian's name and contact may be collected from the child to obtain it (PIPA 22-2(2)).
 */
export interface GuardianConsent {
  /** How the guardian was verified: mobile phone, card, i-PIN, a signed document, or otherwise. */
  readonly method: GuardianMethod;
  /** When the verification succeeded, ISO 8601. */
  readonly verifiedAt: string;
  readonly name?: string;
  /** The guardian's phone number or e-mail address. */
  readonly contact?: string;
}

export interface ChannelDecision {
  /** Channel id from the policy, e.g. `sms`, `email`. */
  readonly id: string;
  readonly granted: boolean;
  /** Consent to advertising at night (21:00–08:00) on this channel (Network Act 50(3)). */
  readonly night: boolean;
}

export interface ItemDecision {
  readonly id: string;
  readonly category: ConsentCategory | 'cookies';
  readonly required: boolean;
  readonly basis: LegalBasis;
  readonly granted: boolean;
  /** Advertising receipt: one decision per channel. */
  readonly channels?: readonly ChannelDecision[];
  /** Terms items: which version of the document was shown (and accepted or refused). */
  readonly document?: DocumentVersion;
}

/** The version of a terms document a record decides on, as the policy gives it. */
export interface DocumentVersion {
  /** The document's `version`. */
  readonly version: string;
  /** For inline text: `sha256-…` of its canonical JSON (`contentHash(document.text)`), so the words are provable too. */
  readonly hash?: string;
}

export interface ConsentRecord {
  readonly schema: typeof RECORD_SCHEMA;
  /** UUID; also the idempotency key of its delivery. */
  readonly recordId: string;
  readonly policy: {
    readonly id: string;
    readonly version: string;
    readonly effectiveOn?: string;
    /** `sha256-…` of the policy document shown. */
    readonly hash: string;
    readonly url?: string;
  };
  /** The host's pseudonymous user id, if it gave one. Never a resident registration number. */
  readonly subject?: string;
  readonly jurisdiction: 'KR';
  /** The UI language the person read, e.g. `ko`. */
  readonly locale: string;
  /** When the person submitted, client clock, ISO 8601 with offset, e.g. `2026-11-22T10:15:00.000+09:00`. */
  readonly clientTime: string;
  readonly method: ConsentMethod;
  /** What the record does; absent means `grant`. */
  readonly event?: ConsentEvent;
  readonly page?: { readonly origin: string; readonly path: string };
  /** The browser's Global Privacy Control signal at the time. Recorded, never used to grant. */
  readonly gpc: boolean;
  /** The age confirmation (만 14세 이상), when the policy sets an age limit. */
  readonly age?: { readonly minimumAge: number; readonly confirmed: boolean };
  /** The guardian's verified consent, for a child under the age limit (the age not confirmed). */
  readonly guardian?: GuardianConsent;
  /**
   * Who sends the advertising, as the confirmation after the decision names them (Network Act
   * 50(7): the sender's name, the date and the result): the controller's name in the record's
   * `locale`. Present on a record that decides an `ad-receipt` item.
   */
  readonly sender?: string;
  readonly items: readonly ItemDecision[];
  /** Items processed without consent whose notice was shown (burden of proof, PIPA 22(3)). */
  readonly notices: readonly { readonly id: string; readonly basis: LegalBasis }[];
}

/** What the receiver answers for a stored record. */
export interface ConsentReceipt {
  readonly recordId: string;
  /** Server time of storage, ISO 8601. */
  readonly receivedAt: string;
  /** `duplicate` when the same recordId was stored before; the first receipt is returned. */
  readonly status: 'stored' | 'duplicate';
}

// Apart, so the signup form's first load does not carry what only building a record needs.
export { newRecordId } from './record-id.js';

const pad = (value: number, length = 2) => String(Math.abs(value)).padStart(length, '0');

/** ISO 8601 local time with its UTC offset (`…+09:00`), so the record shows the person's clock. */
export const localIsoTime = (date: Date): string => {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
};
