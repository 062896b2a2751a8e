/**
 * Getting a policy from wherever the host keeps it: a URL, the text of an inline
 * `<script type="application/json">`, or an object set as a property. Every path ends in
 * validation, so a renderer only ever receives a valid, frozen policy, and its hash.
 */
import { policyHash } from './canonical.js';
import { checkPolicy, checkPolicyJson } from './check.js';
import { accept, fetchPolicy, type CheckedPolicy, type LoadOptions } from './load-core.js';

export { PolicyLoadError, type LoadErrorCode, type LoadOptions, type CheckedPolicy } from './load-core.js';

export interface LoadedPolicy extends CheckedPolicy {
  /** `sha256-…` content hash (see {@link policyHash}). */
  readonly hash: string;
}

const withHash = async (checked: CheckedPolicy): Promise<LoadedPolicy> => ({
  ...checked,
  hash: await policyHash(checked.policy),
});

/** Validates a policy given as an object (e.g. an element's `policy` property). */
export const acceptPolicy = async (value: unknown): Promise<LoadedPolicy> =>
  withHash(accept(checkPolicy(value), 'property'));

/** Validates a policy given as JSON text (e.g. an inline `<script type="application/json">`). */
export const acceptPolicyText = async (text: string): Promise<LoadedPolicy> =>
  withHash(accept(checkPolicyJson(text), 'inline'));

/** Fetches, parses and validates a policy. Rejects with a {@link PolicyLoadError}. */
export const loadPolicy = async (url: string, options: LoadOptions = {}): Promise<LoadedPolicy> =>
  withHash(await fetchPolicy(url, checkPolicy, options));
