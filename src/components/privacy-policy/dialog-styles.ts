import { css } from 'lit';

/** The footer dialog's styles, adopted by the element when it first opens (lazy-views.ts). */
export const styles = css`
  dialog {
    inline-size: min(60rem, 100vw - 2rem);
    max-block-size: calc(100vh - 2rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 calc(var(--_space) * 2) calc(var(--_space) * 2);
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    font-weight: 400;
    line-height: var(--_line-height);
    /* The card layout of tables follows the dialog's width (the inline host is no container). */
    container-type: inline-size;
    /* Whatever gets focus or is scrolled to (a deep link's section) stays clear of the sticky close bar. */
    scroll-padding-block-start: 4.5rem;
  }
  dialog [id^='p-'] {
    scroll-margin-top: 4.5rem;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 45%);
  }
  .dialog-bar {
    position: sticky;
    inset-block-start: 0;
    display: flex;
    justify-content: flex-end;
    padding-block: var(--_space);
    background: var(--_surface);
  }
  .close {
    font: inherit;
    cursor: pointer;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    padding: 0.2em 0.8em;
  }
  @media print {
    .dialog-bar {
      display: none;
    }
  }
`;
