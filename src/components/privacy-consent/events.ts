import type { PolicyLoadError } from '../../policy/load.js';
import type { PrivacyPolicy } from '../../policy/types.js';
import type { ConsentReceipt, ConsentRecord } from '../../consent/record.js';

export interface PrivacyLoadDetail {
  readonly policy: PrivacyPolicy;
  /** The policy's content hash (`sha256-…`). */
  readonly hash: string;
}

export interface PrivacySubmitDetail {
  readonly record: ConsentRecord;
}

export interface PrivacySubmittedDetail {
  readonly record: ConsentRecord;
  /** The receiver's receipt; `null` when there is no `endpoint` (the host delivers the record itself). */
  readonly receipt: ConsentReceipt | null;
}

export interface PrivacyErrorDetail {
  /** A {@link PolicyLoadError} (the policy did not load) or a delivery error. */
  readonly error: PolicyLoadError | Error;
  /** Whether the element keeps trying (delivery retries with backoff). */
  readonly willRetry: boolean;
}

export interface PrivacyGuardianDetail {
  readonly minimumAge: number;
  readonly handling: 'not-offered' | 'guardian-consent';
}

export interface PrivacyWarningDetail {
  /** `storage-unavailable`: records are kept in memory only until sent. */
  readonly code: string;
}

declare global {
  interface HTMLElementEventMap {
    'privacy-load': CustomEvent<PrivacyLoadDetail>;
    'privacy-submit': CustomEvent<PrivacySubmitDetail>;
    'privacy-submitted': CustomEvent<PrivacySubmittedDetail>;
    'privacy-error': CustomEvent<PrivacyErrorDetail>;
    'privacy-guardian-required': CustomEvent<PrivacyGuardianDetail>;
    'privacy-warning': CustomEvent<PrivacyWarningDetail>;
  }
}

/** Dispatches a bubbling, composed event; returns false when a cancelable one was prevented. */
export const emit = <K extends keyof HTMLElementEventMap>(
  target: HTMLElement,
  type: K,
  detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
  cancelable = false,
): boolean => target.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, cancelable, detail }));
