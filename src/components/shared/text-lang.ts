/**
 * Policy text in the reader's language: resolving localized text (falling back to the policy's
 * language) and tagging text in another language than the UI's. The part of render-text.ts a
 * form needs on first render, apart from rich text, which views show later.
 */
import { html, type TemplateResult } from 'lit';
import { resolvedLang, resolveText } from '../../policy/text.js';
import type { Text } from '../../policy/types.js';

/**
 * Resolves localized text for the reader's language, falling back to the policy's; `base` is
 * the document's base URL, which relative links resolve against.
 */
export interface Resolve {
  (text: Text): string;
  readonly base?: string;
  /** The language a text resolves to (its locale, or the policy's for a plain string). */
  readonly langOf: (text: Text) => string;
  /** The UI's language (its catalog's): policy text in another language is tagged with its own. */
  readonly ui: string;
}

/** `ui`: the language the element's own strings are in (default: `lang`). */
export const resolver = (lang: string, policyLang: string, base?: string, ui = lang): Resolve =>
  Object.assign((text: Text) => resolveText(text, lang, policyLang), {
    ...(base ? { base } : {}),
    langOf: (text: Text) => resolvedLang(text, lang, policyLang),
    ui,
  });

export const sameLanguage = (a: string, b: string) => a.split('-')[0]!.toLowerCase() === b.split('-')[0]!.toLowerCase();

/**
 * A policy text, inside `<span lang>` when it is not in the UI's language (WCAG 3.1.2): the
 * element's own strings are in the UI's language, each piece of policy text in its own.
 */
export const inLang = (text: Text, t: Resolve): TemplateResult | string => tagged(t(text), t.langOf(text), t);

/** A string known to be in `lang` (a piece of resolved policy text), tagged when that is not the UI's (`t.ui`). */
export const tagged = (value: string, lang: string, t: Pick<Resolve, 'ui'>): TemplateResult | string =>
  value === '' || sameLanguage(lang, t.ui) ? value : html`<span lang=${lang}>${value}</span>`;

const SLOT = '\u0000';

/**
 * A UI sentence around one piece of policy text, each in its language: `sentence` is the catalog
 * string given a placeholder where the piece goes (`(slot) => term('aboutCategory', slot)`).
 */
export const sentenceAround = (sentence: (slot: string) => string, piece: unknown): unknown[] => {
  const [before = '', after = ''] = sentence(SLOT).split(SLOT);
  return [before, piece, after];
};
