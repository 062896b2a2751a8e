/**
 * Gets the notice its cookie document from a `policy` property, an inline
 * `<script type="application/json">` child, or `src`, in that order. A cookie document (what
 * `privacy-consent cookies` prints) is used as it is: the banner needs nothing else. A full
 * policy still works: the code that checks it and derives its cookie document loads only then,
 * as does everything that explains a failure.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isCookieDocument, type CookieDocument } from '../../policy/cookie-document.js';
import type { PolicyLoadError } from '../../policy/load-error.js';
import type { PrivacyPolicy } from '../../policy/types.js';
import { inlinePolicyText } from '../shared/inline-policy.js';

export type CookieSourceState =
  | { readonly status: 'idle' | 'loading' }
  /** `policy`: the full policy, when one was given instead of a cookie document. */
  | { readonly status: 'ready'; readonly cookies: CookieDocument; readonly policy?: PrivacyPolicy }
  | { readonly status: 'error' | 'invalid'; readonly error: PolicyLoadError };

interface Source {
  readonly policy?: unknown;
  readonly src?: string;
}

type Host = ReactiveControllerHost & HTMLElement & Source;

const fromPolicy = () => import('./from-policy.js');

export class CookieSourceController implements ReactiveController {
  state: CookieSourceState = { status: 'idle' };
  private requested?: Source;
  private abort?: AbortController;
  private childWatch?: MutationObserver;

  constructor(
    private readonly host: Host,
    private readonly onSettled: (state: CookieSourceState) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.childWatch?.disconnect();
    this.childWatch = undefined;
  }

  get ready(): Extract<CookieSourceState, { status: 'ready' }> | undefined {
    return this.state.status === 'ready' ? this.state : undefined;
  }

  /** Loads the host's source unless its `src` and `policy` were already requested. */
  request(): void {
    const { policy, src } = this.host;
    if (this.requested && this.requested.src === src && this.requested.policy === policy) return;
    this.requested = { policy, src };
    void this.load(this.requested);
  }

  private async load(source: Source): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.set({ status: 'loading' });
    try {
      // Settle asynchronously even for a property or inline document, so a host can attach
      // its listeners right after inserting the element.
      await Promise.resolve();
      let json: unknown = source.policy;
      if (json === undefined) {
        // A cookie document is a few kilobytes: fetched directly; anything unusual is explained lazily.
        let text = inlinePolicyText(this.host);
        if (text === undefined) {
          if (!source.src) return this.awaitInline();
          // With the page's cookies when same-origin (fetch's default).
          const response = await fetch(source.src, { signal: abort.signal, headers: { accept: 'application/json' } });
          if (!response.ok) throw (await fromPolicy()).httpError(response, source.src);
          text = await response.text();
        }
        try {
          json = JSON.parse(text);
        } catch {
          // The full policy path reports where the JSON is broken.
          json = (await fromPolicy()).parseFailure(text);
        }
      }
      const state: CookieSourceState = isCookieDocument(json)
        ? { status: 'ready', cookies: json }
        : { status: 'ready', ...(await (await fromPolicy()).acceptPolicy(json)) };
      if (!abort.signal.aborted) this.set(state);
    } catch (caught) {
      if (abort.signal.aborted) return;
      // Naming the failure is code only a failure needs.
      const error = (await import('../../policy/load-error.js')).asLoadError(caught);
      if (abort.signal.aborted) return;
      this.set({ status: error.code === 'invalid' || error.code === 'not-json' ? 'invalid' : 'error', error });
    }
  }

  /**
   * No source yet: an element upgraded while the parser is still creating it connects before
   * its inline JSON child exists. Wait for the document to be parsed, or for a JSON child.
   */
  private awaitInline(): void {
    this.set({ status: 'idle' });
    if (this.childWatch) return;
    const retry = () => {
      if (document.readyState === 'loading' || inlinePolicyText(this.host) === undefined) return;
      this.childWatch?.disconnect();
      this.childWatch = undefined;
      void this.load(this.requested ?? {});
    };
    this.childWatch = new MutationObserver(retry);
    this.childWatch.observe(this.host, { childList: true, subtree: true, characterData: true });
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', retry, { once: true });
  }

  private set(state: CookieSourceState): void {
    this.state = state;
    this.host.requestUpdate();
    if (state.status !== 'loading') this.onSettled(state);
  }
}
