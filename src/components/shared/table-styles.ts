import { css } from 'lit';

/** Tables of policy data (notices in the form, typed tables in the viewer): one look for both. */
export const tableStyles = css`
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: calc(var(--_space) / 2) var(--_space);
    text-align: start;
    vertical-align: top;
  }
  th {
    background: var(--_surface-muted);
    font-weight: 600;
  }
  td ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  /* A group of data items ("라벨: a, b") takes its own line. */
  .item-group {
    display: block;
  }
`;
