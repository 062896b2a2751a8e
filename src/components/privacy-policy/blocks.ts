/**
 * Renders every block of the policy model as HTML, text only; the typed tables through
 * `cardTable` with their columns (columns.ts). Rarely used views (grouped collection tables,
 * figures, the change log, the tables of the 2025 model) come from chunks of their own, loaded
 * when a policy has them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type {
  Block,
  CollectionBlock,
  Contact,
  ListItem,
  OverseasBlock,
  OverseasRow,
  RichText,
  TableCell,
  Text,
} from '../../policy/types.js';
import { dataItems, inLang, richText } from '../shared/render-text.js';
import { cardTable, email, link, marker, phone, present, tableWrap, text, type BlockContext } from './card-table.js';
import * as C from './columns.js';

export type { BlockContext } from './card-table.js';

const listItems = (items: readonly ListItem[], ordered: boolean | undefined, ctx: BlockContext): TemplateResult => {
  const { t } = ctx;
  const marked = items.some((item) => typeof item === 'object' && item.label);
  const content = items.map((item) =>
    typeof item === 'string'
      ? html`<li>${inLang(item, t)}</li>`
      : html`<li>
          ${marker(item.label, t)}${richText(item.text, t)}
          ${item.blocks ? html`<div class="item-blocks">${item.blocks.map((block) => renderBlock(block, ctx))}</div>` : nothing}
          ${item.items ? listItems(item.items, undefined, ctx) : nothing}
        </li>`,
  );
  return marked
    ? html`<ul class="marked">
        ${content}
      </ul>`
    : ordered
      ? html`<ol>
          ${content}
        </ol>`
      : html`<ul>
          ${content}
        </ul>`;
};

type CellObject = Exclude<TableCell, RichText>;
/** A cell object has only cell keys; a localized text's keys are language tags. */
const isCellObject = (cell: TableCell): cell is CellObject =>
  typeof cell === 'object' &&
  !Array.isArray(cell) &&
  ['text', 'items', 'rowSpan', 'colSpan'].some((key) => key in cell);

const tableCell = (cell: TableCell, ctx: BlockContext, header: boolean): TemplateResult => {
  const content = isCellObject(cell)
    ? html`${richText(cell.text, ctx.t)}${cell.items ? listItems(cell.items, undefined, ctx) : nothing}`
    : richText(cell as RichText, ctx.t);
  const [rowSpan, colSpan] = isCellObject(cell) ? [cell.rowSpan ?? 1, cell.colSpan ?? 1] : [1, 1];
  return header
    ? html`<th scope="row" rowspan=${rowSpan} colspan=${colSpan}>${content}</th>`
    : html`<td rowspan=${rowSpan} colspan=${colSpan}>${content}</td>`;
};

const contactCard = (contact: Contact, { t, term }: BlockContext): TemplateResult => {
  const rows: [string, unknown][] = [
    [term('contactName'), text(contact.name, t)],
    [term('contactDepartment'), text(contact.department, t)],
    [term('contactPosition'), text(contact.position, t)],
    [term('contactScope'), contact.scope ? richText(contact.scope, t) : nothing],
    [term('colPhone'), phone(contact.phone, t)],
    [term('contactFax'), contact.fax ?? nothing],
    [term('contactEmail'), email(contact.email)],
    [term('colWebsite'), link(contact.url, contact.url, t)],
    [term('colAddress'), text(contact.address, t)],
    [term('colHours'), text(contact.hours, t)],
  ];
  return html`<div class="contact" data-role=${contact.role}>
    ${contact.title ? html`<p class="contact-title">${marker(contact.label, t)}${inLang(contact.title, t)}</p>` : nothing}
    <dl>
      ${rows
        .filter(([, value]) => present(value))
        .map(
          ([label, value]) =>
            html`<dt>${label}</dt>
              <dd>${value}</dd>`,
        )}
    </dl>
    ${contact.note ? html`<p class="note">${richText(contact.note, t)}</p>` : nothing}
  </div>`;
};

/** A collection table needs the grouped view when it has groups or rows in parts. */
const grouped = (block: CollectionBlock): boolean =>
  Boolean(block.groups?.length) || Boolean(block.rows?.some((row) => row.parts?.length));

const overseas = new WeakMap<OverseasBlock, readonly (OverseasRow & { readonly entrusted: boolean })[]>();

/**
 * Overseas rows with whether each is also an entrustment (a processor abroad): the same array on
 * every render, as a long table renders in chunks of the same rows.
 */
const overseasRows = (block: OverseasBlock) => {
  let rows = overseas.get(block);
  if (!rows)
    overseas.set(
      block,
      (rows = block.rows.map((row) => ({ ...row, entrusted: row.entrustment ?? block.entrustment ?? false }))),
    );
  return rows;
};

// Ids for the elements naming a generic table's scroll region (its caption or header cells),
// one per block object, so they stay the same from one render to the next.
const tableIds = new WeakMap<Block, string>();
let tableCount = 0;
const tableId = (block: Block): string => {
  let id = tableIds.get(block);
  if (!id) tableIds.set(block, (id = `table-${++tableCount}`));
  return id;
};

