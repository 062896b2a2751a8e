/**
 * Rich policy text: runs with links and emphasis, text lists, data items. Policy content is
 * untrusted: rendered as text nodes through Lit bindings (never as HTML), and only http(s),
 * mailto and tel links become links, a relative one resolved against the document's base URL
 * first and held to the same rule.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { resolveLink } from '../../policy/links.js';
import type { DataItemGroup, DataItems, RichText, Span, Text, TextList } from '../../policy/types.js';
import { inLang, sameLanguage, type Resolve } from './text-lang.js';

/** The target to link to, resolved against the document's base URL; undefined: show as text. */
export const href = (target: string | undefined, t: Resolve): string | undefined =>
  target === undefined ? undefined : resolveLink(target, t.base);

const span = (part: string | Span, t: Resolve): TemplateResult | string => {
  if (typeof part === 'string') return inLang(part, t);
  const content = inLang(part.text, t);
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
      : inLang(rich as Text, t);

/** Links printed after a name (`[전체보기]`), each a span, a space before each. */
export const nameLinks = (links: readonly Span[] | undefined, t: Resolve): unknown =>
  links?.length ? links.map((link) => html` ${span(link, t)}`) : nothing;

/** A text list: one text inline, several as a list. */
export const textList = (list: TextList | undefined, t: Resolve): unknown => {
  if (list === undefined) return nothing;
  if (!Array.isArray(list)) return inLang(list as Text, t);
  const texts = list as readonly Text[];
  return texts.length === 1
    ? inLang(texts[0]!, t)
    : html`<ul class="text-list">
        ${texts.map((text) => html`<li>${inLang(text, t)}</li>`)}
      </ul>`;
};

/** `a, b, c`: one string when all are in the UI's language, else each in its own. */
const commaList = (items: readonly Text[], t: Resolve): unknown =>
  items.every((item) => sameLanguage(t.langOf(item), t.ui))
    ? items.map((item) => t(item)).join(', ')
    : items.map((item, index) => html`${index ? ', ' : ''}${inLang(item, t)}`);

const isGroup = (item: Text | DataItemGroup): item is DataItemGroup =>
  typeof item === 'object' && 'items' in item && 'label' in item;

/**
 * Data items as the policy names them: `a, b, c`. With groups, a list whose entries are each
 * group (`label: a, b`) and each run of loose items, so an item after a group never reads as
 * part of it, on screen or to a screen reader.
 */
export const dataItems = (items: DataItems | undefined, t: Resolve): unknown => {
  if (!items?.length) return nothing;
  if (!items.some(isGroup)) return commaList(items as readonly Text[], t);
  const entries: unknown[] = [];
  let loose: Text[] = [];
  const flushLoose = () => {
    if (loose.length) entries.push(html`<li>${commaList(loose, t)}</li>`);
    loose = [];
  };
  for (const item of items) {
    if (isGroup(item)) {
      flushLoose();
      entries.push(
        html`<li class="item-group">
          <span class="group-label">${inLang(item.label, t)}:</span> ${dataItems(item.items, t)}
        </li>`,
      );
    } else loose.push(item);
  }
  flushLoose();
  return html`<ul class="data-items">
    ${entries}
  </ul>`;
};
