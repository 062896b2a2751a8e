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

/**
 * The language {@link resolveText} picks for `lang`: the locale key it took, or the document
 * language for a plain string (so each piece of text can be tagged with the language it is in).
 */
export const resolvedLang = (text: Text, lang: string, documentLang = 'ko'): string => {
  if (typeof text === 'string') return documentLang;
  const base = lang.split('-')[0] ?? lang;
  return [lang, base, documentLang].find((key) => text[key] !== undefined) ?? Object.keys(text)[0] ?? documentLang;
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

/** Every string of a text: the one string, or each locale's. */
export const textVariants = (text: Text | undefined): string[] =>
  text === undefined ? [] : typeof text === 'string' ? [text] : Object.values(text);

/**
 * Text folded for comparison: compatibility forms (`㈜` → `(주)`, full-width letters), lower
 * case, and no whitespace, punctuation or symbols, so `이메일 주소`, `이메일주소` and `이메일·주소`
 * compare equal.
 */
export const foldText = (value: string): string =>
  value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');

/** Text without its parenthesised asides: `이름(단체명)` → `이름`. */
export const withoutAsides = (value: string): string => value.replace(/\([^()]*\)|\[[^[\]]*\]|（[^（）]*）/g, ' ');

// Keys whose strings are identifiers, links or enum values, not text a person reads.
const NOT_TEXT = new Set([
  'id',
  'type',
  'href',
  'url',
  'website',
  'rowsFrom',
  'retentionFrom',
  'section',
  'kind',
  'consentMode',
  'route',
  'basisType',
  'role',
  'category',
  'important',
  'email',
  'phone',
  'fax',
]);

/**
 * Every human-readable string inside a value (a block, a section, a consent item), each locale of
 * a text included; identifiers, links and enum values are skipped.
 */
export const stringsIn = (value: unknown, into: string[] = []): string[] => {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const inner of value) stringsIn(inner, into);
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) if (!NOT_TEXT.has(key)) stringsIn(inner, into);
  return into;
};
