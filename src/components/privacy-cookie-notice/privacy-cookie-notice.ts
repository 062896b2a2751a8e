import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { allows, isCurrent, type CookieChoice } from '../../consent/cookie-choice.js';
import type { ConsentRecord } from '../../consent/record.js';
import type { CookieDocument } from '../../policy/cookie-document.js';
import type { CookieCategory, PrivacyPolicy } from '../../policy/types.js';
import { gpcOn } from '../shared/browser-context.js';
import { emit, type PrivacyCookieChangeDetail } from '../shared/events.js';
import { consentDefaults, consentUpdate, defaultsSet } from './consent-mode.js';
import { CookieSourceController, type CookieSourceState } from './cookie-source.js';
import { readChoice } from './cookie-store.js';
import { activateAllowed, watchGated } from './gating.js';
import type { Handover, NoticeUi } from './notice-ui.js';

/** Sends what an earlier page left, once the page is idle (the loader too is not part of the first load). */
const loadOutboxWhenIdle = (): void =>
  void import('../shared/outbox-loader.js').then(
    (loader) => loader.loadOutboxWhenIdle(),
    () => {},
  );

/**
 * The cookie (automatic collection device) notice: a non-blocking banner that says how the
 * site uses cookies, links to the policy's cookie section and explains how to refuse in each
 * browser; optional categories start off and can be allowed in a settings dialog. The choice
 * is kept in a first-party cookie, sent as a consent record, and drives script gating and
 * Google Consent Mode.
 *
 * @tagname privacy-cookie-notice
 * @summary Korean cookie notice (PIPA 30(1)7) with stored choices, script gating, Consent Mode and GPC.
 *
 * @slot - An inline cookie document (`privacy-consent cookies` prints it) or policy: `<script type="application/json">{…}</script>` (instead of `src` or `policy`).
 *
 * @event privacy-cookie-change - A choice was applied (`source: 'stored'` on load, `'user'` when made); also dispatched on `window`. `detail: { categories, source, record?, gpc }`.
 * @event privacy-load - The cookie document (or policy) loaded and validated. `detail: { cookies, hash, policy? }` (`policy` only when a full policy was given).
 * @event privacy-error - Loading or delivery failed. `detail: { error, willRetry }`.
 * @event privacy-warning - Records cannot be stored durably in this browser. `detail: { code: 'storage-unavailable' }`.
 *
 * @csspart banner - The notice banner (a labelled region, not a modal).
 * @csspart choice - Every choice button; accept and reject share it, so no style can favour one.
 * @csspart settings - The settings dialog.
 * @csspart close - The settings dialog's close button.
 * @csspart popover - A category explanation.
 * @csspart status - Loading message.
 * @csspart error - Error messages.
 *
 * @cssproperty --privacy-color-brand - Buttons and links.
 * @cssproperty --privacy-color-on-brand - Button text.
 * @cssproperty --privacy-color-text - Text.
 * @cssproperty --privacy-color-surface - Banner and dialog background.
 * @cssproperty --privacy-color-text-muted - The settings' secondary text ("always on").
 * @cssproperty --privacy-color-surface-muted - The settings' round buttons, close button and GPC note.
 * @cssproperty --privacy-color-border - Borders.
 * @cssproperty --privacy-color-focus-ring - Focus outline.
 * @cssproperty --privacy-font-family - Font.
 * @cssproperty --privacy-font-size - Base size.
 * @cssproperty --privacy-radius - Corner radius.
 * @cssproperty --privacy-space - Spacing unit.
 *
 * @adopts ./notice-ui.ts uiStyles
 * @adopts ./settings-view.ts settingsStyles
 * @adopts ./load-failure.ts failureStyles
 */
export class PrivacyCookieNotice extends LitElement {
  // Declared here rather than by decorator: Lit's decorator code would cost the notice's first
  // load about 0.4 kB (brotli), and the notice's budget is the tightest. The fields are below.
  static override properties = {
    src: {},
    endpoint: {},
    allowInsecureEndpoint: { attribute: 'allow-insecure-endpoint', type: Boolean },
    headers: { attribute: false },
    mode: { reflect: true },
    position: { reflect: true },
    cookieName: { attribute: 'cookie-name' },
    cookieDomain: { attribute: 'cookie-domain' },
    expiresDays: { attribute: 'expires-days', type: Number },
    rejectExpiresDays: { attribute: 'reject-expires-days', type: Number },
    consentMode: { attribute: 'consent-mode', type: Boolean },
    policyHref: { attribute: 'policy-href' },
    policy: { attribute: false },
  };

