import { DEFAULT_LANG } from './catalogs.js';

/**
 * The language an element should speak: its own `lang`, else the nearest ancestor's
 * (crossing shadow roots), else `<html lang>`, else Korean.
 */
export const resolveLang = (element: Element): string => {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return element.ownerDocument?.documentElement.getAttribute('lang') || DEFAULT_LANG;
};
