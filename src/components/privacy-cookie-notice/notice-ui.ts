/**
 * Everything the notice shows: the banner, its live region, the settings dialog (loaded on
 * first use), a failure, and what happens on a choice. The element imports this only when
 * something is to be shown (no current stored choice, `show()`, a failure), so a returning
 * visitor's page never downloads it; with it come the banner's strings, tokens and styles.
 */
import { html, nothing, type CSSResult, type ReactiveController } from 'lit';
import type { CookieChoice } from '../../consent/cookie-choice.js';
import type { ConsentRecord } from '../../consent/record.js';
import { documentBase } from '../../policy/links.js';
import type { CookieCategory } from '../../policy/types.js';
import { gpcOn } from '../shared/browser-context.js';
import { coreTokens } from '../shared/core-tokens.js';
import { resolver } from '../shared/render-text.js';
import { deepActiveElement } from './active-element.js';
import { BannerFocus } from './banner-focus.js';
import { bannerKit, bannerTemplate, type BannerView } from './banner-view.js';
import type * as Choose from './choose.js';
import { CookieLocalizeController } from './cookie-localize-controller.js';
import type { CookieSourceController } from './cookie-source.js';
import type * as LoadFailure from './load-failure.js';
import type { PrivacyCookieNotice } from './privacy-cookie-notice.js';
import { styles } from './privacy-cookie-notice.styles.js';
import type * as SettingsView from './settings-view.js';

type SettingsModule = typeof SettingsView;

/** The banner's tokens and styles: the element adopts them before this renders anything. */
export const uiStyles = [coreTokens, styles];

/** What a prerendered banner hands over: the kind of choice button that had focus, and of one pressed. */
export interface Handover {
  readonly focused?: string;
  readonly pressed?: string;
}

/** What the element shares with its UI (its private state stays its own). */
export interface NoticeShell {
  readonly source: CookieSourceController;
  /** The choice in effect, if any. */
  readonly choice: () => CookieChoice | undefined;
  /** Removes a banner the page rendered ahead of time; which of its buttons had focus or was pressed. */
  readonly dropPrerendered: () => Handover;
  /** A choice was made: the element applies it (gating, Consent Mode, events). */
  readonly chose: (choice: CookieChoice, record: ConsentRecord) => void;
}

/** Later than now, when the page is idle. */
const whenIdle = (run: () => void): void => void (globalThis.requestIdleCallback ?? setTimeout)(run);

export class NoticeUi implements ReactiveController {
  /** What the element's live region says now. */
  announcement = '';
  private bannerOpen = false;
  private draft: Record<string, boolean> = {};
  private settingsPending = false;
  /** The settings dialog and the choice code, once loaded (see {@link loadSettings}, {@link loadChoose}). */
  private settingsView?: SettingsModule;
  private popovers?: InstanceType<SettingsModule['PopoverController']>;
  private chooseModule?: typeof Choose;
  /** The failure view, once loaded (only when loading failed). */
  private failure?: typeof LoadFailure;
  readonly localize: CookieLocalizeController;
  /** Focus handling around the banner, started once it is on screen (see {@link bannerShown}). */
  private focusHandler?: BannerFocus;
  /** The page control focus came from into this element (known before the focus handling loads). */
  private pageFocus?: HTMLElement;
  /** The control that opened the settings, where focus returns after a choice made there. */
  private settingsOpener?: HTMLElement;

  constructor(
    private readonly host: PrivacyCookieNotice,
    private readonly shell: NoticeShell,
  ) {
    host.addController(this);
    // Before anything of the UI renders.
    this.adopt(...uiStyles);
    this.localize = new CookieLocalizeController(host);
    host.addEventListener('focusin', (event) => {
      const from = event.relatedTarget;
      if (from instanceof HTMLElement && from !== host) this.pageFocus = from;
    });
  }

  /** Adds styles that load with a view (the banner, the settings, a failure) to the shadow root. */
  private adopt(...styles: CSSResult[]): void {
    const root = this.host.renderRoot as ShadowRoot;
    const sheets = styles.map((style) => style.styleSheet!).filter(Boolean);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
  }

  private categories(): readonly CookieCategory[] {
    return this.shell.source.ready?.cookies.categories ?? [];
  }

  hostDisconnected(): void {
    this.focusHandler?.stop();
  }