  // The rest (the banner's tokens and styles) is adopted with the banner's code (notice-ui.ts).
  static override styles = css`
    :host {
      display: contents;
    }
    /* Until the banner's styles are adopted (.visually-hidden): out of the page's flow. */
    [role='status'] {
      position: absolute;
    }
  `;

  /** URL of the cookie document (`privacy-consent cookies` output) or, slower, of the policy JSON. */
  src?: string;
  /** Where each choice is POSTed as a consent record (`method: "cookie_notice"`); relative to the page. */
  endpoint?: string;
  /** Allows a plain-`http:` endpoint on another host; without it only https (or this machine) is used. */
  allowInsecureEndpoint = false;
  /** Extra request headers for delivery, e.g. a CSRF token. */
  headers: Record<string, string> = {};
  /** `notice`: inform, with settings for optional categories; `opt-in`: accept all / reject all / customise. */
  mode: 'notice' | 'opt-in' = 'notice';
  /** Where the banner sits: `bottom` (default), `top`, `bottom-start`, `bottom-end`. */
  position: 'bottom' | 'top' | 'bottom-start' | 'bottom-end' = 'bottom';
  /** Name of the first-party cookie that keeps the choice. */
  cookieName = 'privacy_consent';
  /** Domain of that cookie, e.g. `.example.com` to share the choice with subdomains. */
  cookieDomain?: string;
  /** Days a choice that allows something is kept. */
  expiresDays = 365;
  /** Days a choice that allows nothing is kept (people are asked again sooner). */
  rejectExpiresDays = 180;
  /**
   * Bridge to Google Consent Mode v2: updated from the choice. The defaults belong in the head
   * script (`consent-mode-head.js`), before any tag; without it they are set when this connects.
   */
  consentMode = false;
  /** URL of the policy's cookie section, e.g. `/privacy?section=cookies`; defaults to the cookie document's policy URL. */
  policyHref?: string;
  /** A cookie document or a policy object; wins over `src` and an inline child. */
  policy?: CookieDocument | PrivacyPolicy | Record<string, unknown>;

  private choice?: CookieChoice;
  private gatedWatcher?: MutationObserver;
  /** What shows the banner, the settings and a failure: loaded only when one is to be shown. */
  private ui?: NoticeUi;
  private uiLoading?: Promise<NoticeUi>;
  /** Something the UI is to show once it has loaded; `updateComplete` waits for it. */
  private uiPending?: Promise<unknown>;
  private readonly source = new CookieSourceController(this, (settled) => this.onSource(settled));
  /**
   * The banner the page rendered ahead of time (`privacy-consent cookies --html`, a declarative
   * shadow root): shown until the UI replaces it with its own, or removed when none is due.
   */
  private prerendered?: ChildNode[];
  /** The prerendered choice button pressed before the UI had loaded, carried out once it has. */
  private pressed?: string;

  /** The UI's strings (its CookieLocalizeController follows `lang`), once it has loaded. */
  private get localize() {
    return this.ui?.localize;
  }

  /** Whether a category is allowed now (necessary categories always are). */
  hasConsent(category: string): boolean {
    const categories = this.categories();
    const known = categories.find((entry) => entry.id === category);
    if (known?.kind === 'necessary') return true;
    return Boolean(this.source.ready && isCurrent(this.choice, categories) && allows(this.choice, category));
  }

  /** Opens the settings (e.g. from a footer "쿠키 설정" link), to change or withdraw a choice. */
  show(): void {
    this.source.request();
    this.withUi((ui) => ui.show());
  }

  /**
   * The banner's code (its view, strings, styles and choices), imported on first need: at
   * connect time when no choice is stored, so it downloads alongside the cookie document. A
   * failed download is imported again on the next need.
   */
  private loadUi(): Promise<NoticeUi> {
    this.uiLoading ??= import('./notice-ui.js').then(
      ({ NoticeUi }) =>
        (this.ui ??= new NoticeUi(this, {
          source: this.source,
          choice: () => this.choice,
          dropPrerendered: () => this.dropPrerendered(),
          chose: (choice, record) => {
            this.choice = choice;
            this.apply('user', record);
          },
        })),
      (error: unknown) => {
        this.uiLoading = undefined;
        throw error;
      },
    );
    return this.uiLoading;
  }

  /** Has the UI show something; until it has, `updateComplete` waits (a failed download is reported). */
  private withUi(use: (ui: NoticeUi) => unknown): void {
    const pending: Promise<unknown> = this.loadUi()
      .then(use, (error: Error) => emit(this, 'privacy-error', { error, willRetry: false }))
      .finally(() => {
        if (this.uiPending === pending) this.uiPending = undefined;
      });
    this.uiPending = pending;
  }

