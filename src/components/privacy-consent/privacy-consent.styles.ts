import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_notice-size: 0.875em;
  }

  .base {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }

  .all,
  .item,
  .age,
  .notices {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
    background: var(--_surface);
  }

  .all {
    background: var(--_surface-muted);
  }

  .check {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
  }

  .check input {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.15em 0 0;
    accent-color: var(--_brand);
  }

  .check label {
    flex: 1;
    cursor: pointer;
  }

  .all-label {
    font-weight: 700;
  }

  .hint {
    margin: calc(var(--_space) / 2) 0 0;
    color: var(--_text-muted);
    font-size: var(--_notice-size);
  }

  ul.items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }

  /* [필수] / [선택] are words, not colours: the colour only repeats what the text says. */
  .tag {
    font-weight: 700;
    margin-inline-end: 0.25em;
  }
  .tag.required {
    color: var(--_danger);
  }

  .toggle {
    flex: none;
    font: inherit;
    font-size: var(--_notice-size);
    color: var(--_brand);
    background: none;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.15em 0.6em;
    cursor: pointer;
  }

  .notice {
    margin-block-start: var(--_space);
    font-size: var(--_notice-size);
  }

  .notice-table th {
    inline-size: 30%;
  }
  /* Overseas transfer: one table per recipient, then what the item adds. */
  .notice-table + .notice-table {
    margin-block-start: var(--_space);
  }

  .scroll {
    overflow-x: auto;
    margin-block-end: var(--_space);
  }

  .rows {
    min-inline-size: 32rem;
  }

  .group-label {
    font-weight: 600;
  }
  .text-list {
    margin: 0;
    padding-inline-start: 1.2em;
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
    margin: var(--_space) 0 0;
    padding: 0;
    padding-inline-start: calc(1.25em + var(--_space));
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
    display: grid;
    gap: var(--_space);
  }

  .age .under {
    margin-block-start: var(--_space);
  }

  button.submit,
  .link-button {
    font: inherit;
    cursor: pointer;
  }
  button.submit {
    justify-self: start;
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
    text-decoration: underline;
  }

  .receipt {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
  }
  .receipt h2 {
    font-size: 1.2em;
    margin: 0 0 var(--_space);
  }
  .receipt h3 {
    font-size: 1em;
    margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) / 2);
  }
  .receipt dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: 0;
  }
  .receipt dt {
    font-weight: 600;
  }
  .receipt dd {
    margin: 0;
  }
  .receipt code {
    overflow-wrap: anywhere;
  }

  @media (forced-colors: active) {
    .important {
      text-decoration: underline !important;
    }
  }
`;
