import { html, LitElement, nothing, type CSSResult, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { allows, isCurrent, type CookieChoice } from '../../consent/cookie-choice.js';
import type { ConsentRecord } from '../../consent/record.js';
import type { CookieDocument } from '../../policy/cookie-document.js';
import { documentBase } from '../../policy/links.js';
import type { CookieCategory, PrivacyPolicy } from '../../policy/types.js';
import { gpcOn } from '../shared/browser-context.js';
import { emit, type PrivacyCookieChangeDetail } from '../shared/events.js';
import { loadOutboxWhenIdle } from '../shared/outbox-loader.js';
import { resolver } from '../shared/render-text.js';
import { coreTokens } from '../shared/core-tokens.js';
import { bannerTemplate, type BannerView } from './banner-view.js';
import { consentDefaults, consentUpdate, defaultsSet } from './consent-mode.js';
import { CookieSourceController, type CookieSourceState } from './cookie-source.js';
import { readChoice } from './cookie-store.js';
import { activateAllowed, watchGated } from './gating.js';
import { deepActiveElement } from './active-element.js';
import { CookieLocalizeController } from './cookie-localize-controller.js';
import { styles } from './privacy-cookie-notice.styles.js';
import type * as SettingsView from './settings-view.js';
import type * as Choose from './choose.js';
import type * as LoadFailure from './load-failure.js';
import type { BannerFocus } from './banner-focus.js';

type SettingsModule = typeof SettingsView;
type ChooseModule = typeof Choose;

/** Later than now, when the page is idle. */
const whenIdle = (run: () => void): void => void (globalThis.requestIdleCallback ?? setTimeout)(run);

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
 * @adopts ./settings-view.ts settingsStyles
 * @adopts ./load-failure.ts failureStyles
 */
export class PrivacyCookieNotice extends LitElement {
  static override styles = [coreTokens, styles];

  /** URL of the cookie document (`privacy-consent cookies` output) or, slower, of the policy JSON. */
  @property() src?: string;
  /** Where each choice is POSTed as a consent record (`method: "cookie_notice"`); relative to the page. */
  @property() endpoint?: string;
  /** Allows a plain-`http:` endpoint on another host; without it only https (or this machine) is used. */
  @property({ attribute: 'allow-insecure-endpoint', type: Boolean }) allowInsecureEndpoint = false;
  /** Extra request headers for delivery, e.g. a CSRF token. */
  @property({ attribute: false }) headers: Record<string, string> = {};
  /** `notice`: inform, with settings for optional categories; `opt-in`: accept all / reject all / customise. */
  @property({ reflect: true }) mode: 'notice' | 'opt-in' = 'notice';
  /** Where the banner sits: `bottom` (default), `top`, `bottom-start`, `bottom-end`. */
  @property({ reflect: true }) position: 'bottom' | 'top' | 'bottom-start' | 'bottom-end' = 'bottom';
  /** Name of the first-party cookie that keeps the choice. */
  @property({ attribute: 'cookie-name' }) cookieName = 'privacy_consent';
  /** Domain of that cookie, e.g. `.example.com` to share the choice with subdomains. */
  @property({ attribute: 'cookie-domain' }) cookieDomain?: string;
  /** Days a choice that allows something is kept. */
  @property({ attribute: 'expires-days', type: Number }) expiresDays = 365;
  /** Days a choice that allows nothing is kept (people are asked again sooner). */
  @property({ attribute: 'reject-expires-days', type: Number }) rejectExpiresDays = 180;
  /**
   * Bridge to Google Consent Mode v2: updated from the choice. The defaults belong in the head
   * script (`consent-mode-head.js`), before any tag; without it they are set when this connects.
   */
  @property({ attribute: 'consent-mode', type: Boolean }) consentMode = false;
  /** URL of the policy's cookie section, e.g. `/privacy?section=cookies`; defaults to the cookie document's policy URL. */
  @property({ attribute: 'policy-href' }) policyHref?: string;
  /** A cookie document or a policy object; wins over `src` and an inline child. */
  @property({ attribute: false }) policy?: CookieDocument | PrivacyPolicy | Record<string, unknown>;

  @state() private bannerOpen = false;
  @state() private draft: Record<string, boolean> = {};
  @state() private announcement = '';

  private choice?: CookieChoice;
  private settingsPending = false;
  private gatedWatcher?: MutationObserver;
  /** The settings dialog and the choice code, once loaded (see {@link loadSettings}, {@link loadChoose}). */
  private settingsView?: SettingsModule;
  private popovers?: InstanceType<SettingsModule['PopoverController']>;
  private chooseModule?: ChooseModule;
  /** The failure view, once loaded (only when loading failed). */
  private failure?: typeof LoadFailure;
  private readonly localize = new CookieLocalizeController(this);
  /** Focus handling around the banner, loaded once it is on screen (see {@link bannerFocus}). */
  private focusHandling?: Promise<BannerFocus>;
  private focusHandler?: BannerFocus;
  /** The page control focus came from into this element (known before the focus handling loads). */
  private pageFocus?: HTMLElement;
  /** The control that opened the settings, where focus returns after a choice made there. */
  private settingsOpener?: HTMLElement;
  private readonly source = new CookieSourceController(this, (settled) => this.onSource(settled));

  constructor() {
    super();
    this.addEventListener('focusin', (event) => {
      const from = event.relatedTarget;
      if (from instanceof HTMLElement && from !== this) this.pageFocus = from;
    });
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
    if (this.source.ready) void this.openSettings();
    else this.settingsPending = true;
  }

  private async openSettings(): Promise<void> {
    this.settingsOpener = deepActiveElement();
    await this.loadSettings();
    this.draft = { ...(this.choice?.c ?? {}) };
    await this.updateComplete;
    this.renderRoot.querySelector('dialog')?.showModal();
  }

  /** The settings dialog's module and styles, on first use. */
  private async loadSettings(): Promise<void> {
    if (this.settingsView) return;
    const view = await import('./settings-view.js');
    if (this.settingsView) return;
    this.settingsView = view;
    this.popovers = new view.PopoverController(this);
    this.adopt(...view.settingsStyles);
    this.requestUpdate();
  }

  /** Adds styles that load with a view (the settings, a failure) to the shadow root. */
  private adopt(...styles: CSSResult[]): void {
    const root = this.renderRoot as ShadowRoot;
    const sheets = styles.map((style) => style.styleSheet!).filter(Boolean);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
  }

  private loadChoose(): Promise<ChooseModule> {
    return import('./choose.js').then((module) => (this.chooseModule = module));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Unless the head script set them already: Consent Mode must start denied before any tag.
    if (this.consentMode && !defaultsSet()) consentDefaults();
    this.source.request();
    // Sends what an earlier page left, once the page is idle.
    loadOutboxWhenIdle();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.focusHandler?.stop();
    this.gatedWatcher?.disconnect();
    this.gatedWatcher = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('policy')) this.source.request();
  }

  private categories(): readonly CookieCategory[] {
    return this.source.ready?.cookies.categories ?? [];
  }

  private onSource(settled: CookieSourceState): void {
    if (settled.status === 'error' || settled.status === 'invalid') {
      emit(this, 'privacy-error', { error: settled.error, willRetry: false });
      // Explained once the module that says so loads (not part of the banner's first load).
      if (!this.failure)
        import('./load-failure.js').then(
          (failure) => {
            if (this.failure) return;
            this.failure = failure;
            this.adopt(...failure.failureStyles);
            this.requestUpdate();
          },
          () => {},
        );
      return;
    }
    if (settled.status !== 'ready') return;
    const { cookies, policy } = settled;
    emit(this, 'privacy-load', { cookies, hash: cookies.policy.hash, ...(policy ? { policy } : {}) });
    const stored = readChoice({ name: this.cookieName });
    if (isCurrent(stored, cookies.categories)) {
      this.choice = stored;
      this.apply('stored');
    } else {
      // No choice yet, or the cookie rules changed in substance: ask (again).
      this.bannerOpen = true;
      // The head script granted what the outdated choice allowed: withdraw that until asked.
      if (this.consentMode && stored) consentUpdate(cookies.categories, (category) => category.kind === 'necessary');
      void this.updateComplete.then(() => this.bannerShown());
      // Ready before the first click, so the record is stored the moment a choice is made.
      whenIdle(() => void this.loadChoose().catch(() => {}));
    }
    if (this.settingsPending) {
      this.settingsPending = false;
      void this.openSettings();
    }
  }

  /**
   * Makes a new banner reachable: where a choice is required (opt-in) and the visitor has not
   * started elsewhere, focus moves to it; otherwise it is announced politely, focus stays put.
   */
  private bannerShown(): void {
    const banner = this.renderRoot.querySelector<HTMLElement>('[part=banner]');
    if (!banner) return;
    // Not needed for the banner to show: loaded once it is rendered (never started for a removed element).
    this.withFocus((focus) => this.bannerOpen && this.isConnected && focus.start(this.pageFocus));
    if (this.mode === 'opt-in' && !deepActiveElement()) banner.focus();
    else this.announcement = this.localize.term('bannerShown');
  }

  /** Esc in the banner: in notice mode it is 확인; in opt-in mode it goes back to the page. */
  private bannerEscape(): void {
    if (this.mode === 'notice') void this.choose(this.all(false));
    else this.withFocus((focus) => focus.restore(this.pageFocus));
  }

  /** Runs `use` with the focus handling, loading it on first use (a failed download is retried next time). */
  private withFocus(use: (focus: BannerFocus) => unknown): void {
    this.focusHandling ??= import('./banner-focus.js').then(
      ({ BannerFocus }) =>
        (this.focusHandler = new BannerFocus(
          this,
          () => this.renderRoot.querySelector('[part=banner]'),
          () => this.renderRoot.querySelector('.reserve'),
        )),
      (error: unknown) => {
        this.focusHandling = undefined;
        throw error;
      },
    );
    this.focusHandling.then(use, () => {});
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

  /** Saves a choice: the cookie, the record, the gating, the events. */
  private async choose(allowed: Record<string, boolean>): Promise<void> {
    const cookies = this.source.ready?.cookies;
    if (!cookies) return;
    const focusWasInside = Boolean((this.renderRoot as ShadowRoot).activeElement);
    const { choose } = this.chooseModule ?? (await this.loadChoose());
    const { choice, record, announcement } = choose(this, {
      cookies,
      allowed,
      localize: this.localize,
      ...(this.choice ? { previous: this.choice } : {}),
    });
    this.choice = choice;
    this.announcement = announcement;
    this.bannerOpen = false;
    this.renderRoot.querySelector('dialog')?.close();
    // The pressed button is gone (banner) or hidden (dialog): focus goes back to the page.
    void this.updateComplete.then(() =>
      this.withFocus((focus) => {
        if (focusWasInside) focus.restore(this.settingsOpener, this.pageFocus);
        focus.stop();
      }),
    );
    this.apply('user', record);
  }

  /** Every optional category on or off; GPC keeps advertising off unless chosen one by one. */
  private all(on: boolean): Record<string, boolean> {
    const gpc = gpcOn();
    return Object.fromEntries(
      this.categories()
        .filter((category) => category.kind !== 'necessary')
        .map((category) => [category.id, on && !(gpc && category.kind === 'advertising')]),
    );
  }

  override render() {
    const ready = this.source.ready;
    const live = html`<div class="visually-hidden" role="status" aria-live="polite" lang=${this.localize.catalogLang}>
      ${this.announcement}
    </div>`;
    if (!ready) {
      const { status } = this.source.state;
      // A banner that failed to load says so quietly; it never blocks the page.
      return this.failure && (status === 'error' || status === 'invalid')
        ? this.failure.failureTemplate(status === 'invalid', this.localize)
        : nothing;
    }
    const { cookies } = ready;
    const view: BannerView = {
      cookies,
      t: resolver(this.localize.lang, cookies.policy.lang, documentBase(cookies.policy), this.localize.catalogLang),
      localize: this.localize,
      mode: this.mode,
      policyHref: this.policyHref ?? cookies.policy.url,
      categories: this.categories(),
      choose: (allowed) => void this.choose(allowed),
      all: (on) => this.all(on),
      settings: () => this.show(),
      escape: () => this.bannerEscape(),
    };
    const settings =
      this.settingsView && this.popovers
        ? this.settingsView.settingsTemplate({
            ...view,
            gpc: gpcOn(),
            draft: this.draft,
            popover: this.popovers,
            toggle: (id, on) => (this.draft = { ...this.draft, [id]: on }),
            closeSettings: () => this.renderRoot.querySelector('dialog')?.close(),
          })
        : nothing;
    // The spacer makes room below the page when a focused control at its end is under the banner.
    return html`${live}${
      this.bannerOpen
        ? html`${bannerTemplate(view)}
            <div class="reserve" aria-hidden="true"></div>`
        : nothing
    }${settings}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'privacy-cookie-notice': PrivacyCookieNotice;
  }
}
