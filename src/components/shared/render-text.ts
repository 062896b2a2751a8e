/**
 * Rendering policy text safely. Policy content is untrusted: it is rendered as text nodes
 * through Lit bindings (never as HTML), and only http(s), mailto and tel links become links; a
 * relative link is resolved against the document's base URL first, then held to the same rule.
 * (In two modules, so that a view that needs only the first need not load the second.)
 */
import { SAFE_LINK } from '../../policy/links.js';

export { inLang, resolver, sentenceAround, tagged, type Resolve } from './text-lang.js';
export { dataItems, href, nameLinks, richText, textList } from './rich-text.js';

/** Whether a URL may be linked as it is (no base URL to resolve a relative one against). */
export const isSafeLink = (href: string): boolean => SAFE_LINK.test(href.trim());
