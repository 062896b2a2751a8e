/**
 * A hierarchical collection table (서비스 › 분류 › 세부 분류 › 필수/선택): one table under one
 * header, each top-level group (a service) a row group that opens and closes, nested groups as
 * sub-headings, and each row one line per item list (필수, 선택, a conditional part). What a
 * group states for every row below it (merged cells in the source) is shown once, on the
 * group's own line, under the column it belongs to. On a narrow screen lines become compact
 * cards with the group's heading kept in view. Loaded only for a policy that has such a table.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { CatalogKey } from '../../i18n/index.js';
import { foldText, leafItems } from '../../policy/text.js';
import type { CollectionBlock, CollectionGroup, CollectionRow, RichText, Text, TextList } from '../../policy/types.js';
import { collectionRows, rowItems, type RowItems } from '../../policy/walk.js';
import { dataItems, inLang, richText, textList } from '../shared/render-text.js';
import { marker, type BlockContext } from './card-table.js';
import { registerRareStrings } from './rare-strings.js';

registerRareStrings();

/** The grouped table's styles, adopted by the element when this chunk loads. */
export const styles = css`
  /* A grouped collection table: one header that sticks, services that open and close. */
  .grouped-wrap {
    margin: var(--_space) 0;
  }
  table.grouped {
    table-layout: fixed;
  }
  table.grouped col.c-name {
    inline-size: 17%;
  }
  table.grouped col.c-items {
    inline-size: 33%;
  }
  table.grouped thead th {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
  }
  dialog table.grouped thead th,
  dialog table.grouped .group-head th {
    inset-block-start: 3.5rem;
  }
  table.grouped .group-head > * {
    background: var(--_surface-muted);
  }
  table.grouped .subgroup-head th {
    font-weight: 600;
    background: none;
  }
  table.grouped .subgroup-head[data-depth='2'] th {
    padding-inline-start: calc(var(--_space) * 3);
  }
  table.grouped .subgroup-head[data-depth='3'] th,
  table.grouped .subgroup-head[data-depth='4'] th {
    padding-inline-start: calc(var(--_space) * 5);
  }
  table.grouped .row-name {
    font-weight: 400;
    background: none;
  }
  .group-toggle {
    font: inherit;
    font-weight: 700;
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    text-align: start;
    inline-size: 100%;
  }
  /* A triangle drawn with borders: no glyph for a screen reader to read. */
  .group-toggle::before {
    content: '';
    display: inline-block;
    margin-inline-end: 0.5em;
    border-style: solid;
    border-width: 0.35em 0 0.35em 0.55em;
    border-color: transparent currentColor;
    transition: rotate 0.15s;
  }
  .group-toggle[aria-expanded='true']::before {
    rotate: 90deg;
  }
  .count,
  .condition {
    font-weight: 400;
    color: var(--_text-muted);
  }
  .kind {
    font-weight: 700;
  }
  table.grouped th,
  table.grouped td {
    overflow-wrap: anywhere;
  }

  /* Narrow screens: compact lines under a service heading that stays in view. */
  @container (max-width: 36rem) {
    table.grouped thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    table.grouped,
    table.grouped tbody,
    table.grouped tr,
    table.grouped th,
    table.grouped td {
      display: block;
      border: 0;
    }
    table.grouped tr[hidden] {
      display: none;
    }
    table.grouped caption {
      display: block;
    }
    table.grouped .subgroup-head {
      border-block-start: 1px solid var(--_border);
      background: var(--_surface-muted);
    }
    table.grouped tbody {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin-block-end: var(--_space);
    }
    table.grouped .group-head th {
      position: sticky;
      inset-block-start: 0;
      z-index: 1;
      background: var(--_surface-muted);
    }
    table.grouped tr.line {
      padding-block: 0.2em;
    }
    table.grouped tr.line:not(.more) {
      border-block-start: 1px solid var(--_border);
    }
    table.grouped td,
    table.grouped th {
      padding-block: 0.1em;
    }
    table.grouped td.empty {
      display: none;
    }
    table.grouped td:not(.items)[data-label]::before {
      content: attr(data-label) ': ';
      font-weight: 600;
      color: var(--_text-muted);
    }
  }

  @media print {
    /* Every service prints, open or closed. */
    table.grouped tr[hidden] {
      display: table-row;
    }
    .group-toggle::before {
      display: none;
    }
  }
`;

