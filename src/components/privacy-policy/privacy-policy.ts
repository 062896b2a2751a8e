import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { registerDefaults } from '../../i18n/catalogs.js';
import koPolicyShell from '../../i18n/ko/policy-shell.js';
import type { PrivacyPolicy } from '../../policy/types.js';
import { emit, hashOf } from '../shared/events.js';
import { LocalizeController } from '../shared/localize-controller.js';
import { PolicyController, type PolicyState } from '../shared/policy-controller.js';
import { stateStyles } from '../shared/state-styles.js';
import { policyStateView } from '../shared/state-view.js';
import { tokens } from '../shared/tokens.js';
import { LazyViews } from './lazy-views.js';
import type { PolicyDocument } from './policy-document.js';
import { shellStyles } from './shell-styles.js';

/**
 * The checker and everything that renders a policy, in one chunk requested with the policy. A
 * retry imports it again: Chromium then fetches it again, Firefox keeps a failed module import
 * until the page reloads (docs/privacy-policy.md). (An object, so a test can fail it.)
 */
export const documentChunk = { load: () => import('./policy-view.js') };

// Korean ships with the element (the rest of its strings with the document); other languages load on demand.
registerDefaults('ko', 'policy', koPolicyShell);

/**
 * The whole 개인정보 처리방침 rendered from the policy document: header with dates and
 * previous versions, the labelling summary, a table of contents and every section with every
 * block. With `dialog` it renders a "개인정보 처리방침" trigger for a page footer and opens the
 * policy in a modal dialog.
 *
 * @tagname privacy-policy
 * @summary A Korean privacy policy (PIPA Art. 30) rendered from data, with versions, changes and a footer dialog.
 *
 * @slot - An inline policy: `<script type="application/json">{…}</script>` (instead of `src` or `policy`), and a text fallback from `privacy-consent render --fragment` that shows until the element upgrades (neither is displayed after).
 * @slot trigger - The dialog trigger's content (default: "개인정보 처리방침" in bold).
 *
 * @event privacy-load - The policy loaded and validated. `detail: { policy, hash }`.
 * @event privacy-error - The policy (or a previous version) could not be loaded. `detail: { error, willRetry: false }`.
 * @event privacy-section - A section was opened by a link or `section`, or scrolled into view. `detail: { id }`.
 *
 * @csspart trigger - The dialog trigger (dialog mode).
 * @csspart dialog - The modal dialog (dialog mode).
 * @csspart close - The dialog's close button.
 * @csspart document - The rendered policy.
 * @csspart header - Title, controller, dates, version.
 * @csspart versions - The previous versions list.
 * @csspart notice - The "previous version" and "upcoming version" notices.
 * @csspart changes - The list of changes between two versions.
 * @csspart labels - The labelling summary.
 * @csspart toc - The table of contents.
 * @csspart section - One section.
 * @csspart status - Loading message.
 * @csspart error - Error messages.
 *
 * @adopts ./privacy-policy.styles.ts styles
 * @adopts ../shared/table-styles.ts tableStyles
 * @adopts ./dialog-styles.ts styles
 * @adopts ./diff-view.ts styles
 *
 * @cssproperty --privacy-color-brand - Links and buttons.
 * @cssproperty --privacy-color-text - Text.
 * @cssproperty --privacy-color-text-muted - Dates and notes.
 * @cssproperty --privacy-color-surface - Background.
 * @cssproperty --privacy-color-surface-muted - Table headers, labels, notices.
 * @cssproperty --privacy-color-border - Borders.
 * @cssproperty --privacy-color-danger - Errors and removed content.
 * @cssproperty --privacy-color-focus-ring - Focus outline.
 * @cssproperty --privacy-font-family - Font.
 * @cssproperty --privacy-font-size - Base size.
 * @cssproperty --privacy-radius - Corner radius.
 * @cssproperty --privacy-space - Spacing unit.
 */
export class PrivacyPolicyElement extends LitElement {
  static override styles = [tokens, stateStyles, shellStyles];

  /** URL of the policy JSON. */
  @property() src?: string;
  /** Open at this section (or any anchor id), e.g. `cookies`. */
  @property() section?: string;
  /** Show the previous version with this id instead of the current one. */
  @property() version?: string;
  /** Render a footer trigger and open the policy in a modal dialog. */
  @property({ type: Boolean, reflect: true }) dialog = false;
  /** A policy object, instead of `src`. */
  @property({ attribute: false }) policy?: PrivacyPolicy | Record<string, unknown>;

  @state() private open = false;

  private readonly localize = new LocalizeController(this, ['policy']);
  private readonly source = new PolicyController(
    this,
    () => this.loadDocument(),
    (settled) => this.onPolicy(settled),
  );
  private sectionObserver?: IntersectionObserver;
  private lastSection?: string;
  /** Rarely used views, loaded on first use (lazy-views.ts). */
  private readonly views = new LazyViews(this, PrivacyPolicyElement.elementStyles, () => this.pickUpStrings());
  /** What renders the loaded policy: it arrives with the checker (policy-view.ts). */
  private document?: PolicyDocument;
  /** Printing shows every row of every table. */
  private readonly beforePrint = () => {
    this.document?.rows.all();
    this.requestUpdate();
    this.performUpdate();
  };

  /** Opens the dialog (dialog mode), loading the policy and the dialog's styles on first use. */
  show(): void {
    if (!this.dialog) return;
    this.source.request(this);
    void this.views.need(() => import('./dialog-styles.js'), 'dialog').then(() => this.openDialog());
  }

