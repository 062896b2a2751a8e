/**
 * `<privacy-consent>` after signup: a member's account page in three modes, loaded the first
 * time one is asked for (the signup form never carries them). This reads the member's state
 * (the `state` property, or `state-src` as the receiver's state endpoint answers it), shows its
 * loading and error states as the policy's are shown, loads the view of the mode asked for
 * (manage-view.ts, reconsent-view.ts, reconfirm-view.ts), and sends each decision as a record:
 * folded into the state as the receiver folds it, confirmed with the sender, the date and the
 * result (Network Act 50(7)).
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { Decisions } from '../../consent/form-model.js';
import { readSubjectState, withRecord, type SubjectState } from '../../consent/member-state.js';
import type { ConsentEvent } from '../../consent/record.js';
import { documentBase, resolveLink } from '../../policy/links.js';
import { hasLocale } from '../../policy/text.js';
import type { PrivacyPolicy } from '../../policy/types.js';
import koAccount from '../../i18n/ko/account.js';
import { registerStrings } from '../../i18n/registry.js';
import { emit } from '../shared/events.js';
import { ConsentLocalize } from './consent-localize.js';
import { inLang, resolver, tagged, type Resolve } from '../shared/render-text.js';
import { adoptStyles } from './adopt-styles.js';
import type { ItemHandlers, ViewContext } from './item-view.js';
import type { ConsentKit } from './kit.js';
import { memberStyles } from './member-styles.js';
import { outcomes, resultNotice, type Result } from './result-view.js';

registerStrings('ko', 'account', koAccount);

/** Why a member's state could not be read from `state-src` (or the `state` given is not one). */
export class StateLoadError extends Error {
  override readonly name = 'StateLoadError';
  constructor(
    /** `http` (see `status`), `network`, `timeout`, or `invalid` (not a state). */
    readonly code: 'http' | 'network' | 'timeout' | 'invalid',
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** A mode's view: its own state, rendered by `render()`. */
export interface ModeView {
  render(): TemplateResult;
}

type MemberMode = 'manage' | 'reconsent' | 'reconfirm';

const VIEWS: Record<MemberMode, () => Promise<{ readonly View: new (modes: MemberModes) => ModeView }>> = {
  manage: () => import('./manage-view.js'),
  reconsent: () => import('./reconsent-view.js'),
  reconfirm: () => import('./reconfirm-view.js'),
};

const STATE_TIMEOUT_MS = 10_000;

export class MemberModes implements ReactiveController {
  /** The element's strings and those of the account modes. */
  readonly localize: ConsentLocalize;
  /** The member's state as read, with every record sent since folded in. */
  state?: SubjectState;
  private status: 'loading' | 'ready' | 'missing' | 'error' = 'loading';
  /** What the state and the views were made from: a change starts afresh. */
  private read?: { readonly state: unknown; readonly src?: string };
  private policy?: PrivacyPolicy;
  private abort?: AbortController;
  private readonly views = new Map<MemberMode, ModeView>();
  private readonly loadingViews = new Set<MemberMode>();

  constructor(readonly kit: ConsentKit) {
    this.localize = new ConsentLocalize(kit.host, ['consent', 'account']);
    adoptStyles(kit.host.renderRoot, memberStyles);
    kit.host.addController(this);
    this.hostUpdate();
  }

  hostDisconnected(): void {
    // Read again when connected again.
    this.abort?.abort('superseded');
    this.abort = undefined;
    if (this.status === 'loading') this.read = undefined;
  }

  /** Before each render: read the state again when its source changed; a new document resets the views. */
  hostUpdate(): void {
    const { host } = this.kit;
    const policy = this.kit.source.loaded?.policy;
    if (policy !== this.policy) {
      this.policy = policy;
      this.views.clear();
    }
    if (this.read && this.read.state === host.state && this.read.src === host.stateSrc) return;
    this.read = { state: host.state, src: host.stateSrc };
    this.views.clear();
    this.abort?.abort('superseded');
    this.abort = undefined;
    if (host.state !== undefined) {
      try {
        this.state = readSubjectState(host.state);
        this.status = 'ready';
      } catch (error) {
        this.fail(new StateLoadError('invalid', (error as Error).message));
      }
    } else if (host.stateSrc) void this.fetchState(host.stateSrc);
    else {
      this.state = undefined;
      this.status = 'missing';
    }
  }

  private fail(error: StateLoadError): void {
    this.state = undefined;
    this.status = 'error';
    emit(this.kit.host, 'privacy-error', { error, willRetry: false });
  }

  private async fetchState(url: string): Promise<void> {
    const abort = (this.abort = new AbortController());
    const timer = setTimeout(() => abort.abort('timeout'), STATE_TIMEOUT_MS);
    this.status = 'loading';
    this.kit.host.requestUpdate();
    try {
      const response = await fetch(url, {
        headers: { accept: 'application/json', ...this.kit.host.headers },
        credentials: 'same-origin',
        signal: abort.signal,
      });
      if (!response.ok) throw new StateLoadError('http', `HTTP ${response.status}`, response.status);
      const json: unknown = await response.json().catch(() => {
        throw new StateLoadError('invalid', 'The answer is not JSON');
      });
      if (abort !== this.abort) return;
      try {
        this.state = readSubjectState(json);
      } catch (error) {
        throw new StateLoadError('invalid', (error as Error).message);
      }
      this.status = 'ready';
    } catch (error) {
      if (abort !== this.abort) return;
      this.fail(
        error instanceof StateLoadError
          ? error
          : abort.signal.aborted
            ? new StateLoadError('timeout', `${STATE_TIMEOUT_MS} ms`)
            : new StateLoadError('network', (error as Error).message),
      );
    } finally {
      clearTimeout(timer);
      this.kit.host.requestUpdate();
    }
  }

  private readonly retry = (): void => {
    const src = this.kit.host.stateSrc;
    if (src) void this.fetchState(src);
  };

  // ─── What the views share ─────────────────────────────────────────────────

  policyDoc(): PrivacyPolicy {
    return this.kit.source.loaded!.policy;
  }

  /** Policy text in the reader's language. */
  t(): Resolve {
    const policy = this.policyDoc();
    return resolver(this.localize.lang, policy.lang, documentBase(policy), this.localize.catalogLang);
  }

  /** The context the signup form's item templates take (inline layout, as an account page has). */
  viewContext(open: ReadonlySet<string>, missing: ReadonlySet<string> = new Set(), busy = false): ViewContext {
    const policy = this.policyDoc();
    return {
      t: this.t(),
      localize: this.localize,
      disabled: this.kit.disabled() || busy,
      textLang: hasLocale(policy.title, this.localize.lang, policy.lang) ? this.localize.lang : policy.lang,
      layout: 'inline',
      open,
      missing,
    };
  }

  /** Handlers for the item templates: `toggle` opens a notice; the others are the view's. */
  handlers(open: Set<string>, rest: Pick<ItemHandlers, 'item' | 'channel' | 'night'>): ItemHandlers {
    return {
      ...rest,
      toggle: (id) => {
        if (!open.delete(id)) open.add(id);
        this.kit.host.requestUpdate();
      },
      view: () => {},
    };
  }

  /** A time as a Korean calendar date (Asia/Seoul: the law's dates are Korean days). */
  date(time: string): string {
    return new Intl.DateTimeFormat(this.localize.lang, { dateStyle: 'long', timeZone: 'Asia/Seoul' }).format(
      new Date(time),
    );
  }

  /** The required-items note with the link to leave the service (`withdraw-href`), if given. */
  leave(hint: string): TemplateResult {
    // The host's own page: relative to this page, not to the policy document.
    const { withdrawHref } = this.kit.host;
    const target = withdrawHref === undefined ? undefined : resolveLink(withdrawHref, document.baseURI);
    return html`<p class="hint leave-hint">
      ${hint}
      ${target ? html`<a class="leave" part="leave" href=${target}>${this.localize.term('leave')}</a>` : nothing}
    </p>`;
  }

  /** A group of rows under its [필수] or [선택] label, as the signup form groups them. */
  group(kind: 'required' | 'optional', content: unknown): TemplateResult {
    return html`<div class="group" part="group group-${kind}" role="group" aria-labelledby="group-${kind}">
      <p class="group-label" id="group-${kind}">
        ${this.localize.term(kind === 'required' ? 'requiredGroup' : 'optionalGroup')}
      </p>
      ${content}
    </div>`;
  }

  /**
   * Sends a record of the member's decisions on some items (or all: `reconsent`), folds it into
   * the state, fires `privacy-submitted` and announces the result. `shown`: the items the
   * confirmation lists (default: those decided). Rejects as delivery does.
   */
  async send(
    input: { readonly event: ConsentEvent; readonly itemIds?: readonly string[]; readonly decisions: Decisions },
    shown: readonly string[] = input.itemIds ?? [],
  ): Promise<Result> {
    const { kit } = this;
    const before = this.state;
    const subject = kit.host.subject ?? before?.subject;
    const record = await kit.build({ ...input, ...(subject ? { subject } : {}) });
    const receipt = await kit.send(record);
    this.state = withRecord(
      before ?? { subject: subject ?? '', items: [] },
      record,
      receipt?.receivedAt ?? new Date().toISOString(),
    );
    const result: Result = { record, receipt, lines: outcomes(record, before, shown, this.policyDoc(), this.t()) };
    emit(kit.host, 'privacy-submitted', { record, receipt });
    const term = this.localize.term.bind(this.localize);
    // Each item's title in the language it resolved to, the rest in the UI's.
    const ui = { ui: this.localize.catalogLang };
    kit.announce(
      html`${term(
        'resultTitle',
        result.lines.some((line) => line.advertising),
      )}:
      ${result.lines.map(
        (line, index) =>
          html`${index ? ', ' : ''}${line.labelParts.map(([text, lang]) => (lang ? tagged(text, lang, ui) : text))}
          ${term('outcome', line.outcome)}`,
      )}`,
    );
    kit.host.requestUpdate();
    return result;
  }

  /** The confirmation of a result (Network Act 50(7)). */
  notice(result: Result, id: string): TemplateResult {
    return resultNotice(result, id, inLang(this.policyDoc().controller.name, this.t()), this.localize);
  }

  render(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    if (this.status === 'missing')
      return html`<div class="alert" part="error" role="alert"><p>${term('stateMissing')}</p></div>`;
    if (this.status === 'error')
      return html`<div class="alert" part="error" role="alert">
        <p>${term('stateLoadError')}</p>
        ${
          this.kit.host.stateSrc
            ? html`<button type="button" class="retry" @click=${this.retry}>${term('retry')}</button>`
            : nothing
        }
      </div>`;
    const view = this.status === 'ready' ? this.view(this.kit.host.mode as MemberMode) : undefined;
    return (
      view?.render() ?? html`<p class="status" part="status" role="status" aria-busy="true">${term('loading')}</p>`
    );
  }

  /** The view of a mode, loading it on first use. */
  private view(mode: MemberMode): ModeView | undefined {
    const found = this.views.get(mode);
    if (found || !Object.hasOwn(VIEWS, mode) || this.loadingViews.has(mode)) return found;
    this.loadingViews.add(mode);
    void VIEWS[mode]().then(({ View }) => {
      this.loadingViews.delete(mode);
      if (!this.views.has(mode)) this.views.set(mode, new View(this));
      this.kit.host.requestUpdate();
    });
    return undefined;
  }
}
