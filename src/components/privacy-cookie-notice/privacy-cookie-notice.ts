import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  allows,
  buildCookieChoice,
  cookieCategories,
  expiryDays,
  isCurrent,
  type CookieChoice,
} from '../../consent/cookie-choice.js';
import type { ConsentRecord } from '../../consent/record.js';
import { checkCookiePolicy } from '../../policy/schema-cookies.js';
import type { CookieCategory, PrivacyPolicy } from '../../policy/types.js';
import { gpcOn, pageInfo } from '../shared/browser-context.js';
import { DeliveryController } from '../shared/delivery-controller.js';
import { emit, hashOf, type PrivacyCookieChangeDetail } from '../shared/events.js';
import { LocalizeController } from '../shared/localize-controller.js';
import { PolicyController, type PolicyState } from '../shared/policy-controller.js';
import { PopoverController } from '../shared/popover.js';
import { documentBase } from '../../policy/links.js';
import { resolver } from '../shared/render-text.js';
import { stateStyles } from '../shared/state-styles.js';
import { tokens } from '../shared/tokens.js';
import { consentDefaults, consentUpdate } from './consent-mode.js';
import { readChoice, writeChoice } from './cookie-store.js';
import { activateAllowed, ranAny, watchGated } from './gating.js';
import { BannerFocusController, deepActiveElement } from './banner-focus.js';
import { styles } from './privacy-cookie-notice.styles.js';
import { bannerTemplate, settingsTemplate, type NoticeView } from './notice-view.js';
import koCookies from '../../i18n/ko/cookies.js';
import { registerStrings } from '../../i18n/registry.js';

// Korean ships with the element; other languages load on demand.
registerStrings('ko', 'cookies', koCookies);

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
 * @slot - An inline policy: `<script type="application/json">{…}</script>` (instead of `src` or `policy`).
 *
 * @event privacy-cookie-change - A choice was applied (`source: 'stored'` on load, `'user'` when made); also dispatched on `window`. `detail: { categories, source, record?, gpc }`.
 * @event privacy-load - The policy loaded and validated. `detail: { policy, hash }`.
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
 * @cssproperty --privacy-color-border - Borders.
 * @cssproperty --privacy-color-focus-ring - Focus outline.
 * @cssproperty --privacy-font-family - Font.
 * @cssproperty --privacy-font-size - Base size.
 * @cssproperty --privacy-radius - Corner radius.
 * @cssproperty --privacy-space - Spacing unit.
 */
export class PrivacyCookieNotice extends LitElement {
  static override styles = [tokens, stateStyles, styles];

  /** URL of the policy JSON. */
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
  /** Bridge to Google Consent Mode v2: defaults denied at once, updated from the choice. */
  @property({ attribute: 'consent-mode', type: Boolean }) consentMode = false;
  /** URL of the policy's cookie section, e.g. `/privacy?section=cookies`. */
  @property({ attribute: 'policy-href' }) policyHref?: string;
  /** A policy object; wins over `src` and an inline child. */
  @property({ attribute: false }) policy?: PrivacyPolicy | Record<string, unknown>;

  @state() private bannerOpen = false;
  @state() private draft: Record<string, boolean> = {};
  @state() private announcement = '';

  private choice?: CookieChoice;
  /** The policy's content hash, computed once it loads (a choice's record needs it). */
  private hash?: string;
  private settingsPending = false;
  private gatedWatcher?: MutationObserver;
  private readonly localize = new LocalizeController(this, ['cookies']);
  private readonly popovers = new PopoverController(this);
  private readonly delivery = new DeliveryController(this);
  private readonly bannerFocus = new BannerFocusController(
    this,
    () => this.renderRoot.querySelector('[part=banner]'),
    () => this.renderRoot.querySelector('.reserve'),
  );
  /** The control that opened the settings, where focus returns after a choice made there. */
  private settingsOpener?: HTMLElement;
  private readonly source = new PolicyController(this, checkCookiePolicy, (settled) => this.onPolicy(settled));

  /** Whether a category is allowed now (necessary categories always are). */
  hasConsent(category: string): boolean {
    const known = this.categories().find((entry) => entry.id === category);
    if (known?.kind === 'necessary') return true;
    const policy = this.source.loaded?.policy;
    return Boolean(policy && isCurrent(this.choice, policy) && allows(this.choice, category));
  }

  /** Opens the settings (e.g. from a footer "쿠키 설정" link), to change or withdraw a choice. */
  show(): void {
    this.source.request(this);
    if (this.source.loaded) this.openSettings();
    else this.settingsPending = true;
  }

  private openSettings(): void {
    this.draft = { ...(this.choice?.c ?? {}) };
    this.settingsOpener = deepActiveElement();
    void this.updateComplete.then(() => this.renderRoot.querySelector('dialog')?.showModal());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Before any tag runs: Consent Mode must start denied.
    if (this.consentMode) consentDefaults();
    this.source.request(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.gatedWatcher?.disconnect();
    this.gatedWatcher = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('policy')) this.source.request(this);
  }

