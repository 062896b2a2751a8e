import { css } from 'lit';

/**
 * The element's own styles: what its loading, error and invalid views need. The signup screen's
 * come with its view (form-styles.ts), loaded while the policy downloads.
 */
export const styles = css`
  /* Carries the UI language only; no box of its own. */
  .ui {
    display: contents;
  }
  /*
   * The page's font family unless themed (an unset --privacy-font-family makes the declaration
   * invalid, so the family is inherited); every other inherited text style of the host stops
   * here, so a host's text-align: center, nowrap or letter-spacing cannot pull labels away from
   * their boxes.
   */
  :host {
    display: block;
    font-family: var(--privacy-font-family);
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
  }
`;
