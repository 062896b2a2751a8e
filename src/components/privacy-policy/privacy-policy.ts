import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { documentBase, isDocumentUrl } from '../../policy/links.js';
import { fetchPolicy } from '../../policy/load-core.js';
import type { PrivacyPolicy, VersionRef } from '../../policy/types.js';
import { emit, hashOf } from '../shared/events.js';
import { LocalizeController } from '../shared/localize-controller.js';
import { PolicyController, type PolicyState } from '../shared/policy-controller.js';
import { href, inLang, resolver, type Resolve } from '../shared/render-text.js';
import { stateStyles } from '../shared/state-styles.js';
import { policyStateView } from '../shared/state-view.js';
import { tableStyles } from '../shared/table-styles.js';
import { tokens } from '../shared/tokens.js';
import { renderBlock, type BlockContext } from './blocks.js';
import { LazyViews } from './lazy-views.js';
import { RowChunks } from './row-chunks.js';
import type * as DiffView from './diff-view.js';
import { headerTemplate, labelsTemplate, sectionIcon, sectionNumber, tocTemplate, type PartsContext } from './parts.js';
import { styles } from './privacy-policy.styles.js';
import koPolicy from '../../i18n/ko/policy.js';
import { registerStrings } from '../../i18n/registry.js';

/** The whole schema, loaded with the first policy. */
const loadChecker = () => import('../../policy/check.js').then((module) => module.checkPolicy);

// Korean ships with the element; other languages load on demand.
registerStrings('ko', 'policy', koPolicy);

interface Comparison {
  readonly older: PrivacyPolicy;
  readonly newer: PrivacyPolicy;
  readonly view: typeof DiffView;
}