  /** Shows the banner: the cookie document loaded and no current choice is stored. */
  open(): void | Promise<void> {
    // In the page's language from the start; a prerendered banner stays until then.
    const { loading } = this.localize;
    if (loading) return loading.then(() => this.open());
    // Replaced in this task, before the next paint: the banner does not flicker.
    const prerendered = this.shell.dropPrerendered();
    this.bannerOpen = true;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.bannerShown(prerendered));
    // Ready before the first click, so the record is stored the moment a choice is made.
    whenIdle(() => void this.loadChoose().catch(() => {}));
  }

  /** The cookie document is ready: settings asked for before it was open now. */
  sourceReady(): void {
    if (!this.settingsPending) return;
    this.settingsPending = false;
    void this.openSettings();
  }

  /** Opens the settings now, or once the cookie document is ready. */
  show(): void {
    if (this.shell.source.ready) void this.openSettings();
    else this.settingsPending = true;
  }

  /** The cookie document did not load: says so quietly once the failure view loads. */
  async failed(): Promise<void> {
    if (this.failure) return;
    const failure = await import('./load-failure.js');
    if (this.failure) return;
    this.localize.addDefaults(failure.koreanDefaults);
    this.failure = failure;
    this.adopt(...failure.failureStyles);
    this.host.requestUpdate();
  }

  private async openSettings(): Promise<void> {
    this.settingsOpener = deepActiveElement();
    await this.loadSettings();
    this.draft = { ...(this.shell.choice()?.c ?? {}) };
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector('dialog')?.showModal();
  }

  /** The settings dialog's module and styles, on first use. */
  private async loadSettings(): Promise<void> {
    if (this.settingsView) return;
    const view = await import('./settings-view.js');
    if (this.settingsView) return;
    this.localize.addDefaults(view.koreanDefaults);
    this.settingsView = view;
    this.popovers = new view.PopoverController(this.host);
    this.adopt(...view.settingsStyles);
    this.host.requestUpdate();
  }

  private loadChoose(): Promise<typeof Choose> {
    return import('./choose.js').then((module) => {
      this.localize.addDefaults(module.koreanDefaults);
      return (this.chooseModule = module);
    });
  }

  /**
   * Makes a new banner reachable: where a choice is required (opt-in) and the visitor has not
   * started elsewhere, focus moves to it; otherwise it is announced politely, focus stays put.
   */
  private bannerShown(prerendered: Handover = {}): void {
    const banner = this.host.renderRoot.querySelector<HTMLElement>('[part=banner]');
    if (!banner) return;
    // Once it is rendered (never started for a removed element).
    this.withFocus((focus) => this.bannerOpen && this.host.isConnected && focus.start(this.pageFocus));
    // The same button as in the prerendered banner it replaced (the choice kinds are fixed words).
    const button = (kind?: string) =>
      kind
        ? [...banner.querySelectorAll<HTMLElement>('[data-choice]')].find((choice) => choice.dataset.choice === kind)
        : undefined;
    const focused = button(prerendered.focused);
    if (focused) focused.focus();
    else if (this.host.mode === 'opt-in' && !deepActiveElement()) banner.focus();
    else this.announce(this.localize.term('bannerShown'));
    button(prerendered.pressed)?.click();
  }

  private announce(text: string): void {
    this.announcement = text;
    this.host.requestUpdate();
  }

  /** Esc in the banner: in notice mode it is 확인; in opt-in mode it goes back to the page. */
  private bannerEscape(): void {
    if (this.host.mode === 'notice') void this.choose(this.all(false));
    else this.withFocus((focus) => focus.restore(this.pageFocus));
  }

  /** Runs `use` with the focus handling, made on first use. */
  private withFocus(use: (focus: BannerFocus) => unknown): void {
    const root = this.host.renderRoot;
    use(
      (this.focusHandler ??= new BannerFocus(
        this.host,
        () => root.querySelector('[part=banner]'),
        () => root.querySelector('.reserve'),
      )),
    );
  }

  /** Saves a choice: the cookie, the record, then the element applies it. */
  private async choose(allowed: Record<string, boolean>): Promise<void> {
    const cookies = this.shell.source.ready?.cookies;
    if (!cookies) return;
    const root = this.host.renderRoot as ShadowRoot;
    const focusWasInside = Boolean(root.activeElement);
    const { choose } = this.chooseModule ?? (await this.loadChoose());
    const previous = this.shell.choice();
    const { choice, record, announcement } = choose(this.host, {
      cookies,
      allowed,
      localize: this.localize,
      ...(previous ? { previous } : {}),
    });
    this.bannerOpen = false;
    this.announce(announcement);
    root.querySelector('dialog')?.close();
    // The pressed button is gone (banner) or hidden (dialog): focus goes back to the page.
    void this.host.updateComplete.then(() =>
      this.withFocus((focus) => {
        if (focusWasInside) focus.restore(this.settingsOpener, this.pageFocus);
        focus.stop();
      }),
    );
    this.shell.chose(choice, record);
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

  /** The banner and the settings once the document is ready (the element adds the live region); else a failure, if any. */
  render(): unknown {
    const { source } = this.shell;
    const { mode, policyHref } = this.host;
    const ready = source.ready;
    if (!ready) {
      const { status } = source.state;
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
      mode,
      policyHref: policyHref ?? cookies.policy.url,
      pageUrl: location.href,
      categories: this.categories(),
      choose: (allowed) => void this.choose(allowed),
      all: (on) => this.all(on),
      settings: () => this.host.show(),
      escape: () => this.bannerEscape(),
    };
    const settings =
      this.settingsView && this.popovers
        ? this.settingsView.settingsTemplate({
            ...view,
            gpc: gpcOn(),
            draft: this.draft,
            popover: this.popovers,
            toggle: (id, on) => {
              this.draft = { ...this.draft, [id]: on };
              this.host.requestUpdate();
            },
            closeSettings: () => this.host.renderRoot.querySelector('dialog')?.close(),
            kit: bannerKit,
          })
        : nothing;
    // The spacer makes room below the page when a focused control at its end is under the banner.
    return html`${
      this.bannerOpen
        ? html`${bannerTemplate(view)}
            <div class="reserve" aria-hidden="true"></div>`
        : nothing
    }${settings}`;
  }
}
