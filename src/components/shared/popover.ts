/**
 * One popover at a time, positioned next to its button with Floating UI, which is loaded the
 * first time a popover opens. It stays inside the viewport (flip, shift, size), follows the
 * anchor while open, and Esc closes it with focus back on the button.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export class PopoverController implements ReactiveController {
  /** The id of the open popover, if any. */
  openId?: string;
  private anchor?: HTMLElement;
  private stopFollowing?: () => void;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.close();
  }

  /** Opens the popover `id` at `anchor` (or closes it if open); `find` returns its element once rendered. */
  async toggle(id: string, anchor: HTMLElement, find: () => HTMLElement | null): Promise<void> {
    if (this.openId === id) return this.close(true);
    this.close();
    this.openId = id;
    this.anchor = anchor;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const floating = find();
    if (!floating || this.openId !== id) return;
    const { autoUpdate, computePosition, flip, offset, shift, size } = await import('@floating-ui/dom');
    if (this.openId !== id) return;
    const place = () =>
      computePosition(anchor, floating, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply: ({ availableWidth, availableHeight }) => {
              // CSSOM writes, not style attributes: allowed under a strict CSP.
              floating.style.maxWidth = `${Math.min(availableWidth, 352)}px`;
              floating.style.maxHeight = `${Math.max(availableHeight, 120)}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        floating.style.left = `${x}px`;
        floating.style.top = `${y}px`;
      });
    this.stopFollowing = autoUpdate(anchor, floating, () => void place());
  }

  close(returnFocus = false): void {
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    if (this.openId === undefined) return;
    this.openId = undefined;
    this.host.requestUpdate();
    if (returnFocus) this.anchor?.focus();
  }
}
