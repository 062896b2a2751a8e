/**
 * The mechanics of getting a policy: fetching with a timeout and cancellation, and turning a
 * check result into a policy or a {@link PolicyLoadError}. The check is a parameter, so an
 * element can check only what it renders and ship no more schema than that.
 */
import type { CheckResult, PolicyChecker } from './check.js';
import { parseAndCheck } from './parse-check.js';
import { PolicyLoadError } from './load-error.js';
import type { PrivacyPolicy } from './types.js';

export { PolicyLoadError, type LoadErrorCode } from './load-error.js';

/** A checked policy and where it came from. */
export interface CheckedPolicy {
  readonly policy: PrivacyPolicy;
  readonly origin: 'url' | 'inline' | 'property';
  readonly url?: string;
}

export interface LoadOptions {
  /** Cancels the request. */
  readonly signal?: AbortSignal;
  /** Milliseconds before giving up; default 10 000. */
  readonly timeout?: number;
  /** Extra request headers. */
  readonly headers?: Readonly<Record<string, string>>;
  /** A fetch implementation (tests, service workers); defaults to the global one. */
  readonly fetch?: typeof fetch;
}

/** The policy of a successful check, or the {@link PolicyLoadError} saying why not. */
export const accept = (result: CheckResult, origin: CheckedPolicy['origin'], url?: string): CheckedPolicy => {
  if (!result.valid) {
    const first = result.issues[0]!;
    const notJson = first.code === 'json.parse';
    const detail = notJson ? first.detail : `${result.issues.length} issue(s); first: ${first.path} ${first.code}`;
    throw new PolicyLoadError(notJson ? 'not-json' : 'invalid', detail, {
      ...(url ? { url } : {}),
      issues: result.issues,
    });
  }
  return { policy: result.policy, origin, ...(url ? { url } : {}) };
};

/** Fetches a policy's text and the URL it came from. Rejects with a {@link PolicyLoadError}. */
export const fetchPolicyText = async (
  url: string,
  options: LoadOptions = {},
): Promise<{ readonly text: string; readonly url: string }> => {
  const timeout = options.timeout ?? 10_000;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort('timeout'), timeout);
  const abort = () => controller.abort('aborted');
  if (options.signal?.aborted) abort();
  options.signal?.addEventListener('abort', abort, { once: true });
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  try {
    const response = await fetchImpl(url, {
      signal: controller.signal,
      headers: { accept: 'application/json', ...options.headers },
      credentials: 'same-origin',
    });
    if (!response.ok) throw new PolicyLoadError('http', `${response.status}`, { url, status: response.status });
    return { text: await response.text(), url: response.url || url };
  } catch (error) {
    if (error instanceof PolicyLoadError) throw error;
    if (controller.signal.aborted)
      throw controller.signal.reason === 'timeout'
        ? new PolicyLoadError('timeout', `${timeout} ms`, { url })
        : new PolicyLoadError('aborted', '', { url });
    throw new PolicyLoadError('network', (error as Error).message, { url });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abort);
  }
};

/** Fetches and checks a policy with `checker`. Rejects with a {@link PolicyLoadError}. */
export const fetchPolicy = async (
  url: string,
  checker: PolicyChecker,
  options: LoadOptions = {},
): Promise<CheckedPolicy> => {
  const fetched = await fetchPolicyText(url, options);
  return accept(parseAndCheck(fetched.text, checker), 'url', fetched.url);
};