  private openDialog(): void {
    this.open = true;
    void this.rendered.then(() => {
      const dialog = this.renderRoot.querySelector('dialog');
      if (dialog && !dialog.open) dialog.showModal();
      if (this.section) this.goTo(this.section);
    });
  }

  /** Closes the dialog; focus returns to the trigger. */
  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.beforePrint);
    // In dialog mode the policy is fetched on first open: a footer link costs nothing until used.
    if (!this.dialog) this.source.request(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.beforePrint);
    this.sectionObserver?.disconnect();
  }

  /** Resolves once everything is rendered: the views loaded on demand and the last rows of long tables included. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    if (this.views.pending) await this.views.settled;
    else if (this.document?.rows.pending) await this.document.rows.next;
    else return result;
    return this.getUpdateComplete();
  }

  /** The first render's completion (long tables' first rows), for moving focus without waiting for the rest. */
  private get rendered(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('src') || changed.has('policy')) && (!this.dialog || this.open)) this.source.request(this);
    if (changed.has('version') && this.source.loaded) void this.document?.openVersion(this.version);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('section') && this.section && this.source.loaded) this.goTo(this.section);
    this.observeSections();
  }

  private onPolicy(settled: PolicyState): void {
    if (settled.status === 'ready') {
      const { policy } = settled.loaded;
      void hashOf(policy).then((hash) => {
        if (this.source.loaded?.policy === policy) emit(this, 'privacy-load', { policy, hash });
      });
      if (this.version) void this.document?.openVersion(this.version);
      if (this.section) void this.rendered.then(() => this.goTo(this.section!));
    } else if (settled.status === 'error' || settled.status === 'invalid') {
      emit(this, 'privacy-error', { error: settled.error, willRetry: false });
    }
  }

  /**
   * Loads the checker, and with it what renders the policy: its styles join the element's before
   * the first render that needs them.
   */
  private async loadDocument() {
    const view = await documentChunk.load();
    if (!this.document) {
      this.views.adopt(...view.styles);
      this.pickUpStrings();
      this.document = new view.PolicyDocument({
        element: this,
        localize: this.localize,
        views: this.views,
        current: () => this.source.loaded?.policy,
        rendered: () => this.rendered,
        go: this.go,
        stringsArrived: () => this.pickUpStrings(),
      });
    }
    return view.checkPolicy;
  }

  /**
   * The chunks loaded on demand register the rest of the Korean strings: pick the catalog up
   * again (adding strings replaces it rather than changing it).
   */
  private pickUpStrings(): void {
    this.localize.lang = '';
    this.localize.refresh();
  }

  /** Moves to an anchor without touching the page URL (hosts have their own routing). */
  private goTo(id: string): void {
    const target = this.renderRoot.querySelector<HTMLElement>(`#p-${CSS.escape(id)}`);
    if (!target) return;
    const heading = target.matches('section') ? target.querySelector<HTMLElement>('h3') : target;
    target.scrollIntoView({ block: 'start' });
    (heading ?? target).focus({ preventScroll: true });
    this.lastSection = id;
    // A view still loading above the target will push it down: scroll to it again once loaded.
    this.views.movedTo(id);
    // So will the rows of a long table still arriving, where the browser does not anchor scrolling
    // (it keeps the scroll position as content grows above): move there again unless the reader
    // (or scroll anchoring) has moved since.
    if (this.document?.rows.pending) {
      const scroller = this.open ? this.renderRoot.querySelector('dialog') : document.scrollingElement;
      const at = scroller?.scrollTop;
      void this.updateComplete.then(() => {
        if (scroller?.scrollTop === at) target.scrollIntoView({ block: 'start' });
      });
    }
    emit(this, 'privacy-section', { id });
  }

  private readonly go = (id: string) => (event: Event) => {
    event.preventDefault();
    this.goTo(id);
  };

  /** Reports the section a reader scrolls to (once per section reached). */
  private observeSections(): void {
    if (this.sectionObserver || !this.source.loaded || typeof IntersectionObserver === 'undefined') return;
    this.sectionObserver = new IntersectionObserver(
      (entries) => {
        const entered = entries.find((entry) => entry.isIntersecting);
        const id = entered?.target.id.slice(2);
        if (!id || id === this.lastSection) return;
        this.lastSection = id;
        emit(this, 'privacy-section', { id });
      },
      { rootMargin: '0px 0px -70% 0px' },
    );
    for (const section of this.renderRoot.querySelectorAll('section[id^="p-"]')) this.sectionObserver.observe(section);
  }

  private documentTemplate(): unknown {
    return policyStateView(this.source, this.localize) ?? this.document!.template(this.source.loaded!.policy);
  }

  override render() {
    this.document?.rows.startRender();
    if (!this.dialog) return this.documentTemplate();
    const term = this.localize.term.bind(this.localize);
    const lang = this.localize.catalogLang;
    return html`<button
        type="button"
        class="trigger"
        part="trigger"
        aria-haspopup="dialog"
        lang=${lang}
        @click=${() => this.show()}
      >
        <slot name="trigger"><strong>${term('policyTitle')}</strong></slot>
      </button>
      <dialog
        part="dialog"
        lang=${lang}
        aria-label=${term('policyTitle')}
        @close=${() => {
          this.open = false;
          this.renderRoot.querySelector<HTMLElement>('.trigger')?.focus();
        }}
      >
        <div class="dialog-bar">
          <button type="button" class="close" part="close" @click=${() => this.close()}>${term('close')}</button>
        </div>
        ${this.open ? this.documentTemplate() : nothing}
      </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'privacy-policy': PrivacyPolicyElement;
  }
}
