/**
 * The views that ship in chunks of their own (grouped collection tables, figures, the change
 * log, the footer dialog's styles): each loaded on first use, its styles adopted beside the element's own, the element
 * rendered again once it arrives; and the open or closed state of collapsible groups.
 */
import { adoptStyles, type CSSResult, type CSSResultOrNative, type ReactiveElement } from 'lit';

export class LazyViews {
  /** Loaded modules, or the promise of one. */
  private readonly chunks = new Map<string, unknown>();
  private readonly styles: CSSResult[] = [];
  /** Collapsible groups (a grouped table's services) the reader opened or closed. */
  private readonly opened = new WeakMap<object, boolean>();
  /** An anchor moved to while views above it were still loading. */
  private anchor?: string;

  constructor(
    private readonly host: ReactiveElement,
    private readonly own: readonly CSSResultOrNative[],
    /** Called as a view arrives, before the host renders it (it may have brought strings). */
    private readonly arrived: () => void = () => undefined,
  ) {}

  /** Whether some view is still loading. */
  get pending(): boolean {
    return [...this.chunks.values()].some((chunk) => chunk instanceof Promise);
  }

  /** The module once loaded, else undefined (it starts loading, and the host renders again). */
  readonly load = <M>(load: () => Promise<M>, key: string): M | undefined => {
    const found = this.chunks.get(key);
    if (found !== undefined && !(found instanceof Promise)) return found as M;
    if (found === undefined)
      this.chunks.set(
        key,
        load().then(
          (module) => this.loaded(key, module),
          // A chunk that failed to load is tried again on the next render.
          () => this.chunks.delete(key),
        ),
      );
    return undefined;
  };

  /** Resolves once every view loading now is in (or failed to load). */
  get settled(): Promise<unknown> {
    return Promise.all([...this.chunks.values()].filter((chunk) => chunk instanceof Promise));
  }

  /** Loads a module (its styles adopted) and resolves once it is in, or failed to load. */
  async need<M>(load: () => Promise<M>, key: string): Promise<void> {
    this.load(load, key);
    await this.chunks.get(key);
  }

  private loaded(key: string, module: unknown): void {
    this.chunks.set(key, module);
    const extra = (module as { styles?: CSSResult }).styles;
    if (extra) this.adopt(extra);
    this.arrived();
    const root = this.host.renderRoot;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      if (!this.anchor || this.pending) return;
      root.querySelector(`#p-${CSS.escape(this.anchor)}`)?.scrollIntoView({ block: 'start' });
      this.anchor = undefined;
    });
  }

  /** Adds styles beside the element's own and those adopted before (once each). */
  adopt(...styles: CSSResult[]): void {
    const root = this.host.renderRoot;
    const added = styles.filter((style) => !this.styles.includes(style));
    this.styles.push(...added);
    if (added.length && root instanceof ShadowRoot) adoptStyles(root, [...this.own, ...this.styles]);
  }

  /** Remembers an anchor just moved to, to move to it again if a view above it loads late. */
  movedTo(id: string): void {
    this.anchor = this.pending ? id : undefined;
  }

  readonly expanded = (key: object, initially: boolean): boolean => this.opened.get(key) ?? initially;

  readonly toggle = (key: object, initially: boolean): void => {
    this.opened.set(key, !this.expanded(key, initially));
    this.host.requestUpdate();
  };
}
