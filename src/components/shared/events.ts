import type { PolicyLoadError } from '../../policy/load-core.js';
import type { PrivacyPolicy } from '../../policy/types.js';

export interface PrivacyLoadDetail {
  readonly policy: PrivacyPolicy;
  /** The policy's content hash (`sha256-…`). */
  readonly hash: string;
}

export interface PrivacyErrorDetail {
  /** A {@link PolicyLoadError} (the policy did not load) or a delivery error. */
  readonly error: PolicyLoadError | Error;
  /** Whether the element keeps trying (delivery retries with backoff). */
  readonly willRetry: boolean;
}

export interface PrivacySectionDetail {
  /** The section (or anchor) id. */
  readonly id: string;
}

declare global {
  interface HTMLElementEventMap {
    'privacy-load': CustomEvent<PrivacyLoadDetail>;
    'privacy-error': CustomEvent<PrivacyErrorDetail>;
    'privacy-section': CustomEvent<PrivacySectionDetail>;
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
