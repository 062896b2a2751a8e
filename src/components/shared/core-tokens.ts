import { css } from 'lit';

/**
 * The tokens every element reads and the cookie notice's banner needs no more of (see tokens.ts
 * for what they mean): a module of its own, so the banner's first load carries only these.
 */
/** Brand, text, surface, border and focus colours, type and spacing, and the host's text settings. */
export const coreTokens = css`
  :host {
    --_brand: var(--privacy-color-brand, light-dark(#1b5fd1, #8ab4ff));
    --_on-brand: var(--privacy-color-on-brand, light-dark(#ffffff, #0b1a33));
    --_text: var(--privacy-color-text, light-dark(#1d1f23, #e9eaed));
    --_surface: var(--privacy-color-surface, light-dark(#ffffff, #1c1e22));
    --_border: var(--privacy-color-border, light-dark(#c9cdd3, #4a4f57));
    --_focus-ring: var(--privacy-color-focus-ring, light-dark(#1b5fd1, #8ab4ff));
    --_font-family: var(
      --privacy-font-family,
      system-ui,
      -apple-system,
      'Apple SD Gothic Neo',
      'Malgun Gothic',
      'Noto Sans KR',
      sans-serif
    );
    --_font-size: var(--privacy-font-size, 1rem);
    --_line-height: var(--privacy-line-height, 1.6);
    --_radius: var(--privacy-radius, 0.5rem);
    --_space: var(--privacy-space, 0.5rem);

    color-scheme: inherit;
    color: var(--_text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    /* Korean breaks between words (어절), not inside them; long URLs still wrap. */
    word-break: keep-all;
    overflow-wrap: break-word;
    -webkit-text-size-adjust: 100%;
  }

  /* Engines without light-dark() (Safari < 17.5, Chrome < 123, Firefox < 120) drop the colours
     above, which would leave checkboxes and focus rings invisible: they get the light theme. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_brand: var(--privacy-color-brand, #1b5fd1);
      --_on-brand: var(--privacy-color-on-brand, #ffffff);
      --_text: var(--privacy-color-text, #1d1f23);
      --_surface: var(--privacy-color-surface, #ffffff);
      --_border: var(--privacy-color-border, #c9cdd3);
      --_focus-ring: var(--privacy-color-focus-ring, #1b5fd1);
    }
  }

  :host([hidden]) {
    display: none !important;
  }

  :focus-visible {
    outline: 2px solid var(--_focus-ring);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
