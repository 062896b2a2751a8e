/**
 * The typed tables: a column is data (the row's field, its heading, how its cell shows), so the
 * list of changes names a changed field by the heading its table gives it. Rows become cards on
 * narrow screens: each cell carries its column as `data-label` (see the styles), and a cell a
 * row leaves empty is left out of its card.
 *
 * A space that must survive goes between bindings, never at the start of a nested template: the
 * production build trims a template's leading whitespace.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { CatalogKey } from '../../i18n/index.js';
import type { DataItems, Text } from '../../policy/types.js';
import type { LocalizeController } from '../shared/localize-controller.js';
import { dataItems, href, inLang, richText, tagged, textList, type Resolve } from '../shared/render-text.js';
import { FIRST_ROWS } from './row-chunks.js';

export interface BlockContext {
  readonly t: Resolve;
  readonly term: LocalizeController['term'];
  /**
   * A view that ships in its own chunk (grouped collection tables, figures, the change log):
   * the module once loaded, else undefined (the element loads it and renders again).
   */
  readonly lazy: <M>(load: () => Promise<M>, key: string) => M | undefined;
  /** Whether a collapsible group (by its key) is open, and a handler that toggles it. */
  readonly expanded: (key: object, initially: boolean) => boolean;
  readonly toggle: (key: object, initially: boolean) => void;
  /** A `YYYY-MM-DD` date as the reader's language writes it. */
  readonly date: (iso: string) => string;
  /** A long table's rows in the chunks to render now (row-chunks.ts); without it, all at once. */
  readonly chunks?: <T>(rows: readonly T[]) => readonly (readonly T[])[];
}

/** How a cell shows its field: text, a text list, data items, rich text, or a function of the row. */
type Cell<R> = 't' | 'l' | 'i' | 'r' | ((row: R, ctx: BlockContext) => unknown);

/**
 * A column of a typed table: the row's field it shows, its heading, its cell. The list of
 * changes names a changed field by the same heading.
 */
export type Column<R> = readonly [field: keyof R & string, heading: CatalogKey | '', cell: Cell<R>];

export const present = (value: unknown) =>
  value !== undefined && value !== nothing && value !== '' && !(Array.isArray(value) && !value.length);

const cellOf = <R>(row: R, [field, , cell]: Column<R>, ctx: BlockContext): unknown => {
  if (typeof cell === 'function') return cell(row, ctx);
  const value = row[field] as never;
  if (value === undefined) return undefined;
  if (cell === 'i') return (value as DataItems).length ? dataItems(value, ctx.t) : undefined;
  return cell === 't' ? inLang(value, ctx.t) : cell === 'l' ? textList(value, ctx.t) : richText(value, ctx.t);
};

/** The marker printed before a block (`②`, `가.`), as the source prints it, in the policy's language. */
export const marker = (label: string | undefined, t: Resolve): unknown =>
  label ? html`<span class="marker">${inLang(label, t)}</span> ` : nothing;

/** A scroll region's name: UI words (`label`), or the ids of the tagged elements that name it (`labelledBy`). */
export type RegionName = { readonly label: string } | { readonly labelledBy: string };

/**
 * A table in its wrapper, the block's marker (rendered) before it when the table has no caption
 * to hold it. With `region`, the wrapper scrolls a table wider than the screen inside itself and
 * is a focusable region of that name, so a keyboard can scroll it (generic tables: typed ones
 * never scroll sideways).
 */
export const tableWrap = (type: string, table: TemplateResult, mark?: unknown, region?: RegionName): TemplateResult =>
  html`${mark ? html`<p class="block-marker">${mark}</p>` : nothing}${
    region === undefined
      ? html`<div class="table-wrap" data-block=${type}>${table}</div>`
      : html`<div
          class="table-wrap scroll"
          data-block=${type}
          role="region"
          tabindex="0"
          aria-label=${'label' in region ? region.label : nothing}
          aria-labelledby=${'labelledBy' in region ? region.labelledBy : nothing}
        >
          ${table}
        </div>`
  }`;

/**
 * A table whose rows become cards on narrow screens (on medium ones too when it has more than six
 * columns); columns empty in every row are left out, and in a card, the cells its row leaves empty.
 */
