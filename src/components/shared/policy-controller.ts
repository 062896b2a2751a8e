import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { acceptPolicy, acceptPolicyText, loadPolicy, PolicyLoadError, type LoadedPolicy } from '../../policy/load.js';
import { inlinePolicyText } from './inline-policy.js';

export type PolicyState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly loaded: LoadedPolicy }
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
  private abort?: AbortController;
  private source: PolicySource = {};

  constructor(
    private readonly host: Host,
    private readonly onSettled: (state: PolicyState) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** The policy when ready. */
  get loaded(): LoadedPolicy | undefined {
    return this.state.status === 'ready' ? this.state.loaded : undefined;
  }

  /** Loads from the given source (call when `src` or `policy` changes, and to retry). */
  async load(source: PolicySource = this.source): Promise<void> {
    this.source = source;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.set({ status: 'loading' });
    try {
      const inline = source.policy === undefined ? inlinePolicyText(this.host) : undefined;
      const loaded =
        source.policy !== undefined
          ? await acceptPolicy(source.policy)
          : inline !== undefined
            ? await acceptPolicyText(inline)
            : source.src
              ? await loadPolicy(source.src, { signal: abort.signal })
              : undefined;
      if (abort.signal.aborted) return;
      if (!loaded) return this.set({ status: 'idle' });
      this.set({ status: 'ready', loaded });
    } catch (caught) {
      if (abort.signal.aborted) return;
      const error = caught instanceof PolicyLoadError ? caught : new PolicyLoadError('network', String(caught));
      const status = error.code === 'invalid' || error.code === 'not-json' ? 'invalid' : 'error';
      this.set({ status, error });
    }
  }

  private set(state: PolicyState): void {
    this.state = state;
    this.host.requestUpdate();
    if (state.status !== 'loading') this.onSettled(state);
  }
}