  private categories(): CookieCategory[] {
    const policy = this.source.loaded?.policy;
    return policy ? cookieCategories(policy) : [];
  }

  private onPolicy(settled: PolicyState): void {
    if (settled.status === 'error' || settled.status === 'invalid') {
      emit(this, 'privacy-error', { error: settled.error, willRetry: false });
      return;
    }
    if (settled.status !== 'ready') return;
    const { policy } = settled.loaded;
    void hashOf(policy).then((hash) => {
      this.hash = hash;
      emit(this, 'privacy-load', { policy, hash });
    });
    const stored = readChoice({ name: this.cookieName });
    if (isCurrent(stored, policy)) {
      this.choice = stored;
      this.apply('stored');
    } else {
      // No choice yet, or the cookie rules changed in substance: ask (again).
      this.bannerOpen = true;
      void this.updateComplete.then(() => this.bannerShown());
    }
    if (this.settingsPending) {
      this.settingsPending = false;
      this.openSettings();
    }
  }

  /**
   * Makes a new banner reachable: where a choice is required (opt-in) and the visitor has not
   * started elsewhere, focus moves to it; otherwise it is announced politely, focus stays put.
   */
  private bannerShown(): void {
    const banner = this.renderRoot.querySelector<HTMLElement>('[part=banner]');
    if (!banner) return;
    this.bannerFocus.start();
    if (this.mode === 'opt-in' && !deepActiveElement()) banner.focus();
    else this.announcement = this.localize.term('bannerShown');
  }

  /** Esc in the banner: in notice mode it is 확인; in opt-in mode it goes back to the page. */
  private bannerEscape(): void {
    if (this.mode === 'notice') void this.choose(this.all(false));
    else this.bannerFocus.restore();
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
    const loaded = this.source.loaded;
    if (!loaded) return;
    const previous = this.choice;
    const focusWasInside = this.bannerFocus.inside;
    const { choice, record } = buildCookieChoice({
      policy: loaded.policy,
      hash: this.hash ?? (await hashOf(loaded.policy)),
      allowed,
      locale: this.localize.lang,
      gpc: gpcOn(),
      page: pageInfo(),
    });
    writeChoice(choice, expiryDays(choice, this.expiresDays, this.rejectExpiresDays), {
      name: this.cookieName,
      ...(this.cookieDomain ? { domain: this.cookieDomain } : {}),
    });
    this.choice = choice;
    this.bannerOpen = false;
    this.renderRoot.querySelector('dialog')?.close();
    // The pressed button is gone (banner) or hidden (dialog): focus goes back to the page.
    void this.updateComplete.then(() => {
      if (focusWasInside) this.bannerFocus.restore(this.settingsOpener);
      this.bannerFocus.stop();
    });
    const withdrawn = Object.keys(previous?.c ?? {}).some((id) => previous!.c[id] && !choice.c[id] && ranAny(id));
    this.announcement = `${this.localize.term('choiceSaved')}${withdrawn ? ` ${this.localize.term('reloadToStop')}` : ''}`;
    // Stored at once, then sent; failures are reported as privacy-error by the controller.
    this.delivery.deliver(record).catch(() => {});
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
    const loaded = this.source.loaded;
    const live = html`<div class="visually-hidden" role="status" aria-live="polite" lang=${this.localize.catalogLang}>
      ${this.announcement}
    </div>`;
    if (!loaded) {
      const { state: status } = this.source;
      // A banner that failed to load says so quietly; it never blocks the page.
      return status.status === 'error' || status.status === 'invalid'
        ? html`<p class="alert" part="error" role="alert">
            ${this.localize.term(status.status === 'error' ? 'loadError' : 'invalidPolicy')}
          </p>`
        : nothing;
    }
    const policy = loaded.policy;
    const view: NoticeView = {
      policy,
      t: resolver(this.localize.lang, policy.lang, documentBase(policy), this.localize.catalogLang),
      localize: this.localize,
      mode: this.mode,
      policyHref: this.policyHref,
      gpc: gpcOn(),
      categories: this.categories(),
      draft: this.draft,
      popover: this.popovers,
      choose: (allowed) => void this.choose(allowed),
      all: (on) => this.all(on),
      settings: () => this.show(),
      toggle: (id, on) => (this.draft = { ...this.draft, [id]: on }),
      escape: () => this.bannerEscape(),
      closeSettings: () => this.renderRoot.querySelector('dialog')?.close(),
    };
    // The spacer makes room below the page when a focused control at its end is under the banner.
    return html`${live}${
      this.bannerOpen
        ? html`${bannerTemplate(view)}
            <div class="reserve" aria-hidden="true"></div>`
        : nothing
    }${settingsTemplate(view)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'privacy-cookie-notice': PrivacyCookieNotice;
  }
}
