import type { CSSResult } from 'lit';

/**
 * Adds the styles of a view loaded on demand (the notices, the sheet, the confirmation) to the
 * element's shadow root, so they stay out of the first load. Constructable style sheets, as Lit's
 * own: no `<style>` element, nothing a strict CSP would block.
 */
export const adoptStyles = (root: HTMLElement | DocumentFragment, ...styles: CSSResult[]): void => {
  if (!(root instanceof ShadowRoot)) return;
  const sheets = styles
    .map((style) => style.styleSheet!)
    .filter((sheet) => sheet && !root.adoptedStyleSheets.includes(sheet));
  if (sheets.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
};
