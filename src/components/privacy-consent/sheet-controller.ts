/**
 * The sheet of the `sheet` layout: loads its view the first time a 보기 button is pressed, opens
 * it as a modal dialog with focus inside, and when it closes (닫기, Esc, the backdrop, or
 * agreeing) puts focus back on the row's 보기 button.
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { ConsentForm } from '../../consent/form-model.js';
import type { ViewContext } from './item-view.js';
import { adoptStyles } from './adopt-styles.js';
import type * as SheetModule from './sheet-view.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class SheetController implements ReactiveController {
  /** The item whose sheet is open. */
  openId?: string;
  /** The view, once loaded. */
  view?: typeof SheetModule;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.openId = undefined;
  }

  /** Opens the sheet of item `id` (loading the view on first use); focus moves to its close button. */
  async open(id: string): Promise<void> {
    if (!this.view) {
      this.view = await import('./sheet-view.js');
      adoptStyles(this.host.renderRoot, this.view.sheetStyles);
    }
    this.openId = id;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.sheet');
    if (!dialog || this.openId !== id) return;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('.sheet-close')?.focus();
  }

  /** The sheet (once its view has loaded): the open item's, or an empty closed dialog. */
  render(model: ConsentForm, ctx: ViewContext, onAgree: (id: string) => void): TemplateResult | undefined {
    return this.view?.sheetTemplate({
      entry: [...model.items, ...model.notices].find((entry) => entry.id === this.openId),
      ctx,
      onAgree,
      onClose: this.closed,
    });
  }

  /** The dialog closed: forget the item and give focus back to its 보기 button. */
  readonly closed = (event: Event): void => {
    // `close` fires a task after closing: the sheet may have opened again, for another item, since.
    if ((event.target as HTMLDialogElement).open) return;
    const id = this.openId;
    this.openId = undefined;
    this.host.requestUpdate();
    if (id) this.host.renderRoot.querySelector<HTMLElement>(`#view-${CSS.escape(id)}`)?.focus();
  };
}
