/**
 * Renders every block of the policy model as HTML, text only; the typed tables through
 * `cardTable` with their columns (columns.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Block, Contact, ListItem, RichText, TableCell, Text } from '../../policy/types.js';
import { dataItems, richText, type Resolve } from '../shared/render-text.js';
import { cardTable, email, link, phone, present, text, type BlockContext } from './card-table.js';
import * as C from './columns.js';

export type { BlockContext } from './card-table.js';

const listItems = (items: readonly ListItem[], ordered: boolean | undefined, t: Resolve): TemplateResult => {
  const marked = items.some((item) => typeof item === 'object' && item.label);
  const content = items.map((item) =>
    typeof item === 'string'
      ? html`<li>${item}</li>`
      : html`<li>
          ${item.label ? html`<span class="marker">${item.label}</span> ` : nothing}${richText(item.text, t)}
          ${item.items ? listItems(item.items, undefined, t) : nothing}
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

const tableCell = (cell: TableCell, t: Resolve): TemplateResult => {
  if (isCellObject(cell))
    return html`<td rowspan=${cell.rowSpan ?? 1} colspan=${cell.colSpan ?? 1}>
      ${richText(cell.text, t)}${cell.items ? listItems(cell.items, undefined, t) : nothing}
    </td>`;
  return html`<td>${richText(cell as Parameters<typeof richText>[0], t)}</td>`;
};

const contactCard = (contact: Contact, { t, term }: BlockContext): TemplateResult => {
  const rows: [string, unknown][] = [
    [term('contactName'), text(contact.name, t)],
    [term('contactDepartment'), text(contact.department, t)],
    [term('contactPosition'), text(contact.position, t)],
    [term('colPhone'), phone(contact.phone)],
    [term('contactFax'), contact.fax ?? nothing],
    [term('contactEmail'), email(contact.email)],
    [term('colWebsite'), link(contact.url)],
    [term('colAddress'), text(contact.address, t)],
  ];
  return html`<div class="contact" data-role=${contact.role}>
    ${contact.title ? html`<p class="contact-title">${contact.label ? `${contact.label} ` : nothing}${t(contact.title)}</p>` : nothing}
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

/** One block of the policy. */
export const renderBlock = (block: Block, ctx: BlockContext): unknown => {
  const { t, term } = ctx;
  const caption = 'caption' in block && block.caption ? t(block.caption) : undefined;
  const marker = block.label ? html`<span class="marker">${block.label}</span> ` : nothing;
  switch (block.type) {
    case 'paragraph':
      return html`<p>${marker}${richText(block.text, t)}</p>`;
    case 'heading':
      return html`<h4 class="subheading">${marker}${t(block.text)}</h4>`;
    case 'note':
      return html`<p class="note">${marker}${richText(block.text, t)}</p>`;
    case 'list':
      return html`${block.label ? html`<p>${marker}</p>` : nothing}${listItems(block.items, block.ordered, t)}`;
    case 'table':
      return html`<div class="table-wrap" data-block="table">
        <table class="generic">
          ${
            caption
              ? html`<caption>
                  ${caption}
                </caption>`
              : nothing
          }
          ${
            block.header
              ? html`<thead>
                  <tr>
                    ${block.header.map((heading) => html`<th scope="col">${t(heading)}</th>`)}
                  </tr>
                </thead>`
              : nothing
          }
          <tbody>
            ${block.rows.map(
              (row) =>
                html`<tr>
                  ${row.map((cell, index) =>
                    index === 0 && block.rowHeaders
                      ? html`<th scope="row">${richText(cell as Text, t)}</th>`
                      : tableCell(cell, t),
                  )}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
    case 'contact':
      return contactCard(block, ctx);
    case 'purposes':
      return html`<ul class="purposes" data-block="purposes">
        ${block.purposes.map(
          (purpose) =>
            html`<li>
              ${purpose.title ? html`<p class="purpose-title">${purpose.label ? `${purpose.label} ` : nothing}${t(purpose.title)}</p>` : nothing}
              ${purpose.text ? html`<p>${!purpose.title && purpose.label ? `${purpose.label} ` : nothing}${richText(purpose.text, t)}</p>` : nothing}
              ${purpose.items ? listItems(purpose.items, undefined, t) : nothing}
            </li>`,
        )}
      </ul>`;
    case 'collection':
      return cardTable(block.type, C.COLLECTION, block.rows, ctx, caption);
    case 'auto-collection':
      return html`<p>${marker}${richText(block.text, t)}</p>
        <p class="items">${dataItems(block.items, t)}</p>`;
    case 'retention':
      return cardTable(block.type, C.RETENTION, block.rows, ctx, caption);
    case 'third-party':
      return cardTable(block.type, C.THIRD_PARTY, block.rows, ctx, caption);
    case 'entrustment':
      return cardTable(block.type, C.ENTRUSTMENT, block.rows, ctx, caption);
    case 'overseas':
      return cardTable(block.type, C.OVERSEAS, block.rows, ctx, caption);
    case 'remedies':
      return cardTable(block.type, C.REMEDIES, block.bodies, ctx);
    case 'cookie-refusal':
      return cardTable(block.type, C.COOKIE_REFUSAL, block.browsers, ctx);
    case 'cookie-categories':
      return cardTable(block.type, C.COOKIE_CATEGORIES, block.categories, ctx);
    case 'domestic-agent':
      return cardTable(block.type, C.DOMESTIC_AGENT, [block], ctx, term('labelAgent'));
    case 'automated-decisions':
      return cardTable(block.type, C.AUTOMATED, block.decisions, ctx, term('labelAutomated'));
    case 'transmission':
      return cardTable(block.type, C.TRANSMISSION, [block], ctx, term('labelTransmission'));
    case 'overseas-collection':
      return cardTable(block.type, C.OVERSEAS_COLLECTION, block.rows, ctx, term('labelOverseasCollection'));
    case 'behavioural-ads':
      return html`${cardTable(block.type, C.ADS, [block], ctx, term('labelAds'))}${
        block.tools?.length ? cardTable('collection-tools', C.TOOLS, block.tools, ctx, term('toolsCaption')) : nothing
      }`;
  }
};