export const cardTable = <R>(
  type: string,
  columns: readonly Column<R>[],
  rows: readonly R[],
  ctx: BlockContext,
  caption?: unknown,
  label?: string,
): TemplateResult => {
  const { cells, used } = tableCells(columns, rows, ctx);
  const row = (cellsOfRow: readonly unknown[]) =>
    html`<tr>
      ${used.map(([index, heading]) =>
        present(cellsOfRow[index])
          ? html`<td data-label=${heading}>${cellsOfRow[index]}</td>`
          : html`<td class="empty" data-label=${heading}></td>`,
      )}
    </tr>`;
  // A marker with a caption goes in it; without one, on its own line before the table.
  // A long table comes in chunks, each its own row group (see the styles under `table.long`).
  const chunks = ctx.chunks?.(cells);
  const long = cells.length > FIRST_ROWS && chunks !== undefined;
  const table = html`<table class="cards${used.length > 6 ? ' wide' : ''}${long ? ' long' : ''}">
    ${
      caption
        ? html`<caption>
            ${marker(label, ctx.t)}${caption}
          </caption>`
        : nothing
    }
    <thead>
      <tr>
        ${used.map(([, heading]) => (heading ? html`<th scope="col">${heading}</th>` : html`<td></td>`))}
      </tr>
    </thead>
    ${
      chunks
        ? chunks.map((chunk) =>
            guard(
              [chunk, used],
              () =>
                html`<tbody>
                  ${chunk.map(row)}
                </tbody>`,
            ),
          )
        : html`<tbody>
            ${cells.map(row)}
          </tbody>`
    }
  </table>`;
  return tableWrap(type, table, caption ? undefined : marker(label, ctx.t));
};

type Used = readonly (readonly [index: number, heading: string])[];

/** A long table's cells, made once per language (by `t`): every chunk of rows re-renders the rest. */
const made = new WeakMap<readonly unknown[], { t: Resolve; cells: unknown[][]; used: Used }>();

const tableCells = <R>(columns: readonly Column<R>[], rows: readonly R[], ctx: BlockContext) => {
  const known = made.get(rows);
  if (known?.t === ctx.t) return known;
  const cells = rows.map((row) => columns.map((column) => cellOf(row, column, ctx)));
  const used: Used = columns.flatMap(([, heading], index) =>
    cells.some((row) => present(row[index])) ? [[index, heading ? ctx.term(heading) : ''] as const] : [],
  );
  const result = { t: ctx.t, cells, used };
  if (ctx.chunks) made.set(rows, result);
  return result;
};

export const link = (target: string | undefined, label: unknown, t: Resolve): unknown => {
  if (target === undefined) return nothing;
  const resolved = href(target, t);
  return resolved ? html`<a href=${resolved}>${label}</a>` : label;
};

// A phone number (02-587-3235, 010 1234 5678, 1588-0000, +1-206-555-0100) or an e-mail address
// inside contact text.
const CONTACT = new RegExp(
  [
    String.raw`\+\d{1,3}(?:[-.\s]?\(?\d{1,4}\)?){2,4}`,
    String.raw`\(?0\d{1,2}\)?[-.\s]?\d{3,4}[-.\s]?\d{4}`,
    String.raw`\b1[5-9]\d{2}-\d{4}\b`,
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
  ].join('|'),
  'g',
);

/** The digits a `tel:` link dials: `02-587-3235(유료)` → `025873235`, `(국번없이) 118` → `118`. */
const dial = (value: string): string => value.replace(/\(국번\s*없이\)/g, '').replace(/[^\d+]/g, '');

/**
 * `02-587-3235(유료)` → a tel: link on the number, the rest as printed, never broken across
 * lines; `02-111-2222, 1588-0000` → a link for each number.
 */
export const phone = (value: string | undefined, t: Resolve): unknown => {
  if (!value) return nothing;
  if ((value.match(CONTACT) ?? []).length > 1) return contactText(value, t);
  const digits = dial(value);
  const shown = inLang(value, t);
  return digits.length >= 3 ? html`<a class="tel" href="tel:${digits}">${shown}</a>` : shown;
};

/** An e-mail address that breaks only after `@` and before a dot, never inside a word (nor at its hyphens). */
const breakable = (address: string): unknown[] =>
  address
    .split(/(?=\.)|(?<=@)/)
    .flatMap((piece, index) => [index ? html`<wbr />` : nothing, html`<span class="nobr">${piece}</span>`]);

export const email = (value: string | undefined): unknown =>
  value ? html`<a class="email" href="mailto:${value}">${breakable(value)}</a>` : nothing;

/**
 * Contact text as printed (`privacy@cloud.example, +1-800-000-0000`), with each phone number a
 * `tel:` link and each e-mail address a `mailto:` link, neither broken mid-word.
 */
export const contactText = (value: Text | undefined, t: Resolve): unknown => {
  if (value === undefined) return nothing;
  const plain = t(value);
  const lang = t.langOf(value);
  const parts: unknown[] = [];
  let last = 0;
  for (const match of plain.matchAll(CONTACT)) {
    parts.push(tagged(plain.slice(last, match.index), lang, t));
    parts.push(match[0].includes('@') ? email(match[0]) : phone(match[0], t));
    last = match.index + match[0].length;
  }
  parts.push(tagged(plain.slice(last), lang, t));
  return parts;
};

export const text = (value: Text | undefined, t: Resolve) => (value === undefined ? nothing : inLang(value, t));
