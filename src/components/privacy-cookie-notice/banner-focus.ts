/**
 * Keeps keyboard focus visible and in place around the fixed banner (WCAG 2.4.11, 2.4.3):
 * - it remembers the last page control that had focus, so that after a choice (the banner is
 *   gone, or the settings dialog closed) focus goes back there instead of to `<body>`;
 * - while the banner is open, a page control that gets focus under it is scrolled clear of it
 *   (banner-reveal.ts, loaded on the first such focus, after the banner is on screen).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** The focused element, through open shadow roots. */
export const deepActiveElement = (): HTMLElement | undefined => {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : undefined;
};

export class BannerFocusController implements ReactiveController {
  /** The last page control (outside this element) that had focus while the banner was open. */
  private pageFocus?: HTMLElement;
  private tracking = false;

  constructor(
    private readonly host: Host,
    private readonly banner: () => HTMLElement | null,
    private readonly spacer: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Starts watching page focus (the banner is shown). */
  start(): void {
    if (this.tracking) return;
    this.tracking = true;
    this.pageFocus = deepActiveElement();
    document.addEventListener('focusin', this.onFocusIn, true);
  }

  /** Stops watching (the banner is gone); the spacer goes with it. */
  stop(): void {
    if (!this.tracking) return;
    this.tracking = false;
    document.removeEventListener('focusin', this.onFocusIn, true);
    const spacer = this.spacer();
    if (spacer) spacer.style.blockSize = '';
  }

  /** Whether focus is inside this element now (the banner, the dialog or a popover). */
  get inside(): boolean {
    const active = deepActiveElement();
    return Boolean(active && (active === this.host || this.host.shadowRoot?.contains(active)));
  }

  /**
   * Puts focus back on the page: on `preferred` if it is still there (the control that opened
   * the settings), else on the last page control focused while the banner was open, else on the
   * page's `main` landmark (made focusable by script only, never in the Tab order).
   */
  restore(preferred?: HTMLElement): void {
    const target = [preferred, this.pageFocus].find(
      (candidate) => candidate?.isConnected && !this.host.shadowRoot?.contains(candidate),
    );
    if (target) return target.focus();
    const main = document.querySelector<HTMLElement>('main, [role=main]') ?? document.body;
    if (!main.hasAttribute('tabindex')) {
      main.setAttribute('tabindex', '-1');
      main.addEventListener('blur', () => main.removeAttribute('tabindex'), { once: true });
    }
    main.focus({ preventScroll: true });
  }

  private readonly onFocusIn = (event: FocusEvent): void => {
    if (event.composedPath().includes(this.host)) return;
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLElement)) return;
    this.pageFocus = target;
    void import('./banner-reveal.js').then(
      // After the browser's own scroll-into-view for this focus change, which would undo ours.
      ({ reveal }) => requestAnimationFrame(() => this.tracking && reveal(target, this.banner(), this.spacer())),
      () => {},
    );
  };
}