/** Shown while a view's chunk loads (once per page). */
const loading = (type: string) => html`<div class="table-wrap" data-block=${type} aria-busy="true"></div>`;

/** One block of the policy. */
export const renderBlock = (block: Block, ctx: BlockContext): unknown => {
  const { t, term } = ctx;
  // A caption in its own language: the region a generic table scrolls in is named by it.
  const caption =
    'caption' in block && block.caption && block.type !== 'figure' ? inLang(block.caption as Text, t) : undefined;
  const mark = marker(block.label, t);
  switch (block.type) {
    case 'paragraph':
      return html`<p>${mark}${richText(block.text, t)}</p>`;
    case 'heading':
      return html`<h4 class="subheading">${mark}${inLang(block.text, t)}</h4>`;
    case 'note':
      return html`<p class="note">${mark}${richText(block.text, t)}</p>`;
    case 'list':
      return html`${block.label ? html`<p>${mark}</p>` : nothing}${listItems(block.items, block.ordered, ctx)}`;
    case 'table': {
      // The region is named by the caption, else by the header cells, each in its language.
      const id = tableId(block);
      const headers = caption
        ? []
        : (block.header ?? []).flatMap((heading, index) => (t(heading) ? [`${id}-h${index}`] : []));
      return tableWrap(
        'table',
        html`<table class="generic">
          ${
            caption
              ? html`<caption id="${id}-caption">
                  ${mark}${caption}
                </caption>`
              : nothing
          }
          ${
            block.header
              ? html`<thead>
                  <tr>
                    ${block.header.map((heading, index) =>
                      t(heading)
                        ? html`<th scope="col" id="${id}-h${index}">${inLang(heading, t)}</th>`
                        : html`<td></td>`,
                    )}
                  </tr>
                </thead>`
              : nothing
          }
          <tbody>
            ${block.rows.map(
              (row) =>
                html`<tr>
                  ${row.map((cell, index) => tableCell(cell, ctx, index === 0 && Boolean(block.rowHeaders)))}
                </tr>`,
            )}
          </tbody>
        </table>`,
        caption ? undefined : block.label ? mark : undefined,
        caption
          ? { labelledBy: `${id}-caption` }
          : headers.length
            ? { labelledBy: headers.join(' ') }
            : { label: term('tableGeneric') },
      );
    }
    case 'contact':
      return contactCard(block, ctx);
    case 'purposes':
      return html`${block.label ? html`<p class="block-marker">${mark}</p>` : nothing}
        <ul class="purposes" data-block="purposes">
          ${block.purposes.map(
            (purpose) =>
              html`<li>
                ${purpose.title ? html`<p class="purpose-title">${marker(purpose.label, t)}${inLang(purpose.title, t)}</p>` : nothing}
                ${purpose.text ? html`<p>${purpose.title ? nothing : marker(purpose.label, t)}${richText(purpose.text, t)}</p>` : nothing}
                ${purpose.items ? listItems(purpose.items, undefined, ctx) : nothing}
              </li>`,
          )}
        </ul>`;
    case 'collection': {
      if (!grouped(block)) return cardTable(block.type, C.COLLECTION, block.rows ?? [], ctx, caption, block.label);
      const view = ctx.lazy(() => import('./collection-view.js'), 'collection');
      return view ? view.collectionView(block, ctx, caption) : loading(block.type);
    }
    case 'auto-collection':
      return html`<p>${mark}${richText(block.text, t)}</p>
        <div class="items">${dataItems(block.items, t)}</div>`;
    case 'retention':
      return cardTable(block.type, C.RETENTION, block.rows, ctx, caption, block.label);
    case 'third-party':
      return cardTable(block.type, C.THIRD_PARTY, block.rows, ctx, caption, block.label);
    case 'entrustment':
      return cardTable(block.type, C.ENTRUSTMENT, block.rows, ctx, caption, block.label);
    case 'overseas':
      return cardTable(block.type, C.OVERSEAS, overseasRows(block), ctx, caption, block.label);
    case 'remedies':
      return cardTable(block.type, C.REMEDIES, block.bodies, ctx, undefined, block.label);
    case 'cookie-refusal':
      return cardTable(block.type, C.COOKIE_REFUSAL, block.browsers, ctx, undefined, block.label);
    case 'cookie-categories':
      return cardTable(block.type, C.COOKIE_CATEGORIES, block.categories, ctx, undefined, block.label);
    case 'domestic-agent':
    case 'automated-decisions':
    case 'transmission':
    case 'overseas-collection':
    case 'behavioural-ads': {
      const view = ctx.lazy(() => import('./rare-tables.js'), 'rare-tables');
      return view ? view.rareTable(block, ctx) : loading(block.type);
    }
    case 'figure': {
      const view = ctx.lazy(() => import('./figure-view.js'), 'figure');
      return view ? view.figureView(block, ctx) : loading(block.type);
    }
    case 'change-log': {
      const view = ctx.lazy(() => import('./change-log-view.js'), 'change-log');
      return view ? view.changeLogView(block, ctx, caption) : loading(block.type);
    }
  }
};
