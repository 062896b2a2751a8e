import type { CSSResult } from 'lit';

/** Styles added as `<style>` elements, per shadow root (engines without constructable style sheets). */
const added = new WeakMap<ShadowRoot, Set<CSSResult>>();

/**
 * Adds the styles of a view loaded on demand (the notices, the sheet, the confirmation) to the
 * element's shadow root, so they stay out of the first load. Constructable style sheets, as Lit's
 * own: no `<style>` element, nothing a strict CSP would block. Where the engine has none (Firefox
 * before 101), a `<style>` element after Lit's own, with `window.litNonce` as Lit does.
 */
export const adoptStyles = (root: HTMLElement | DocumentFragment, ...styles: CSSResult[]): void => {
  if (!(root instanceof ShadowRoot)) return;
  for (const style of styles) {
    const sheet = style.styleSheet;
    if (sheet) {
      if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      continue;
    }
    const done = added.get(root) ?? new Set();
    if (done.has(style)) continue;
    added.set(root, done.add(style));
    const element = document.createElement('style');
    const nonce = (globalThis as { litNonce?: string }).litNonce;
    if (nonce !== undefined) element.setAttribute('nonce', nonce);
    element.textContent = style.cssText;
    root.append(element);
  }
};