/** Today as `YYYY-MM-DD` in the reader's time zone, to tell an upcoming version from a current one. */
const today = (): string => new Date().toLocaleDateString('sv');

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
  static override styles = [tokens, stateStyles, tableStyles, styles];

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

  @state() private previous?: { readonly ref: VersionRef; readonly policy: PrivacyPolicy };
  @state() private comparison?: Comparison;
  @state() private versionError = '';
  @state() private open = false;

  private readonly localize = new LocalizeController(this, ['policy']);
  private readonly source = new PolicyController(this, loadChecker, (settled) => this.onPolicy(settled));
  private sectionObserver?: IntersectionObserver;
  private lastSection?: string;
  /** Rarely used views, loaded on first use (lazy-views.ts). */
  private readonly views = new LazyViews(this, PrivacyPolicyElement.elementStyles);
  /** Long tables, rendered a chunk of rows at a time (row-chunks.ts). */
  private readonly rows = new RowChunks(this);
  /** The text resolver, the same while the language and the policy are: long tables keep their cells. */
  private resolve?: { readonly key: string; readonly policy: PrivacyPolicy; readonly t: Resolve };
  /** Printing shows every row of every table. */
  private readonly beforePrint = () => {
    this.rows.all();
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
    else if (this.rows.pending) await this.rows.next;
    else return result;
    return this.getUpdateComplete();
  }

  /** The first render's completion (long tables' first rows), for moving focus without waiting for the rest. */
  private get rendered(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('src') || changed.has('policy')) && (!this.dialog || this.open)) this.source.request(this);
    if (changed.has('version') && this.source.loaded) void this.openVersion(this.version);
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
      if (this.version) void this.openVersion(this.version);
      if (this.section) void this.rendered.then(() => this.goTo(this.section!));
    } else if (settled.status === 'error' || settled.status === 'invalid') {
      emit(this, 'privacy-error', { error: settled.error, willRetry: false });
    }
  }

  /**
   * A previous version's document: inline, or fetched from its URL and checked like any other.
   * A page or a PDF is never fetched: the header links to it instead.
   */
  private async versionPolicy(ref: VersionRef): Promise<PrivacyPolicy> {
    const checkPolicy = await loadChecker();
    if (ref.policy) {
      const result = checkPolicy(ref.policy);
      if (result.valid) return result.policy;
    }
    if (ref.url && !isDocumentUrl(ref)) return (await fetchPolicy(ref.url, checkPolicy)).policy;
    throw new Error(`No document for version ${ref.version}`);
  }

  private async openVersion(version: string | undefined, compare = false): Promise<void> {
    const current = this.source.loaded?.policy;
    const ref = current?.previousVersions?.find((candidate) => candidate.version === version);
    this.versionError = '';
    if (!current || !ref) {
      const wasPrevious = this.previous !== undefined;
      this.previous = undefined;
      // Back to the current version: focus goes to the versions list the reader came from.
      if (wasPrevious) {
        await this.rendered;
        this.renderRoot.querySelector<HTMLElement>('[part=versions] summary')?.focus();
      }
      return;
    }
    try {
      const older = await this.versionPolicy(ref);
      if (compare) this.comparison = { older, newer: current, view: await import('./diff-view.js') };
      else {
        this.previous = { ref, policy: older };
        // The pressed button left with the versions list: focus the notice saying what is shown.
        await this.rendered;
        this.renderRoot.querySelector<HTMLElement>('.notice.previous')?.focus();
      }
    } catch (error) {
      this.versionError = this.localize.term('loadError');
      emit(this, 'privacy-error', { error: error as Error, willRetry: false });
    }
  }

  private async showUpcoming(): Promise<void> {
    const current = this.source.loaded?.policy;
    const upcoming = current?.upcoming;
    if (!current || !upcoming) return;
    if (this.comparison) {
      this.comparison = undefined;
      return;
    }
    try {
      const newer = await this.versionPolicy(upcoming);
      this.comparison = { older: current, newer, view: await import('./diff-view.js') };
    } catch (error) {
      this.versionError = this.localize.term('loadError');
      emit(this, 'privacy-error', { error: error as Error, willRetry: false });
    }
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
    if (this.rows.pending) {
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

  private resolver(policy: PrivacyPolicy): Resolve {
    const { lang, catalogLang } = this.localize;
    const key = `${lang} ${catalogLang}`;
    if (this.resolve?.key !== key || this.resolve.policy !== policy)
      this.resolve = { key, policy, t: resolver(lang, policy.lang, documentBase(policy), catalogLang) };
    return this.resolve.t;
  }

  private documentTemplate(): TemplateResult {
    const waiting = policyStateView(this.source, this.localize);
    if (waiting) return waiting;
    const current = this.source.loaded!.policy;
    const policy = this.previous?.policy ?? current;
    const t = this.resolver(policy);
    const blocks: BlockContext = {
      t,
      term: this.localize.term.bind(this.localize),
      lazy: this.views.load,
      expanded: this.views.expanded,
      toggle: this.views.toggle,
      date: (iso) => this.localize.date(iso),
      chunks: this.rows.take,
    };
    const parts: PartsContext = { t, localize: this.localize, go: this.go };
    const term = this.localize.term.bind(this.localize);
    const upcoming =
      !this.previous && current.upcoming?.effectiveOn && current.upcoming.effectiveOn > today()
        ? current.upcoming
        : undefined;
    return html`<article part="document" class="document" lang=${this.localize.catalogLang}>
      ${headerTemplate(policy, this.previous ? [] : (current.previousVersions ?? []), (ref, compare) => void this.openVersion(ref.version, compare), parts)}
      ${
        this.previous
          ? html`<div class="notice previous" part="notice" role="status" tabindex="-1">
              ${term('viewingPrevious', this.previous.policy.effectiveOn ? this.localize.date(this.previous.policy.effectiveOn) : this.previous.ref.version)}
              <button type="button" class="link-button" @click=${() => void this.openVersion(undefined)}>
                ${term('backToCurrent')}
              </button>
            </div>`
          : nothing
      }
      ${
        upcoming
          ? html`<div class="notice upcoming" part="notice">
              <p><strong>${term('upcoming', this.localize.date(upcoming.effectiveOn!))}</strong></p>
              ${
                upcoming.summary?.length
                  ? html`<ul>
                      ${upcoming.summary.map((line) => html`<li>${inLang(line, t)}</li>`)}
                    </ul>`
                  : nothing
              }
              ${
                upcoming.url && !upcoming.policy && isDocumentUrl(upcoming) && href(upcoming.url, t)
                  ? html`<a href=${href(upcoming.url, t)!}>${term('viewDocument', '')}</a>`
                  : nothing
              }
              ${
                upcoming.policy || (upcoming.url && !isDocumentUrl(upcoming))
                  ? html`<button
                      type="button"
                      class="link-button"
                      aria-expanded=${this.comparison ? 'true' : 'false'}
                      @click=${() => void this.showUpcoming()}
                    >
                      ${term(this.comparison ? 'hideChanges' : 'showChanges')}
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }
      ${this.versionError ? html`<p class="alert" part="error" role="alert">${this.versionError}</p>` : nothing}
      ${
        this.comparison
          ? this.comparison.view.diffView(
              this.comparison.older,
              this.comparison.newer,
              t,
              this.localize,
              () => (this.comparison = undefined),
            )
          : nothing
      }
      ${(policy.preface ?? []).map((block) => renderBlock(block, blocks))} ${labelsTemplate(policy, parts)}
      ${tocTemplate(policy, parts)}
      ${policy.sections.map(
        (section) =>
          html`<section id="p-${section.id}" part="section" aria-labelledby="h-${section.id}">
            <h3 id="h-${section.id}" tabindex="-1">
              ${section.icon ? sectionIcon(section.icon, t) : nothing}${inLang(sectionNumber(section), t)}
              ${inLang(section.title, t)}
            </h3>
            ${section.blocks.map((block) => (block.id ? html`<div id="p-${block.id}">${renderBlock(block, blocks)}</div>` : renderBlock(block, blocks)))}
          </section>`,
      )}
      ${(policy.closing ?? []).map((block) => renderBlock(block, blocks))}
    </article>`;
  }

  override render() {
    this.rows.startRender();
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
