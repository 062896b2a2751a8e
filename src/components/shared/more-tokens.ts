import { css } from 'lit';

/**
 * The tokens beyond the core ones (see tokens.ts for what they mean): a module of its own, so a
 * view that adopts only these (the cookie notice's settings, a failure) shares no code with the
 * banner, which carries the core ones.
 */
/** Muted text and surfaces, danger, the footer trigger, and reduced motion. */
export const moreTokens = css`
  :host {
    --_text-muted: var(--privacy-color-text-muted, light-dark(#55595f, #b5b9c0));
    --_surface-muted: var(--privacy-color-surface-muted, light-dark(#f5f6f8, #26292e));
    --_danger: var(--privacy-color-danger, light-dark(#b3261e, #ffb4ab));
    /* A footer trigger reads like the text around it: its colour and size unless themed. */
    --_trigger-color: var(--privacy-color-trigger, currentColor);
    --_trigger-font-size: var(--privacy-font-size-trigger, 1em);
  }

  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_text-muted: var(--privacy-color-text-muted, #55595f);
      --_surface-muted: var(--privacy-color-surface-muted, #f5f6f8);
      --_danger: var(--privacy-color-danger, #b3261e);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
    }
  }
`;
