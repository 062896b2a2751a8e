/**
 * Rendering policy text safely. Policy content is untrusted: it is rendered as text nodes
 * through Lit bindings (never as HTML), and only http(s), mailto and tel links become links; a
 * relative link is resolved against the document's base URL first, then held to the same rule.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { resolveLink, SAFE_LINK } from '../../policy/links.js';
import { resolveText } from '../../policy/text.js';
import type { DataItemGroup, DataItems, RichText, Span, Text, TextList } from '../../policy/types.js';

/** Whether a URL may be linked as it is (no base URL to resolve a relative one against). */
export const isSafeLink = (href: string): boolean => SAFE_LINK.test(href.trim());

/**
 * Resolves localized text for the reader's language, falling back to the policy's; `base` is
 * the document's base URL, which relative links resolve against.
 */
export interface Resolve {
  (text: Text): string;
  readonly base?: string;
}

export const resolver = (lang: string, policyLang: string, base?: string): Resolve =>
  Object.assign((text: Text) => resolveText(text, lang, policyLang), base ? { base } : {});

/** The target to link to, resolved against the document's base URL; undefined: show as text. */
export const href = (target: string | undefined, t: Resolve): string | undefined =>
  target === undefined ? undefined : resolveLink(target, t.base);

const span = (part: string | Span, t: Resolve): TemplateResult | string => {
  if (typeof part === 'string') return part;
  const content = t(part.text);
  const target = part.href === undefined ? undefined : href(part.href, t);
  const inner = target ? html`<a href=${target}>${content}</a>` : content;
  if (part.strong && part.underline) return html`<strong><u>${inner}</u></strong>`;
  if (part.strong) return html`<strong>${inner}</strong>`;
  if (part.underline) return html`<u>${inner}</u>`;
  return inner;
};

/** Rich text: plain, localized, or runs with links and emphasis. */
export const richText = (rich: RichText | undefined, t: Resolve): unknown =>
  rich === undefined
    ? nothing
    : Array.isArray(rich)
      ? rich.map((part: string | Span) => span(part, t))
      : t(rich as Text);

/** Links printed after a name (`[전체보기]`), each a span, a space before each. */
export const nameLinks = (links: readonly Span[] | undefined, t: Resolve): unknown =>
  links?.length ? links.map((link) => html` ${span(link, t)}`) : nothing;

/** A text list: one text inline, several as a list. */
export const textList = (list: TextList | undefined, t: Resolve): unknown => {
  if (list === undefined) return nothing;
  if (!Array.isArray(list)) return t(list as Text);
  const texts = list as readonly Text[];
  return texts.length === 1
    ? t(texts[0]!)
    : html`<ul class="text-list">
        ${texts.map((text) => html`<li>${t(text)}</li>`)}
      </ul>`;
};

const isGroup = (item: Text | DataItemGroup): item is DataItemGroup =>
  typeof item === 'object' && 'items' in item && 'label' in item;

/**
 * Data items as the policy names them: `a, b, c`. With groups, a list whose entries are each
 * group (`label: a, b`) and each run of loose items, so an item after a group never reads as
 * part of it, on screen or to a screen reader.
 */
export const dataItems = (items: DataItems | undefined, t: Resolve): unknown => {
  if (!items?.length) return nothing;
  if (!items.some(isGroup)) return (items as readonly Text[]).map((item) => t(item)).join(', ');
  const entries: unknown[] = [];
  let loose: string[] = [];
  const flushLoose = () => {
    if (loose.length) entries.push(html`<li>${loose.join(', ')}</li>`);
    loose = [];
  };
  for (const item of items) {
    if (isGroup(item)) {
      flushLoose();
      entries.push(
        html`<li class="item-group">
          <span class="group-label">${t(item.label)}:</span> ${dataItems(item.items, t)}
        </li>`,
      );
    } else loose.push(t(item));
  }
  flushLoose();
  return html`<ul class="data-items">
    ${entries}
  </ul>`;
};
