/** Why a policy could not be loaded: a module of its own, so an element can name a failure without the loader. */
import type { CheckIssue } from './issues.js';

export type LoadErrorCode = 'network' | 'timeout' | 'aborted' | 'http' | 'not-json' | 'invalid';

const DESCRIPTIONS: Record<LoadErrorCode, string> = {
  network: 'Could not load the policy (network error)',
  timeout: 'The policy did not load in time',
  aborted: 'Loading the policy was cancelled',
  http: 'Could not load the policy (HTTP error)',
  'not-json': 'The policy file is not JSON',
  invalid: 'The policy document is invalid',
};

/**
 * Why a policy could not be loaded. `code` is stable (elements show their own localized
 * text for it); `issues` lists validation problems when `code` is `invalid` or `not-json`.
 */
export class PolicyLoadError extends Error {
  override readonly name = 'PolicyLoadError';

  constructor(
    readonly code: LoadErrorCode,
    detail: string,
    readonly details: { readonly url?: string; readonly status?: number; readonly issues?: readonly CheckIssue[] } = {},
  ) {
    super(`${DESCRIPTIONS[code]}${detail ? `: ${detail}` : ''}`);
  }

  /** HTTP status, when the server answered. */
  get status(): number | undefined {
    return this.details.status;
  }

  /** Validation issues (codes and paths; `describeIssue` adds messages). */
  get issues(): readonly CheckIssue[] {
    return this.details.issues ?? [];
  }
}

/** A failure as a {@link PolicyLoadError}: anything that is not one already is a network error. */
export const asLoadError = (caught: unknown): PolicyLoadError =>
  caught instanceof PolicyLoadError ? caught : new PolicyLoadError('network', String(caught));
