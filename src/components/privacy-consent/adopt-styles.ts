import type { CSSResult } from 'lit';

/**
 * Adds the styles of a view loaded on demand (the sheet, the confirmation) to the element's shadow
 * root, so they stay out of the first load. Constructable style sheets, as Lit's own: no `<style>`
 * element, nothing a strict CSP would block.
 */
export const adoptStyles = (root: HTMLElement | DocumentFragment, styles: CSSResult): void => {
  const sheet = styles.styleSheet;
  if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
};
