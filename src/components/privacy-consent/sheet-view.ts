/* eslint-disable lit-a11y/click-events-have-key-events -- the dialog's click handler only catches a press on its backdrop; keyboards close it with Esc. */
/**
 * The sheet of the `sheet` layout, loaded the first time a 보기 button is pressed (its template
 * and styles stay out of the first load): a modal `<dialog>` with one item's full notice or terms
 * document, rising from the bottom on a narrow screen and centred on a wide one. Its 동의합니다
 * button ticks the item; 닫기, Esc or a press on the backdrop close it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { FormItem } from '../../consent/form-model.js';
import { basisText, type ViewContext } from './item-view.js';
import { bodyTemplate } from './notice-body.js';

export const sheetStyles = css`
  dialog.sheet {
    box-sizing: border-box;
    inline-size: min(40rem, 100vw - 2rem);
    max-inline-size: none;
    max-block-size: min(48rem, 100dvh - 2rem);
    padding: 0;
    border: 0;
    border-radius: calc(var(--_radius) * 2);
    color: var(--_text);
    background: var(--_surface);
    box-shadow: 0 0.75rem 2.5rem rgb(0 0 0 / 25%);
    overflow: hidden;
  }
  dialog.sheet[open] {
    display: flex;
    flex-direction: column;
  }
  dialog.sheet::backdrop {
    background: rgb(0 0 0 / 45%);
  }
  .sheet-head {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
    padding: calc(var(--_space) * 2) calc(var(--_space) * 2) var(--_space);
  }
  .sheet-head h2 {
    flex: 1;
    min-inline-size: 0;
    margin: 0;
    font-size: 1.125em;
    overflow-wrap: anywhere;
  }
  .sheet-close,
  .sheet-agree {
    font: inherit;
    cursor: pointer;
  }
  .sheet-close {
    flex: none;
    min-block-size: 24px;
    padding: 0.15em 0.6em;
    color: var(--_text);
    background: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .sheet-body {
    flex: 1 1 auto;
    min-block-size: 0;
    overflow: auto;
    overscroll-behavior: contain;
    padding: 0 calc(var(--_space) * 2) calc(var(--_space) * 2);
    font-size: var(--_notice-size);
  }
  .sheet-foot {
    padding: var(--_space) calc(var(--_space) * 2) calc(var(--_space) * 2);
    border-block-start: 1px solid var(--_border);
  }
  .sheet-agree {
    inline-size: 100%;
    padding: calc(var(--_space) * 1.5);
    font-weight: 700;
    color: var(--_on-brand);
    background: var(--_brand);
    border: 0;
    border-radius: var(--_radius);
  }
  /* A bottom sheet on a phone: full width, from the bottom edge, rising into view. */
  @media (max-width: 599.98px) {
    dialog.sheet {
      inline-size: 100%;
      max-block-size: 85dvh;
      margin: auto 0 0;
      border-end-start-radius: 0;
      border-end-end-radius: 0;
    }
    dialog.sheet[open] {
      animation: privacy-sheet-rise 0.2s ease-out;
    }
  }
  @keyframes privacy-sheet-rise {
    from {
      transform: translateY(100%);
    }
  }
  @media (forced-colors: active) {
    dialog.sheet {
      border: 1px solid CanvasText;
    }
  }
`;

export interface SheetView {
  /** The item shown, or undefined while the sheet is closed. */
  readonly entry?: FormItem;
  readonly ctx: ViewContext;
  readonly onAgree: (id: string) => void;
  readonly onClose: (event: Event) => void;
}

const close = (event: Event) => (event.target as HTMLElement).closest('dialog')?.close();

export const sheetTemplate = ({ entry, ctx, onAgree, onClose }: SheetView): TemplateResult => {
  const term = ctx.localize.term.bind(ctx.localize);
  const consent = entry && !entry.noticeOnly;
  return html`<dialog
    class="sheet"
    part="sheet"
    aria-labelledby="sheet-title"
    @close=${onClose}
    @click=${(event: Event) => {
      // A press on the backdrop lands on the dialog itself: its content fills it.
      if (event.target === event.currentTarget) close(event);
    }}
  >
    ${
      entry
        ? html`<div class="sheet-head">
              <h2 id="sheet-title">
                ${
                  consent
                    ? html`<span class="tag ${entry.required ? 'required' : 'optional'}"
                        >[${term(entry.required ? 'required' : 'optional')}]</span
                      > `
                    : nothing
                }<span lang=${ctx.t.langOf(entry.item.title)}>${ctx.t(entry.item.title)}</span>
              </h2>
              <button type="button" class="sheet-close" part="close" @click=${close}>${term('close')}</button>
            </div>
            <div class="sheet-body" role="region" tabindex="0" aria-labelledby="sheet-title">
              ${bodyTemplate(entry, ctx, false)}
              ${consent ? nothing : html`<p class="hint">${term('processingBasis')}: ${basisText(entry, ctx)}</p>`}
            </div>
            ${
              consent
                ? html`<div class="sheet-foot">
                    <button
                      type="button"
                      class="sheet-agree"
                      part="agree"
                      ?disabled=${ctx.disabled}
                      @click=${(event: Event) => {
                        onAgree(entry.id);
                        close(event);
                      }}
                    >
                      ${term('agree')}
                    </button>
                  </div>`
                : nothing
            }`
        : nothing
    }
  </dialog>`;
};
