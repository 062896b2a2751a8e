/**
 * Checks for the language-of-parts tests (WCAG 3.1.2): text whose script contradicts the
 * language it is tagged with, in text nodes and in accessible-name attributes.
 */

/** The language a text node is in for assistive technology: its nearest `lang`, through the shadow root. */
export const langOf = (node: Text): string => {
  let element: Element | null = node.parentElement;
  while (element) {
    const tagged = element.closest('[lang]');
    if (tagged) return tagged.getAttribute('lang')!.split('-')[0]!;
    const root = element.getRootNode();
    element = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
};

/** Text nodes whose script contradicts their language: Hangul outside `ko`, English words inside it. */
export const mislabelled = (host: Element): string[] => {
  const found: string[] = [];
  const walker = document.createTreeWalker(host.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = node.data.replace(/\s+/g, ' ').trim();
    if (!text || node.parentElement?.closest('style')) continue;
    const lang = langOf(node);
    const hangul = /[가-힣]/.test(text);
    // English words; not an address, nor a loanword a Korean text writes in Latin letters (E-mail),
    // nor a version label (ver 7.1).
    const english =
      !hangul &&
      /\b[a-z]{3,}\b/.test(text) &&
      !/@|:\/\/|www\.|\.(com|kr|net)\b|^[A-Z]-?[a-z]+$|^ver\.? ?\d[\d.]*$/.test(text);
    if ((hangul && lang !== 'ko') || (english && lang !== 'en')) found.push(`${lang}: ${text.slice(0, 40)}`);
  }
  return found;
};

/** The language an element is in: its nearest `lang`, through shadow roots. */
const elementLang = (start: Element): string => {
  for (let element: Element | null = start; element;) {
    const tagged = element.closest('[lang]');
    if (tagged) return tagged.getAttribute('lang')!.split('-')[0]!;
    const root = element.getRootNode();
    element = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
};

/**
 * `aria-label`s with words not in the language of the element they sit on (an attribute holds
 * one language: a name that mixes policy text in another language with UI words points at
 * tagged elements with `aria-labelledby` instead), and `aria-labelledby` ids that name nothing.
 */
export const mislabelledNames = (host: Element): string[] => {
  const found: string[] = [];
  const root = host.shadowRoot!;
  for (const element of root.querySelectorAll('[aria-label]')) {
    const label = element.getAttribute('aria-label')!;
    const lang = elementLang(element);
    const hangul = /[가-힣]/.test(label);
    const english = /[a-z]{3,}/i.test(label.replace(/[가-힣]+/g, ' ')) && !/@|:\/\//.test(label);
    if ((hangul && lang !== 'ko') || (english && lang !== 'en')) found.push(`${lang}: aria-label "${label}"`);
  }
  for (const element of root.querySelectorAll('[aria-labelledby]'))
    for (const id of element.getAttribute('aria-labelledby')!.split(/\s+/))
      if (!root.getElementById(id)) found.push(`aria-labelledby names no element: ${id}`);
  return found;
};
