/**
 * Keeps keyboard focus visible and in place around the fixed banner (WCAG 2.4.11, 2.4.3),
 * loaded once the banner is on screen (or the settings first open):
 * - while the banner is open, a page control that gets focus under it is scrolled clear of it;
 *   at the end of the page, where nothing is left to scroll, a spacer below the page makes room,
 *   and at its top (a banner at the top) padding above the page does (each added on that keyboard
 *   step, so the page never shifts on load, and taken away with the banner);
 * - it remembers the last page control that had focus, so that after a choice (the banner is
 *   gone, or the settings dialog closed) focus goes back there instead of to `<body>`.
 */
import { deepActiveElement } from './active-element.js';

/** Room left between a revealed control and the banner, in CSS pixels. */
const CLEARANCE = 8;

export class BannerFocus {
  /** The last page control (outside the host) that had focus while the banner was open. */
  private pageFocus?: HTMLElement;
  private tracking = false;
  /** The root's own inline top padding, while room is made above the page (a top banner). */
  private rootPadding?: string;

  constructor(
    private readonly host: HTMLElement,
    private readonly banner: () => HTMLElement | null,
    private readonly spacer: () => HTMLElement | null,
  ) {}

  /**
   * Starts watching page focus (the banner is shown). This loads after the banner is on screen:
   * a page control focused meanwhile is revealed now; `earlier` is the page control focus came
   * from into the banner, if it went there.
   */
  start(earlier?: HTMLElement): void {
    if (this.tracking) return;
    this.tracking = true;
    document.addEventListener('focusin', this.onFocusIn, true);
    const active = deepActiveElement();
    if (active && this.onPage(active)) this.focused(active);
    else this.pageFocus = earlier;
  }

  /** Stops watching (the banner is gone); the spacer goes with it. */
  stop(): void {
    if (!this.tracking) return;
    this.tracking = false;
    document.removeEventListener('focusin', this.onFocusIn, true);
    const spacer = this.spacer();
    if (spacer) spacer.style.blockSize = '';
    if (this.rootPadding !== undefined) document.documentElement.style.paddingBlockStart = this.rootPadding;
    this.rootPadding = undefined;
  }

  /**
   * Puts focus back on the page: on the first candidate still there (the control that opened
   * the settings, the page control focus came from), else on the last page control focused while
   * the banner was open, else on the page's `main` landmark (made focusable by script only,
   * never in the Tab order).
   */
  restore(...candidates: (HTMLElement | undefined)[]): void {
    const target = [...candidates, this.pageFocus].find(
      (candidate) => candidate?.isConnected && this.onPage(candidate),
    );
    if (target) return target.focus();
    const main = document.querySelector<HTMLElement>('main, [role=main]') ?? document.body;
    if (!main.hasAttribute('tabindex')) {
      main.setAttribute('tabindex', '-1');
      main.addEventListener('blur', () => main.removeAttribute('tabindex'), { once: true });
    }
    main.focus({ preventScroll: true });
  }

  /** Outside this element (its shadow tree included). */
  private onPage(element: HTMLElement): boolean {
    return element !== this.host && !this.host.shadowRoot?.contains(element);
  }

  private readonly onFocusIn = (event: FocusEvent): void => {
    if (event.composedPath().includes(this.host)) return;
    const target = event.composedPath()[0];
    if (target instanceof HTMLElement) this.focused(target);
  };

  private focused(target: HTMLElement): void {
    this.pageFocus = target;
    // In a task after this focus change, so after the browser's own scroll-into-view, which would
    // undo ours (a task, not a frame: a page in a background tab gets no frames); checked again
    // a frame later, for an engine that scrolls a frame late.
    setTimeout(() => {
      this.reveal(target);
      requestAnimationFrame(() => this.reveal(target));
    });
  }

  /** Scrolls `target` clear of the banner, making room below the page when it must. */
  private reveal(target: HTMLElement): void {
    const banner = this.banner();
    if (!banner || deepActiveElement() !== target) return;
    const box = target.getBoundingClientRect();
    if (box.bottom <= 0 || box.top >= window.innerHeight)
      target.scrollIntoView({ block: 'nearest', behavior: 'instant' });
    const overlap = (): number => {
      const covered = banner.getBoundingClientRect();
      const box = target.getBoundingClientRect();
      if (box.bottom <= covered.top || box.top >= covered.bottom) return 0;
      // A banner at the top pushes the control down; at the bottom, up.
      return covered.top + covered.bottom < window.innerHeight
        ? box.top - covered.bottom - CLEARANCE
        : box.bottom - covered.top + CLEARANCE;
    };
    const needed = overlap();
    if (!needed) return;
    window.scrollBy({ top: needed, behavior: 'instant' });
    const left = overlap();
    // A top banner over a control at the top of the page: room above the page.
    if (left < 0) {
      const root = document.documentElement.style;
      this.rootPadding ??= root.paddingBlockStart;
      root.paddingBlockStart = `${Math.ceil(banner.getBoundingClientRect().bottom + CLEARANCE)}px`;
      window.scrollBy({ top: overlap(), behavior: 'instant' });
      return;
    }
    const spacer = this.spacer();
    if (!left || !spacer) return;
    spacer.style.blockSize = `${Math.ceil(banner.getBoundingClientRect().height + CLEARANCE)}px`;
    window.scrollBy({ top: overlap(), behavior: 'instant' });
  }
}
