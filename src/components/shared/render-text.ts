/**
 * Rendering policy text safely. Policy content is untrusted: it is rendered as text nodes
 * through Lit bindings (never as HTML), and only http(s), mailto and tel links become links.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { SAFE_LINK } from '../../policy/links.js';
import { resolveText } from '../../policy/text.js';
import type { DataItems, RichText, Span, Text, TextList } from '../../policy/types.js';

/** Whether a URL may be linked. */
export const isSafeLink = (href: string): boolean => SAFE_LINK.test(href.trim());

/** Resolves localized text for the reader's language, falling back to the policy's. */
export type Resolve = (text: Text) => string;

export const resolver =
  (lang: string, policyLang: string): Resolve =>
  (text) =>
    resolveText(text, lang, policyLang);

const span = (part: string | Span, t: Resolve): TemplateResult | string => {
  if (typeof part === 'string') return part;
  const content = t(part.text);
  const inner = part.href && isSafeLink(part.href) ? html`<a href=${part.href.trim()}>${content}</a>` : content;
  if (part.strong && part.underline) return html`<strong><u>${inner}</u></strong>`;
  if (part.strong) return html`<strong>${inner}</strong>`;
  if (part.underline) return html`<u>${inner}</u>`;
  return typeof inner === 'string' ? inner : inner;
};

/** Rich text: plain, localized, or runs with links and emphasis. */
export const richText = (rich: RichText | undefined, t: Resolve): unknown =>
  rich === undefined
    ? nothing
    : Array.isArray(rich)
      ? rich.map((part: string | Span) => span(part, t))
      : t(rich as Text);

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

/** Data items as the policy names them: `a, b, c`; a group as `label: a, b`, one group per line. */
export const dataItems = (items: DataItems | undefined, t: Resolve): unknown => {
  if (!items?.length) return nothing;
  const groups: unknown[] = [];
  let loose: string[] = [];
  const flushLoose = () => {
    if (loose.length) groups.push(html`<span class="item-group">${loose.join(', ')}</span>`);
    loose = [];
  };
  for (const item of items) {
    if (typeof item === 'object' && 'items' in item && 'label' in item) {
      flushLoose();
      groups.push(
        html`<span class="item-group"
          ><span class="group-label">${t(item.label as Text)}:</span> ${dataItems(item.items as DataItems, t)}</span
        >`,
      );
    } else loose.push(t(item as Text));
  }
  flushLoose();
  return groups;
};
