/**
 * The one line under an item's title: the facts the law says must stand out (PIPA 22(2), Decree
 * 17(3)), so they are read without opening the notice — "보유 기간: 회원 탈퇴 시까지", "제공받는 자:
 * …". A terms item shows the version of its document instead. Long lists show their first few
 * values and how many more the notice has.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FormItem } from '../../consent/form-model.js';
import { leafItems } from '../../policy/text.js';
import type { DataItems, NoticePart, Text, TextList } from '../../policy/types.js';
import type { ViewContext } from './item-view.js';

/** The facts in the order a reader asks them: who gets it, where, what, why, how long. */
const ORDER: readonly NoticePart[] = ['recipient', 'country', 'items', 'purpose', 'retention', 'disclosure', 'refusal'];
const SHOWN = 3;

/** Every text a notice part holds, as a list. */
const texts = (part: NoticePart, value: unknown): readonly Text[] =>
  value === undefined
    ? []
    : part === 'items'
      ? leafItems(value as DataItems)
      : Array.isArray(value)
        ? (value as readonly Text[])
        : [value as TextList as Text];

/** The distinct values of a part: the item's own, or each recipient row's (the item filling gaps). */
const sourceTexts = (entry: FormItem, part: NoticePart): Text[] => {
  const own = (entry.item as Partial<Record<NoticePart, unknown>>)[part];
  const sources = entry.rows?.length
    ? entry.rows.map((row) => (row as Partial<Record<NoticePart, unknown>>)[part] ?? own)
    : [own];
  return sources.flatMap((value) => texts(part, value));
};

const values = (entry: FormItem, part: NoticePart, ctx: ViewContext): string[] => [
  ...new Set(sourceTexts(entry, part).map(ctx.t)),
];

/** The `[label, value]` pairs of an item's summary; none when it has nothing to emphasise. */
const facts = (entry: FormItem, ctx: ViewContext): [string, string, string][] => {
  const { localize } = ctx;
  return ORDER.filter((part) => entry.emphasis.has(part)).flatMap((part): [string, string, string][] => {
    const all = values(entry, part, ctx);
    if (!all.length) return [];
    const label = localize.term(
      'summaryLabel',
      part === 'recipient' && entry.category === 'overseas' ? 'transferee' : part,
    );
    const shown = all.slice(0, SHOWN).join(', ');
    // The values' language: the language their first text resolved to.
    const lang = ctx.t.langOf(sourceTexts(entry, part)[0]!);
    return [[label, all.length > SHOWN ? `${shown} ${localize.term('andMore', all.length - SHOWN)}` : shown, lang]];
  });
};

/** The summary line of an item (its id is `summary-<item id>`), or undefined when it has none. */
export const summaryTemplate = (entry: FormItem, ctx: ViewContext): TemplateResult | undefined => {
  const { document } = entry.item;
  const term = ctx.localize.term.bind(ctx.localize);
  if (document)
    return html`<p class="summary" part="summary" id="summary-${entry.id}">
      ${term('documentVersion', document.version)}${
        document.effectiveOn ? html` · ${term('documentEffective', document.effectiveOn)}` : nothing
      }
    </p>`;
  const shown = facts(entry, ctx);
  return shown.length
    ? html`<p class="summary" part="summary" id="summary-${entry.id}">
        ${shown.map(
          ([label, value, lang], i) =>
            html`${i ? ' · ' : ''}${label}: <strong class="important" part="important" lang=${lang}>${value}</strong>`,
        )}
      </p>`
    : undefined;
};
