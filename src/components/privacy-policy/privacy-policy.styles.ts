import { css } from 'lit';

/** The rendered document's styles: they come with it (policy-view.ts); the element's own are in shell-styles.ts. */
export const styles = css`
  .document {
    max-inline-size: 60rem;
  }
  h2 {
    font-size: 1.5em;
    margin: 0 0 calc(var(--_space) / 2);
  }
  h3 {
    font-size: 1.15em;
    margin: calc(var(--_space) * 4) 0 var(--_space);
    scroll-margin-top: var(--_space);
  }
  h4.subheading {
    font-size: 1em;
    margin: calc(var(--_space) * 2) 0 calc(var(--_space) / 2);
  }
  p {
    margin: var(--_space) 0;
  }
  a,
  .link-button {
    color: var(--_brand);
  }
  .link-button {
    font: inherit;
    background: none;
    border: 0;
    padding: 0;
    text-decoration: underline;
    cursor: pointer;
  }
  .controller,
  .note,
  .dates {
    color: var(--_text-muted);
  }
  .dates {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 3);
    margin: 0;
  }
  .dates div {
    display: flex;
    gap: calc(var(--_space) / 2);
  }
  .dates dt::after {
    content: ':';
  }
  .dates dd {
    margin: 0;
  }
  .versions {
    margin-block-start: var(--_space);
  }
  .versions ul {
    margin: calc(var(--_space) / 2) 0;
  }
  .versions li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }

  .notice {
    border-inline-start: 4px solid var(--_brand);
    background: var(--_surface-muted);
    padding: var(--_space) calc(var(--_space) * 1.5);
    margin: calc(var(--_space) * 2) 0;
  }

  .labels ul,
  .toc ul {
    margin: 0;
    padding: 0;
  }
  .labels ul {
    list-style: none;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
    gap: var(--_space);
  }
  /* A pictogram beside the label's name and its value. */
  .labels li {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: center;
    align-content: center;
    gap: 0.2em var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface-muted);
  }
  .pictogram {
    grid-row: span 2;
    inline-size: 2rem;
    block-size: 2rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .label-value {
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  /* A phone number never breaks; an e-mail address only where it offers a break (after @, before a dot). */
  a.tel,
  a.email .nobr {
    white-space: nowrap;
  }
  /* The officer's name, phone and e-mail need the room of two cards. */
  .labels li[data-label='officer'] {
    grid-column: span 2;
  }
  .badge {
    font-weight: 400;
  }
  .section-icon {
    inline-size: 1.5em;
    block-size: auto;
    vertical-align: -0.3em;
    margin-inline-end: 0.4em;
  }
  /* The policy's own numbers are printed; the list adds none. */
  .toc ul {
    list-style: none;
    columns: 2 18rem;
  }
  .toc li {
    break-inside: avoid;
    margin-block-end: 0.2em;
  }

  ul.marked,
  ul.purposes {
    list-style: none;
    padding-inline-start: 0;
  }
  ul.marked ul.marked {
    padding-inline-start: 1.5em;
  }
  .marker {
    font-weight: 600;
  }
  .purpose-title {
    font-weight: 700;
    margin-block-end: 0;
  }

  .table-wrap {
    overflow-x: auto;
    margin: var(--_space) 0;
  }
  /* A generic table wider than the screen scrolls inside its own region, which takes focus. */
  .table-wrap.scroll {
    max-inline-size: 100%;
  }
  .table-wrap.scroll:focus-visible {
    outline: 2px solid var(--_focus-ring);
    outline-offset: 2px;
  }
  .block-marker {
    margin-block-end: 0;
  }
  /*
   * A long address or heading ("Transferee's retention period") may break anywhere rather than
   * push a typed table wider than its wrapper: typed tables never scroll sideways at any width.
   */
  table.cards th,
  table.cards td {
    overflow-wrap: anywhere;
  }
  ul.data-items {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .items ul.data-items {
    margin-block: var(--_space);
  }
  .lead-in {
    margin: 0 0 0.2em;
  }
  .reach span {
    display: block;
    color: var(--_text-muted);
  }
  .item-blocks > :first-child {
    margin-block-start: calc(var(--_space) / 2);
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block: calc(var(--_space) / 2);
  }
  .group-label {
    font-weight: 600;
  }
  .basis-type,
  .route {
    color: var(--_text-muted);
  }
  /* The PIPA 28-8(1) route on its own line under the basis as printed. */
  .route {
    display: block;
  }

  /*
   * A long table (over 50 rows, rendered a chunk at a time: row-chunks.ts) is laid out in pieces,
   * or else the browser lays out and pre-paints every row again for each chunk that arrives (at
   * 10,000 rows, 100 ms a chunk): each chunk is a row group of its own with layout containment, and
   * each row a flex line of equal columns, so rows line up with the header without measuring
   * each other. Not content-visibility: Chromium leaves skipped rows out of the
   * accessibility tree. The card rules below still apply.
   */
  table.long,
  table.long > thead,
  table.long > tbody {
    display: block;
  }
  table.long > tbody {
    contain: layout;
  }
  table.long tr {
    display: flex;
  }
  table.long tr > * {
    flex: 1 1 0;
    min-inline-size: 0;
  }
  /* Each cell draws the lines below and after it; the header the line above, a row's first cell the one before. */
  table.long th,
  table.long td {
    border-block-start: 0;
    border-inline-start: 0;
  }
  table.long th,
  table.long > thead td {
    border-block-start: 1px solid var(--_border);
  }
  table.long th:where(:first-child),
  table.long td:where(:first-child) {
    border-inline-start: 1px solid var(--_border);
  }

  /* Narrow screens (320px phones): each row becomes a card, each cell labelled by its column. */
  @container (max-width: 36rem) {
    table.cards thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    table.cards tr {
      display: block;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin-block-end: var(--_space);
    }
    table.cards td {
      display: block;
      border: 0;
      border-block-end: 1px solid var(--_border);
    }
    table.cards td:last-child {
      border-block-end: 0;
    }
    table.cards td[data-label]:not([data-label=''])::before {
      content: attr(data-label);
      /* Shown, not read: the cell's column header already names it to a screen reader. */
      content: attr(data-label) / '';
      display: block;
      font-weight: 600;
      color: var(--_text-muted);
      font-size: 0.875em;
    }
    /* A cell its row leaves empty is no part of the card. */
    table.cards td.empty {
      display: none;
    }
  }

  /* A table of more than six columns (overseas transfer) becomes cards on a medium screen too. */
  @container (max-width: 48rem) {
    table.wide thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    table.wide tr {
      display: block;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin-block-end: var(--_space);
    }
    table.wide td {
      display: block;
      border: 0;
      border-block-end: 1px solid var(--_border);
    }
    table.wide td:last-child {
      border-block-end: 0;
    }
    table.wide td[data-label]:not([data-label=''])::before {
      content: attr(data-label);
      /* Shown, not read: the cell's column header already names it to a screen reader. */
      content: attr(data-label) / '';
      display: block;
      font-weight: 600;
      color: var(--_text-muted);
      font-size: 0.875em;
    }
    table.wide td.empty {
      display: none;
    }
  }

  .contact dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2em calc(var(--_space) * 2);
    margin: 0;
  }
  .contact dd {
    margin: 0;
  }
  .contact-title {
    font-weight: 700;
  }

  @media print {
    .toc,
    .versions,
    .link-button {
      display: none;
    }
    h3 {
      break-after: avoid;
    }
    tr,
    .contact,
    .labels li {
      break-inside: avoid;
    }
    caption {
      break-after: avoid;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
    }
  }
`;