  /** Resolves once what is to be shown is rendered, including what waited for the UI's code. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let pending = this.uiPending; pending; pending = this.uiPending) {
      await pending;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    // Lit renders before the root's first child, which may be a prerendered node removed later.
    this.renderOptions.renderBefore = null;
    return root;
  }

  override connectedCallback(): void {
    // Before Lit takes the declarative shadow root as its own: what is in it was prerendered.
    if (!this.prerendered) {
      this.prerendered = [...(this.shadowRoot?.childNodes ?? [])];
      this.shadowRoot?.addEventListener('click', (event) => {
        const button = (event.target as Element).closest?.<HTMLElement>('[data-choice]');
        if (button && this.prerendered!.some((node) => node.contains(button))) this.pressed = button.dataset.choice;
      });
    }
    super.connectedCallback();
    // Unless the head script set them already: Consent Mode must start denied before any tag.
    if (this.consentMode && !defaultsSet()) consentDefaults();
    this.source.request();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.gatedWatcher?.disconnect();
    this.gatedWatcher = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('policy')) this.source.request();
    // At the first update, properties a page sets right after creating the element are known.
    if (!this.hasUpdated) this.preload();
  }

  /**
   * No choice stored: a banner will show, so its code downloads now, alongside the document,
   * and the outbox waits until the banner is on screen (an idle moment before that is spent
   * waiting for the banner's code). Otherwise the outbox loads when the page is idle.
   */
  private preload(): void {
    if (readChoice({ name: this.cookieName })) {
      // Most likely no banner is due; if the choice turns out outdated, the UI shows its own.
      this.dropPrerendered();
      loadOutboxWhenIdle();
    } else
      this.loadUi()
        .then(() => this.updateComplete)
        .then(loadOutboxWhenIdle, loadOutboxWhenIdle);
  }

  private categories(): readonly CookieCategory[] {
    return this.source.ready?.cookies.categories ?? [];
  }

  /**
   * Removes the prerendered banner; says which of its buttons had focus and which was pressed,
   * so that the UI's own banner can take over from it.
   */
  private dropPrerendered(): Handover {
    const focused = (this.shadowRoot?.activeElement as HTMLElement | null)?.dataset?.choice;
    const { pressed } = this;
    for (const node of this.prerendered ?? []) node.remove();
    this.prerendered = [];
    this.pressed = undefined;
    return { focused, pressed };
  }

  private onSource(settled: CookieSourceState): void {
    if (settled.status === 'error' || settled.status === 'invalid') {
      this.dropPrerendered();
      // Explained once the UI and the module that says so load (not part of the banner's first load).
      this.withUi((ui) => ui.failed());
      emit(this, 'privacy-error', { error: settled.error, willRetry: false });
      return;
    }
    if (settled.status !== 'ready') return;
    const { cookies, policy } = settled;
    const stored = readChoice({ name: this.cookieName });
    const current = isCurrent(stored, cookies.categories);
    // No choice yet, or the cookie rules changed in substance: ask (again).
    if (!current) this.withUi((ui) => ui.open());
    emit(this, 'privacy-load', { cookies, hash: cookies.policy.hash, ...(policy ? { policy } : {}) });
    if (current) {
      this.choice = stored;
      this.apply('stored');
    } else if (this.consentMode && stored) {
      // The head script granted what the outdated choice allowed: withdraw that until asked.
      consentUpdate(cookies.categories, (category) => category.kind === 'necessary');
    }
    this.ui?.sourceReady();
  }

  /** Runs what the current choice allows and tells the page. */
  private apply(source: 'stored' | 'user', record?: ConsentRecord): void {
    const categories = this.categories();
    const allowed = (id: string) => this.hasConsent(id);
    activateAllowed(allowed);
    this.gatedWatcher ??= watchGated(allowed);
    if (this.consentMode) consentUpdate(categories, (category) => allowed(category.id));
    const detail: PrivacyCookieChangeDetail = {
      categories: Object.fromEntries(categories.map((category) => [category.id, allowed(category.id)])),
      source,
      ...(record ? { record } : {}),
      gpc: gpcOn(),
    };
    emit(this, 'privacy-cookie-change', detail);
    // For code outside any component tree (tag managers, legacy scripts).
    globalThis.dispatchEvent(new CustomEvent('privacy-cookie-change', { detail }));
  }

  override render() {
    const { ui } = this;
    // The live region is there once the document is ready; what is said in it comes with the UI.
    return this.source.ready
      ? html`<div class="visually-hidden" role="status" aria-live="polite" lang=${this.localize?.catalogLang ?? 'ko'}>
            ${ui?.announcement}
          </div>
          ${ui?.render()}`
      : (ui?.render() ?? nothing);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'privacy-cookie-notice': PrivacyCookieNotice;
  }
}
