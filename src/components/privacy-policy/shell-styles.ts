import { css } from 'lit';

/** What `<privacy-policy>` styles before its document arrives: the host, and the footer trigger. */
export const shellStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  /*
   * In a footer the trigger is part of the host's text: its colour and font, not the tokens'
   * (bold stays, as 개인정보 처리방침 must stand out). The dialog takes the tokens back.
   */
  :host([dialog]) {
    display: inline;
    container-type: normal;
    color: inherit;
    font: inherit;
  }

  /* Footer trigger: a link-looking button; bold by default (개인정보 처리방침 must stand out). */
  .trigger {
    font: inherit;
    font-size: var(--_trigger-font-size);
    color: var(--_trigger-color);
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    text-decoration: underline;
  }
`;
