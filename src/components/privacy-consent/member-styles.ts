import { css } from 'lit';

/**
 * Styles of the account modes and the guardian step, adopted when they first load (see
 * adopt-styles.ts), so the signup form's first load does not carry them.
 */
export const memberStyles = css`
  .mode-title {
    font-size: 1.125em;
    margin: 0;
  }
  .member > p {
    margin: 0;
  }

  /* A required item in manage: no box, so its lines start at the edge. */
  .item.fixed .check {
    grid-template-columns: minmax(0, 1fr) auto;
  }
  .item.fixed .summary,
  .item.fixed .decision {
    margin-inline-start: 0;
  }

  .decision {
    margin-block: calc(var(--_space) / 4) 0;
    margin-inline-start: calc(var(--_box) + var(--_space));
    color: var(--_text-muted);
    font-size: var(--_notice-size);
  }
  .member-channels {
    flex-direction: column;
  }
  .member-channels .decision {
    grid-column: 2;
    margin-inline-start: 0;
  }
  .item-title {
    margin: 0;
  }

  .leave {
    margin-inline-start: 0.5em;
    color: var(--_brand);
  }

  .reason {
    font-weight: 700;
  }
  .change-reason {
    margin: calc(var(--_space) / 2) 0 0;
    margin-inline-start: calc(var(--_box) + var(--_space));
    font-size: var(--_notice-size);
  }
  .changes {
    margin: calc(var(--_space) / 2) 0 0;
    margin-inline-start: calc(var(--_box) + var(--_space));
    font-size: var(--_notice-size);
  }
  .changes dt {
    font-weight: 600;
  }
  .changes dd {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .changes .was,
  .changes .is {
    display: block;
    overflow-wrap: anywhere;
  }
  .changes .is {
    font-weight: 600;
  }

  /* Keep and withdraw (and the guardian's button): the same weight, one action each. */
  button.secondary {
    font: inherit;
    font-weight: 600;
    min-block-size: 44px;
    padding: var(--_space) calc(var(--_space) * 2);
    color: var(--_brand);
    background: var(--_surface);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .answer,
  .guardian-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
    margin: var(--_space) 0 0;
  }
  .guardian-under {
    margin: 0;
    font-weight: 600;
  }

  .sender,
  .result dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: 0;
  }
  .sender dd,
  .result dd {
    margin: 0;
  }
  .sender dt,
  .result dt {
    font-weight: 600;
  }
  .result {
    margin-block-start: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
    font-size: var(--_notice-size);
  }
  .result h3 {
    font-size: 1.1em;
    margin: 0 0 var(--_space);
  }
  .result ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .result code {
    overflow-wrap: anywhere;
  }
`;
