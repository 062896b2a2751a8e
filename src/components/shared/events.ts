/**
 * Every event the elements dispatch, in one place: their detail types, the `HTMLElementEventMap`
 * entries that type `addEventListener`, and `emit`. Non-native events are named `privacy-*`;
 * all bubble and are composed, so a listener on `document` hears them from any shadow root.
 */
import type { ConsentReceipt, ConsentRecord } from '../../consent/record.js';
import type { OutboxError } from '../../consent/outbox-request.js';
import type { CookieDocument } from '../../policy/cookie-document.js';
import type { PolicyLoadError } from '../../policy/load-core.js';
import type { PrivacyPolicy } from '../../policy/types.js';

/** `privacy-load`: the policy loaded and validated (all elements). */
export interface PrivacyLoadDetail {
  /**
   * The policy. Always there for the consent form and the viewer; the cookie notice has it only
   * when it was given a full policy rather than a cookie document.
   */
  readonly policy?: PrivacyPolicy;
  /** The policy's content hash (`sha256-…`). */
  readonly hash: string;
  /** The cookie notice's cookie document. */
  readonly cookies?: CookieDocument;
}

/** `privacy-error`: loading or delivery failed (all elements). */
export interface PrivacyErrorDetail {
  /** A {@link PolicyLoadError} (the policy did not load) or an {@link OutboxError} (delivery). */
  readonly error: PolicyLoadError | OutboxError | Error;
  /** Whether the element keeps trying (delivery retries with backoff). */
  readonly willRetry: boolean;
}

/** `privacy-warning`: records cannot be stored durably in this browser (consent form, cookie notice). */
export interface PrivacyWarningDetail {
  /** `storage-unavailable`: records are kept in memory only until sent, and lost if the page closes first. */
  readonly code: 'storage-unavailable';
}

/** `privacy-section`: a section scrolled into view or was opened (policy viewer). */
export interface PrivacySectionDetail {
  /** The section (or anchor) id. */
  readonly id: string;
}

/** `privacy-submit` (cancelable): a record is about to be sent (consent form). */
export interface PrivacySubmitDetail {
  readonly record: ConsentRecord;
}

/** `privacy-submitted`: the record was delivered, or built when there is no endpoint (consent form). */
export interface PrivacySubmittedDetail {
  readonly record: ConsentRecord;
  /** The receiver's receipt; `null` when there is no `endpoint` (the host delivers the record itself). */
  readonly receipt: ConsentReceipt | null;
}

/**
 * `privacy-guardian-required`: a child under the age limit agreed to the required items and asks
 * for a guardian's consent (consent form, where the policy offers it). Verify the guardian, then
 * call `completeGuardian()`.
 */
export interface PrivacyGuardianDetail {
  readonly minimumAge: number;
  readonly handling: 'not-offered' | 'guardian-consent';
  /** The draft record: the child's choices, the age not confirmed, no guardian yet. */
  readonly record: ConsentRecord;
}

/** `privacy-cookie-change`: a cookie choice was applied (cookie notice; also on `window`). */
export interface PrivacyCookieChangeDetail {
  /** Category id → allowed (necessary categories are always true). */
  readonly categories: Readonly<Record<string, boolean>>;
  /** `stored`: a previous choice applied on load; `user`: the visitor just chose. */
  readonly source: 'stored' | 'user';
  /** The record of a new choice (absent for `stored`). */
  readonly record?: ConsentRecord;
  /** The browser's Global Privacy Control signal. */
  readonly gpc: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'privacy-load': CustomEvent<PrivacyLoadDetail>;
    'privacy-error': CustomEvent<PrivacyErrorDetail>;
    'privacy-warning': CustomEvent<PrivacyWarningDetail>;
    'privacy-section': CustomEvent<PrivacySectionDetail>;
    'privacy-submit': CustomEvent<PrivacySubmitDetail>;
    'privacy-submitted': CustomEvent<PrivacySubmittedDetail>;
    'privacy-guardian-required': CustomEvent<PrivacyGuardianDetail>;
    'privacy-cookie-change': CustomEvent<PrivacyCookieChangeDetail>;
  }
  interface WindowEventMap {
    'privacy-cookie-change': CustomEvent<PrivacyCookieChangeDetail>;
  }
}

/** Dispatches a bubbling, composed event; returns false when a cancelable one was prevented. */
export const emit = <K extends keyof HTMLElementEventMap>(
  target: HTMLElement,
  type: K,
  detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
  cancelable = false,
): boolean => target.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, cancelable, detail }));

/** The policy's content hash, loaded after first render (rendering does not need it). */
export const hashOf = async (policy: PrivacyPolicy): Promise<string> =>
  (await import('../../policy/canonical.js')).policyHash(policy);
