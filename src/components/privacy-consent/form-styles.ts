import { css } from 'lit';

/**
 * The signup screen's styles (the account modes build on them): adopted by the element when its
 * view arrives with the policy checker, before the first render that needs them (see adopt-styles.ts).
 */
export const formStyles = css`
  :host {
    --_notice-size: 0.875em;
    --_box: max(24px, 1.5em);
    --_box-line: color-mix(in srgb, var(--_text-muted) 65%, var(--_surface));
  }

  /* Where color-mix() is missing (Chrome < 111, Firefox < 113), the box outline is the muted text colour. */
  @supports not (color: color-mix(in srgb, red 50%, blue)) {
    :host {
      --_box-line: var(--_text-muted);
    }
  }

  /* Columns, not grids: a wide table inside never widens the form (a grid item's min-width: auto would). */
  .base,
  .group,
  ul.items {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  .base {
    gap: calc(var(--_space) * 1.5);
  }
  .group {
    gap: var(--_space);
  }
  /* 필수 and 선택 apart (PIPC 2022 안내서). */
  .group + .group {
    border-block-start: 1px solid var(--_border);
    padding-block-start: calc(var(--_space) * 1.5);
  }
  .group-label {
    margin: 0;
    font-size: var(--_notice-size);
    font-weight: 700;
    color: var(--_text-muted);
  }
  ul.items {
    list-style: none;
    margin: 0;
    padding: 0;
    gap: calc(var(--_space) * 1.5);
  }

  .all,
  .notices {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
    background: var(--_surface);
  }
  .all {
    background: var(--_surface-muted);
    --_box: max(28px, 1.75em);
  }
  .all-label {
    font-weight: 700;
    font-size: 1.125em;
  }

  /* A row: the box, its label, and the details or 보기 button. */
  .check {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    align-items: start;
    column-gap: var(--_space);
  }
  .check label {
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .all .check,
  .age .check,
  .channel-list .check {
    grid-template-columns: auto minmax(0, 1fr);
  }
  .all .check {
    align-items: center;
  }

  /* The round check Korean signup screens use; 24×24 CSS px at least; ::part(checkbox) restyles it. */
  .box {
    position: relative;
    display: inline-grid;
    flex: none;
    inline-size: var(--_box);
    block-size: var(--_box);
  }
  .box input {
    appearance: none;
    box-sizing: border-box;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    border: 2px solid var(--_box-line);
    border-radius: 50%;
    background: var(--_surface);
    cursor: pointer;
  }
  .box input:checked,
  .box input:indeterminate {
    background: var(--_brand);
    border-color: var(--_brand);
  }
  .box input:disabled {
    cursor: not-allowed;
    opacity: 0.5;
  }
  .tick {
    position: absolute;
    inset: 0;
    margin: auto;
    inline-size: 26%;
    block-size: 48%;
    box-sizing: border-box;
    border: solid var(--_box-line);
    border-width: 0 2px 2px 0;
    transform: translateY(-10%) rotate(45deg);
    pointer-events: none;
  }
  input:checked + .tick {
    border-color: var(--_on-brand);
  }
  input:indeterminate + .tick {
    inline-size: 46%;
    block-size: 0;
    border-width: 0 0 2px;
    border-color: var(--_on-brand);
    transform: none;
  }
  input:disabled + .tick {
    opacity: 0.5;
  }

  .hint {
    margin: calc(var(--_space) / 2) 0 0;
    color: var(--_text-muted);
    font-size: var(--_notice-size);
  }

  /* What sits under a label lines up with the label. */
  .summary,
  .under,
  fieldset.channels {
    margin-inline-start: calc(var(--_box) + var(--_space));
  }
  .summary {
    margin-block: calc(var(--_space) / 4) 0;
    font-size: var(--_notice-size);
    overflow-wrap: anywhere;
  }

  /* [필수] / [선택] are words, not colours: the colour only repeats what the text says. */
  .tag {
    font-weight: 700;
    margin-inline-end: 0.25em;
  }
  .tag.required {
    color: var(--_danger);
  }

  .toggle,
  .view {
    flex: none;
    font: inherit;
    font-size: var(--_notice-size);
    min-block-size: 24px;
    white-space: nowrap;
    cursor: pointer;
  }
  .toggle {
    color: var(--_brand);
    background: none;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.15em 0.6em;
  }
  .view {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    color: var(--_text-muted);
    background: none;
    border: 0;
    padding: 0.15em 0.25em 0.15em 0.5em;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .chevron {
    inline-size: 0.45em;
    block-size: 0.45em;
    border: solid currentColor;
    border-width: 2px 2px 0 0;
    transform: rotate(45deg);
  }

  /*
   * Important matters (PIPA 22(2), Decree 17(3)): at least 9pt (12px) and 20 % larger than
   * the notice text, and bold and underlined. !important inside the shadow root wins over
   * any ::part() or inherited style, so no theme can undo it.
   */
  .important {
    font-size: max(12px, 1.2em) !important;
    font-weight: 700 !important;
    text-decoration: underline !important;
    text-underline-offset: 0.15em;
  }

  fieldset.channels {
    border: 0;
    margin-block: var(--_space) 0;
    margin-inline-end: 0;
    padding: 0;
    min-inline-size: 0;
  }
  fieldset.channels legend {
    padding: 0;
    font-weight: 600;
  }
  .channel-list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    margin-block: calc(var(--_space) / 2);
  }

  .notices h3 {
    font-size: 1em;
    margin: 0 0 calc(var(--_space) / 2);
  }
  .notices ul {
    list-style: none;
    margin: var(--_space) 0 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .notices .check {
    grid-template-columns: minmax(0, 1fr) auto;
  }
  .notices .summary {
    margin-inline-start: 0;
  }

  .under {
    margin-block-start: calc(var(--_space) / 2);
  }

  button.submit,
  .link-button {
    font: inherit;
    cursor: pointer;
  }
  button.submit {
    align-self: flex-start;
    color: var(--_on-brand);
    background: var(--_brand);
    border: 0;
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 3);
    font-weight: 700;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .link-button {
    color: var(--_brand);
    background: none;
    border: 0;
    padding: 0;
    text-align: start;
    text-decoration: underline;
  }

  @media (forced-colors: active) {
    /* The ring, the fill and the tick in system colours. */
    .box * {
      forced-color-adjust: none;
      --_box-line: CanvasText;
      --_surface: Canvas;
      --_brand: Highlight;
      --_on-brand: HighlightText;
    }
  }
`;
