import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PolicyChecker } from '../../policy/check.js';
import type { PolicyIssue } from '../../policy/issues.js';
import { accept, fetchPolicyText, PolicyLoadError, type CheckedPolicy } from '../../policy/load-core.js';
import { parseAndCheck } from '../../policy/parse-check.js';
import { inlinePolicyText } from './inline-policy.js';

export type PolicyState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly loaded: CheckedPolicy }
  /** Could not fetch it (network, timeout, HTTP error). */
  | { readonly status: 'error'; readonly error: PolicyLoadError }
  /** Got it, but it is not a valid policy (not JSON, or schema errors). */
  | { readonly status: 'invalid'; readonly error: PolicyLoadError };

export interface PolicySource {
  /** A policy object set as a property; wins over everything else. */
  readonly policy?: unknown;
  /** A URL to fetch. */
  readonly src?: string;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Gets the host its policy from a property, an inline `<script type="application/json">`
 * child, or `src`, in that order, and tracks the state for rendering. A newer request
 * aborts an older one, so a quickly changed `src` never shows a stale policy.
 */
export class PolicyController implements ReactiveController {
  state: PolicyState = { status: 'idle' };
  /** The issues of an invalid policy with their ko/en messages (loaded only when needed). */
  described: readonly PolicyIssue[] = [];
  private abort?: AbortController;
  private source: PolicySource = {};
  private requested?: PolicySource;
  private childWatch?: MutationObserver;

  constructor(
    private readonly host: Host,
    /**
     * Loads what the element checks (the whole policy, or the part it renders): a dynamic
     * import, so the schema stays out of the first load and arrives while the policy does.
     */
    private readonly loadChecker: () => Promise<PolicyChecker>,
    private readonly onSettled: (state: PolicyState) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.childWatch?.disconnect();
    this.childWatch = undefined;
  }

  /** The policy when ready. */
  get loaded(): CheckedPolicy | undefined {
    return this.state.status === 'ready' ? this.state.loaded : undefined;
  }

  /**
   * Loads from `source` unless the same `src` and `policy` were already requested, so
   * elements can call this from every lifecycle point that might have changed them.
   */
  request(source: PolicySource): void {
    if (this.requested && this.requested.src === source.src && this.requested.policy === source.policy) return;
    this.requested = { src: source.src, policy: source.policy };
    void this.load(this.requested);
  }

  /** Loads from the given source (and retries: without an argument, the last one). */
  async load(source: PolicySource = this.source): Promise<void> {
    this.source = source;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.set({ status: 'loading' });
    try {
      // Settle asynchronously even for a property or inline policy, so a host can attach its
      // privacy-load / privacy-error listeners right after inserting the element.
      await Promise.resolve();
      const inline = source.policy === undefined ? inlinePolicyText(this.host) : undefined;
      const has = source.policy !== undefined || inline !== undefined || !!source.src;
      const checker = has ? this.loadChecker() : undefined;
      // Rejections surface below when awaited; this keeps an aborted load's from going unhandled.
      checker?.catch(() => undefined);
      const loaded =
        source.policy !== undefined
          ? accept((await checker!)(source.policy), 'property')
          : inline !== undefined
            ? accept(parseAndCheck(inline, await checker!), 'inline')
            : source.src
              ? await this.fetch(source.src, checker!, abort.signal)
              : undefined;
      if (abort.signal.aborted) return;
      if (!loaded) return this.awaitInline();
      this.set({ status: 'ready', loaded });
    } catch (caught) {
      if (abort.signal.aborted) return;
      const error = caught instanceof PolicyLoadError ? caught : new PolicyLoadError('network', String(caught));
      const status = error.code === 'invalid' || error.code === 'not-json' ? 'invalid' : 'error';
      this.set({ status, error });
    }
  }

  /** Fetches while the checker loads, then checks. */
  private async fetch(src: string, checker: Promise<PolicyChecker>, signal: AbortSignal): Promise<CheckedPolicy> {
    const fetched = await fetchPolicyText(src, { signal });
    return accept(parseAndCheck(fetched.text, await checker), 'url', fetched.url);
  }

  /**
   * No source yet. An element upgraded while the parser is still creating it (the script-tag
   * build in <head>) connects before its inline JSON child exists, and a large child may be
   * parsed in several chunks: while the document is loading, wait for it to be parsed; after
   * that, load when a JSON child is inserted.
   */
  private awaitInline(): void {
    this.set({ status: 'idle' });
    if (this.childWatch) return;
    const retry = () => {
      if (document.readyState === 'loading' || inlinePolicyText(this.host) === undefined) return;
      this.childWatch?.disconnect();
      this.childWatch = undefined;
      void this.load();
    };
    this.childWatch = new MutationObserver(retry);
    this.childWatch.observe(this.host, { childList: true, subtree: true, characterData: true });
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', retry, { once: true });
  }

  private set(state: PolicyState): void {
    this.state = state;
    this.described = [];
    if (state.status === 'invalid' && state.error.issues.length)
      // Without the messages (their module failed to download) the codes and paths still show.
      import('../../policy/messages.js').then(
        ({ describeIssue }) => {
          if (this.state !== state) return;
          this.described = state.error.issues.map(describeIssue);
          this.host.requestUpdate();
        },
        () => undefined,
      );
    this.host.requestUpdate();
    if (state.status !== 'loading') this.onSettled(state);
  }
}
