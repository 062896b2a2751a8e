import { css } from 'lit';

/** Styles of the loading, error and invalid views (see state-view.ts). */
export const stateStyles = css`
  .status,
  .alert {
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
    margin: 0;
  }
  .alert {
    border: 1px solid var(--_danger);
    color: var(--_danger);
  }
  .alert ul {
    color: var(--_text);
    font-size: 0.875em;
  }

  .retry {
    font: inherit;
    cursor: pointer;
  }
`;
