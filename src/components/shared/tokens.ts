import { css } from 'lit';
import { coreTokens } from './core-tokens.js';
import { moreTokens } from './more-tokens.js';

export { coreTokens, moreTokens };

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
 * The core is in core-tokens.ts, the rest in more-tokens.ts, so that importing one does not bring the other.
 */

/** Every token: what `<privacy-consent>` and `<privacy-policy>` adopt. */
export const tokens = css`
  ${coreTokens}
  ${moreTokens}
`;
