import type { DataItems, RichText, Span, Text, TextList } from './types.js';

/**
 * Picks the string for `lang` from a {@link Text}: the exact tag, then its base language
 * (`en-US` → `en`), then the document language, then the first one present.
 */
export const resolveText = (text: Text, lang: string, documentLang = 'ko'): string => {
  if (typeof text === 'string') return text;
  const base = lang.split('-')[0] ?? lang;
  return text[lang] ?? text[base] ?? text[documentLang] ?? Object.values(text)[0] ?? '';
};

/** Whether a text has a version in `lang` (or its base language). */
export const hasLocale = (text: Text, lang: string, documentLang: string): boolean =>
  typeof text === 'string'
    ? documentLang.split('-')[0] === lang.split('-')[0]
    : lang in text || lang.split('-')[0]! in text;

/** Plain text of rich text: spans concatenated, links reduced to their text. */
export const plainText = (rich: RichText | undefined, lang = 'ko', documentLang = 'ko'): string => {
  if (rich === undefined) return '';
  if (!Array.isArray(rich)) return resolveText(rich as Text, lang, documentLang);
  return rich
    .map((part: string | Span) => resolveText(typeof part === 'string' ? part : part.text, lang, documentLang))
    .join('');
};

/** A text list as plain strings, one per entry. */
export const listTexts = (list: TextList | undefined, lang = 'ko', documentLang = 'ko'): string[] =>
  list === undefined
    ? []
    : (Array.isArray(list) ? (list as readonly Text[]) : [list as Text]).map((text) =>
        resolveText(text, lang, documentLang),
      );

/** Every leaf data item, depth first (`{label, items}` groups are flattened). */
export const leafItems = (items: DataItems | undefined): Text[] =>
  (items ?? []).flatMap((item) =>
    typeof item === 'object' && 'items' in item && 'label' in item
      ? leafItems(item.items as DataItems)
      : [item as Text],
  );

/** The age below which a guardian consents in Korea (PIPA 22-2). */
export const KR_MINIMUM_AGE = 14;

/**
 * The age limit a form asks about and a record states: the policy's `minimumAge`, 14 when it
 * gives none, and never below 14, because records are made under Korean law (a policy that
 * says 13 is linted).
 */
export const ageLimit = (children: { readonly minimumAge?: number }): number =>
  Math.max(KR_MINIMUM_AGE, children.minimumAge ?? KR_MINIMUM_AGE);
