import { css } from 'lit';
import { coreTokens } from './core-tokens.js';

export { coreTokens };

/**
 * Design tokens. Public `--privacy-*` custom properties set anywhere above the element
 * (or on it) win; each falls back to a default. Internally components read the private
 * `--_*` copies only.
 *
 * Colours use `light-dark()`, which follows the inherited `color-scheme`: on a page that
 * declares `color-scheme: light dark` the elements follow the OS setting; on a light-only
 * page they stay light. Set `color-scheme: dark` on an element to force dark.
 *
 * Two parts, so the cookie notice's banner adopts only what it reads ({@link coreTokens}) and
 * the rest when its settings open ({@link moreTokens}); the other elements take both ({@link tokens}).
 * The core is in core-tokens.ts, so that importing it does not bring the rest.
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

/** Every token: what `<privacy-consent>` and `<privacy-policy>` adopt. */
export const tokens = css`
  ${coreTokens}
  ${moreTokens}
`;
