/**
 * A Lit template as an HTML string, for pages rendered ahead of time (no DOM, no script): the
 * same templates `<privacy-policy>` renders, so the static page and the element say the same.
 * Text and attribute values are escaped; event and property bindings are dropped (a static page
 * has no script), boolean attributes are written when true. Directives are not supported: the
 * policy templates use none, and meeting one is an error rather than a silent gap.
 */
import { noChange, nothing, type TemplateResult } from 'lit';

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeText = (value: string): string => value.replace(/[&<>]/g, (char) => TEXT_ESCAPES[char]!);
export const escapeAttribute = (value: string): string => value.replace(/[&<>"]/g, (char) => TEXT_ESCAPES[char]!);

/** `name=`, `name="`, `name="prefix` at the end of the markup so far, inside a tag. */
const ATTRIBUTE = /([.?@]?[^\s"'>/=]+)=(["']?)([^"'<>]*)$/;

const isTemplate = (value: unknown): value is TemplateResult =>
  typeof value === 'object' && value !== null && '_$litType$' in value && 'strings' in value;

const child = (value: unknown): string => {
  if (value === nothing || value === noChange || value === null || value === undefined) return '';
  if (isTemplate(value)) return template(value);
  if (Array.isArray(value)) return value.map(child).join('');
  if (typeof value === 'object' && '_$litDirective$' in value)
    throw new Error('A directive cannot be rendered statically.');
  if (typeof value === 'object' && Symbol.iterator in value)
    return [...(value as Iterable<unknown>)].map(child).join('');
  return escapeText(String(value));
};

const template = (result: TemplateResult): string => {
  let out = '';
  let dropQuote = '';
  result.strings.forEach((part, index) => {
    if (dropQuote && part.startsWith(dropQuote)) part = part.slice(1);
    dropQuote = '';
    out += part;
    if (index === result.values.length) return;
    const value = result.values[index];
    const tagStart = out.lastIndexOf('<');
    const tag = tagStart >= 0 ? out.slice(tagStart) : '>';
    const inTag = !tag.includes('>');
    if (!inTag) {
      out += child(value);
      return;
    }
    const attribute = ATTRIBUTE.exec(tag);
    if (!attribute) return; // An element binding: nothing to write.
    const [whole, name, quote, prefix] = attribute as unknown as [string, string, string, string];
    const prefixFree = prefix === '';
    const drop = () => {
      out = out.slice(0, out.length - whole.length).replace(/\s+$/, '');
      dropQuote = quote;
    };
    if (name.startsWith('@') || name.startsWith('.')) return drop();
    if (name.startsWith('?')) {
      drop();
      if (value && value !== nothing) out += ` ${name.slice(1)}`;
      return;
    }
    if ((value === nothing || value === undefined || value === null) && prefixFree) return drop();
    const text = value === nothing || value === undefined || value === null ? '' : escapeAttribute(String(value));
    out += quote ? text : `"${text}"`;
  });
  return out;
};

/** The HTML of a template (and of the templates and values inside it). */
export const renderToString = (value: unknown): string => child(value);
