import type { ConsentReceipt, ConsentRecord } from '../../consent/record.js';

export interface PrivacySubmitDetail {
  readonly record: ConsentRecord;
}

export interface PrivacySubmittedDetail {
  readonly record: ConsentRecord;
  /** The receiver's receipt; `null` when there is no `endpoint` (the host delivers the record itself). */
  readonly receipt: ConsentReceipt | null;
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
    'privacy-submit': CustomEvent<PrivacySubmitDetail>;
    'privacy-submitted': CustomEvent<PrivacySubmittedDetail>;
    'privacy-guardian-required': CustomEvent<PrivacyGuardianDetail>;
    'privacy-warning': CustomEvent<PrivacyWarningDetail>;
  }
}

export { emit, type PrivacyErrorDetail, type PrivacyLoadDetail } from '../shared/events.js';