/** The columns after 구분 and 항목, each shown when some row, part or group states it. */
const EXTRA: readonly (readonly ['purposes' | 'retention' | 'basis' | 'file' | 'note', CatalogKey])[] = [
  ['purposes', 'colPurpose'],
  ['retention', 'colRetention'],
  ['basis', 'colLegalBasis'],
  ['file', 'colFile'],
  ['note', 'colNote'],
];
type Extra = (typeof EXTRA)[number][0];
type Stated = { readonly [K in Extra]?: TextList | RichText | Text };

/** Above this many lines, a table of several services opens with the services closed. */
const OPEN_LINES = 20;

const cell = (field: Extra, value: Stated[Extra], ctx: BlockContext): unknown =>
  value === undefined
    ? nothing
    : field === 'purposes'
      ? textList(value as TextList, ctx.t)
      : field === 'file'
        ? inLang(value as Text, ctx.t)
        : richText(value as RichText, ctx.t);

export const collectionView = (block: CollectionBlock, ctx: BlockContext, caption?: unknown): TemplateResult => {
  const { t, term } = ctx;
  const located = collectionRows(block);
  const stated = (source: Stated) => EXTRA.filter(([field]) => source[field] !== undefined).map(([field]) => field);
  const used = new Set<Extra>([
    ...located.flatMap(({ row }) => [...stated(row), ...(row.parts ?? []).flatMap(stated)]),
    ...located.flatMap(({ groups }) => groups.flatMap(stated)),
  ]);
  const extras = EXTRA.filter(([field]) => used.has(field));
  const lines = located.reduce((sum, { row }) => sum + Math.max(1, rowItems(row).length), 0);
  const topGroups = block.groups ?? [];
  const startOpen = lines <= OPEN_LINES || topGroups.length + (block.rows?.length ? 1 : 0) < 2;

  /** The values a group states, under their columns; the title spans 구분 and 항목. */
  const groupLine = (
    group: CollectionGroup,
    depth: number,
    hidden: boolean,
    toggle?: { open: boolean; count: number },
  ) => {
    const title = html`${marker(group.label, t)}${group.title ? inLang(group.title, t) : nothing}`;
    return html`<tr class=${depth ? 'subgroup-head' : 'group-head'} data-depth=${depth} ?hidden=${hidden}>
      <th scope="rowgroup" colspan="2">
        ${
          toggle
            ? html`<button
                type="button"
                class="group-toggle"
                aria-expanded=${toggle.open ? 'true' : 'false'}
                @click=${() => ctx.toggle(group, startOpen)}
              >
                ${title} <span class="count">${term('itemsInGroup', toggle.count)}</span>
              </button>`
            : title
        }
      </th>
      ${extras.map(([field, heading]) =>
        group[field] === undefined
          ? html`<td class="empty" data-label=${term(heading)}></td>`
          : html`<td data-label=${term(heading)}>${cell(field, group[field], ctx)}</td>`,
      )}
    </tr>`;
  };

  /** One line per item list of a row; the row's name and what it states for every line span them. */
  const rowLines = (row: CollectionRow, hidden: boolean) => {
    const lists: readonly (RowItems | undefined)[] = rowItems(row).length ? rowItems(row) : [undefined];
    const name = [row.service, row.stage].filter((value): value is Text => value !== undefined);
    // A field no part states is the row's, shown once across its lines; else each line's own (or the row's).
    const shared = new Set(
      extras.map(([field]) => field).filter((field) => !(row.parts ?? []).some((p) => field in p && field !== 'file')),
    );
    return lists.map((list, index) => {
      const part = list?.part;
      const kind =
        list?.required === true ? term('requiredMark') : list?.required === false ? term('optionalMark') : undefined;
      return html`<tr class=${index ? 'line more' : 'line'} ?hidden=${hidden}>
        ${
          index
            ? nothing
            : html`<th scope="row" class="row-name" rowspan=${lists.length}>
                ${marker(row.label, ctx.t)}${name.map((value, index) => [index ? ' · ' : '', inLang(value, t)])}
              </th>`
        }
        <td class="items" data-label=${term('colItems')}>
          ${part?.label ? marker(part.label, ctx.t) : nothing}${kind ? html`<span class="kind">${kind}</span> ` : nothing}${
            list ? dataItems(list.items, t) : nothing
          }${part?.condition ? html` <span class="condition">(${inLang(part.condition, t)})</span>` : nothing}
        </td>
        ${extras.map(([field, heading]) => {
          if (shared.has(field)) {
            if (index) return nothing;
            const value = row[field];
            return value === undefined
              ? html`<td class="empty" data-label=${term(heading)} rowspan=${lists.length}></td>`
              : html`<td data-label=${term(heading)} rowspan=${lists.length}>${cell(field, value, ctx)}</td>`;
          }
          const value = (part as Stated | undefined)?.[field] ?? row[field];
          return value === undefined
            ? html`<td class="empty" data-label=${term(heading)}></td>`
            : html`<td data-label=${term(heading)}>${cell(field, value, ctx)}</td>`;
        })}
      </tr>`;
    });
  };

  /** A group's lines below its heading: its rows, then its sub-groups, depth first. */
  const groupBody = (group: CollectionGroup, depth: number, hidden: boolean): unknown[] => [
    ...(group.rows ?? []).flatMap((row) => rowLines(row, hidden)),
    ...(group.groups ?? []).flatMap((inner) => [
      groupLine(inner, depth + 1, hidden),
      ...groupBody(inner, depth + 1, hidden),
    ]),
  ];

  /** The distinct items under a group, told apart as the labelling summary does. */
  const distinctItems = (group: CollectionGroup) =>
    new Set(
      collectionRows({ type: 'collection', groups: [group] }).flatMap(({ row }) =>
        rowItems(row).flatMap((list) => leafItems(list.items).map((item) => foldText(t(item)))),
      ),
    ).size;

  // Not in a scrolling wrapper: its header sticks to the top of the page (or the dialog).
  return html`${!caption && block.label ? html`<p class="block-marker">${marker(block.label, ctx.t)}</p>` : nothing}
    <div class="grouped-wrap" data-block=${block.type}>
      <table class="grouped">
        ${
          caption
            ? html`<caption>
                ${marker(block.label, ctx.t)}${caption}
              </caption>`
            : nothing
        }
        <colgroup>
          <col class="c-name" />
          <col class="c-items" />
          ${extras.map(() => html`<col />`)}
        </colgroup>
        <thead>
          <tr>
            <th scope="col">${term('colStage')}</th>
            <th scope="col">${term('colItems')}</th>
            ${extras.map(([, heading]) => html`<th scope="col">${term(heading)}</th>`)}
          </tr>
        </thead>
        ${
          block.rows?.length
            ? html`<tbody>
                ${block.rows.flatMap((row) => rowLines(row, false))}
              </tbody>`
            : nothing
        }
        ${topGroups.map((group) => {
          const open = ctx.expanded(group, startOpen);
          return html`<tbody class="group" data-open=${open ? 'true' : 'false'}>
            ${groupLine(group, 0, false, { open, count: distinctItems(group) })} ${groupBody(group, 0, !open)}
          </tbody>`;
        })}
      </table>
    </div>`;
};
