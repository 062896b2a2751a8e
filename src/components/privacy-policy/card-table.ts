/**
 * The typed tables: a column is data (the row's field, its heading, how its cell shows), so the
 * list of changes names a changed field by the heading its table gives it. Rows become cards on
 * narrow screens: each cell carries its column as `data-label` (see the styles).
 *
 * A space that must survive goes between bindings, never at the start of a nested template: the
 * production build trims a template's leading whitespace.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CatalogKey } from '../../i18n/index.js';
import type { DataItems, Text } from '../../policy/types.js';
import { dataItems, isSafeLink, richText, textList, type Resolve } from '../shared/render-text.js';

export interface BlockContext {
  readonly t: Resolve;
  readonly term: (key: CatalogKey) => string;
}

/** How a cell shows its field: text, a text list, data items, rich text, or a function of the row. */
type Cell<R> = 't' | 'l' | 'i' | 'r' | ((row: R, ctx: BlockContext) => unknown);

/**
 * A column of a typed table: the row's field it shows, its heading, its cell. The list of
 * changes names a changed field by the same heading.
 */
export type Column<R> = readonly [field: keyof R & string, heading: CatalogKey | '', cell: Cell<R>];

export const present = (value: unknown) =>
  value !== undefined && value !== nothing && !(Array.isArray(value) && !value.length);

const cellOf = <R>(row: R, [field, , cell]: Column<R>, ctx: BlockContext): unknown => {
  if (typeof cell === 'function') return cell(row, ctx);
  const value = row[field] as never;
  if (value === undefined) return undefined;
  if (cell === 'i') return (value as DataItems).length ? dataItems(value, ctx.t) : undefined;
  return cell === 't' ? ctx.t(value) : cell === 'l' ? textList(value, ctx.t) : richText(value, ctx.t);
};

/**
 * A table whose rows become cards on narrow screens (on medium ones too when it has more than six
 * columns); columns empty in every row are left out.
 */
export const cardTable = <R>(
  type: string,
  columns: readonly Column<R>[],
  rows: readonly R[],
  ctx: BlockContext,
  caption?: unknown,
): TemplateResult => {
  const cells = rows.map((row) => columns.map((column) => cellOf(row, column, ctx)));
  const used = columns.flatMap(([, heading], index) =>
    cells.some((row) => present(row[index])) ? [[index, heading ? ctx.term(heading) : ''] as const] : [],
  );
  return html`<div class="table-wrap" data-block=${type}>
    <table class=${used.length > 6 ? 'cards wide' : 'cards'}>
      ${
        caption
          ? html`<caption>
              ${caption}
            </caption>`
          : nothing
      }
      <thead>
        <tr>
          ${used.map(([, heading]) => html`<th scope="col">${heading}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${cells.map(
          (row) =>
            html`<tr>
              ${used.map(([index, heading]) => html`<td data-label=${heading}>${row[index] ?? nothing}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
};

export const link = (href: string | undefined, label: unknown = href): unknown =>
  href === undefined ? nothing : isSafeLink(href) ? html`<a href=${href}>${label}</a>` : label;

/** `02-587-3235(유료)` → a tel: link on the number, the rest as printed. */
export const phone = (value: string | undefined): unknown => {
  if (!value) return nothing;
  const digits = value.replace(/\(국번없이\)/g, '').replace(/[^\d+]/g, '');
  return digits.length >= 3 ? html`<a href="tel:${digits}">${value}</a>` : value;
};

export const email = (value: string | undefined) => (value ? link(`mailto:${value}`, value) : nothing);

export const text = (value: Text | undefined, t: Resolve) => (value === undefined ? nothing : t(value));
