/**
 * Renders every block of the policy model as HTML, text only. Tables carry a `data-label` on
 * each cell so narrow screens can show each row as a card (see the styles).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CatalogKey } from '../../i18n/index.js';
import type {
  Block,
  Contact,
  ListItem,
  RemedyBody,
  RetentionBasisType,
  RichText,
  TableCell,
  Text,
} from '../../policy/types.js';
import { dataItems, isSafeLink, richText, textList, type Resolve } from '../shared/render-text.js';

export interface BlockContext {
  readonly t: Resolve;
  readonly term: (key: CatalogKey) => string;
}

/** A column: its heading and how to read a row. Columns that are empty in every row are left out. */
type Column<R> = readonly [heading: string, cell: (row: R) => unknown];

const present = (value: unknown) =>
  value !== undefined && value !== nothing && !(Array.isArray(value) && !value.length);

/** A table whose rows become cards on narrow screens. */
export const cardTable = <R>(
  type: string,
  columns: readonly Column<R>[],
  rows: readonly R[],
  caption?: unknown,
): TemplateResult => {
  const used = columns.filter(([, cell]) => rows.some((row) => present(cell(row))));
  return html`<div class="table-wrap" data-block=${type}>
    <table class="cards">
      ${
        caption
          ? html`<caption>
              ${caption}
            </caption>`
          : nothing
      }
      <thead>
        <tr>
          ${used.map(([heading]) => html`<th scope="col">${heading}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr>
              ${used.map(([heading, cell]) => html`<td data-label=${heading}>${cell(row) ?? nothing}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
};

const link = (href: string | undefined, label: unknown = href): unknown =>
  href === undefined ? nothing : isSafeLink(href) ? html`<a href=${href}>${label}</a>` : label;

/** `02-587-3235(유료)` → a tel: link on the number, the rest as printed. */
export const phone = (value: string | undefined): unknown => {
  if (!value) return nothing;
  const digits = value.replace(/\(국번없이\)/g, '').replace(/[^\d+]/g, '');
  return digits.length >= 3 ? html`<a href="tel:${digits}">${value}</a>` : value;
};

const email = (value: string | undefined) => (value ? link(`mailto:${value}`, value) : nothing);

const text = (value: Text | undefined, t: Resolve) => (value === undefined ? nothing : t(value));

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

const BASIS_TERMS: Record<RetentionBasisType, CatalogKey> = {
  law: 'basisLabelLaw',
  policy: 'basisLabelPolicy',
  consent: 'basisLabelConsent',
  contract: 'basisLabelContract',
};

const remedyColumns = ({ t, term }: BlockContext): Column<RemedyBody>[] => [
  [
    term('colBody'),
    (body) =>
      html`${body.label ? `${body.label} ` : nothing}${t(body.name)}${body.operator ? html` (${t(body.operator)})` : nothing}`,
  ],
  [term('colDuties'), (body) => text(body.duties, t)],
  [term('colWebsite'), (body) => link(body.url, body.url?.replace(/^https?:\/\//, ''))],
  [term('colPhone'), (body) => phone(body.phone)],
  [term('colAddress'), (body) => text(body.address, t)],
  [term('colNote'), (body) => (body.note ? richText(body.note, t) : undefined)],
];

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
      return cardTable(
        block.type,
        [
          ['', (row) => row.label],
          [term('colService'), (row) => text(row.service, t)],
          [term('colStage'), (row) => text(row.stage, t)],
          [term('colPurpose'), (row) => (row.purposes ? textList(row.purposes, t) : undefined)],
          [term('colRequired'), (row) => (row.required?.length ? dataItems(row.required, t) : undefined)],
          [term('colOptional'), (row) => (row.optional?.length ? dataItems(row.optional, t) : undefined)],
          [term('colItems'), (row) => (row.items?.length ? dataItems(row.items, t) : undefined)],
          [term('colRetention'), (row) => (row.retention ? richText(row.retention, t) : undefined)],
          [term('colNote'), (row) => (row.note ? richText(row.note, t) : undefined)],
        ],
        block.rows,
        caption,
      );
    case 'auto-collection':
      return html`<p>${marker}${richText(block.text, t)}</p>
        <p class="items">${dataItems(block.items, t)}</p>`;
    case 'retention':
      return cardTable(
        block.type,
        [
          ['', (row) => row.label],
          [term('colRecord'), (row) => text(row.record, t)],
          [
            term('colBasis'),
            (row) =>
              row.basis || row.basisType
                ? html`${text(row.basis, t)}${row.basisType ? html` <span class="basis-type">(${term(BASIS_TERMS[row.basisType])})</span>` : nothing}`
                : undefined,
          ],
          [term('colPeriod'), (row) => text(row.period, t)],
          [term('colNote'), (row) => (row.note ? richText(row.note, t) : undefined)],
        ],
        block.rows,
        caption,
      );
    case 'third-party':
      return cardTable(
        block.type,
        [
          [term('colRecipient'), (row) => t(row.recipient)],
          [term('colPurpose'), (row) => textList(row.purpose, t)],
          [term('colItems'), (row) => (row.items?.length ? dataItems(row.items, t) : undefined)],
          [term('colRetention'), (row) => text(row.retention, t)],
          [term('colNote'), (row) => (row.note ? richText(row.note, t) : undefined)],
        ],
        block.rows,
        caption,
      );
    case 'entrustment':
      return cardTable(
        block.type,
        [
          [term('colEntrustee'), (row) => t(row.entrustee)],
          [term('colTask'), (row) => textList(row.task, t)],
          [
            term('colReentrustee'),
            (row) =>
              row.reentrustees?.length
                ? html`<ul>
                    ${row.reentrustees.map((re) => html`<li>${t(re.entrustee)}${re.task ? html`: ${textList(re.task, t)}` : nothing}</li>`)}
                  </ul>`
                : undefined,
          ],
          [term('colRetention'), (row) => text(row.retention, t)],
          [term('colNote'), (row) => (row.note ? richText(row.note, t) : undefined)],
        ],
        block.rows,
        caption,
      );
    case 'overseas':
      return cardTable(
        block.type,
        [
          [term('colRecipient'), (row) => t(row.recipient)],
          [term('colContact'), (row) => text(row.contact, t)],
          [term('colCountry'), (row) => t(row.country)],
          [term('colItems'), (row) => (row.items?.length ? dataItems(row.items, t) : undefined)],
          [term('colTransfer'), (row) => text(row.transfer, t)],
          [term('colPurpose'), (row) => textList(row.purpose, t)],
          [term('colRetention'), (row) => text(row.retention, t)],
          [term('colRefusal'), (row) => text(row.refusal, t)],
          [term('colBasis'), (row) => text(row.basis, t)],
        ],
        block.rows,
        caption,
      );
    case 'remedies':
      return cardTable(block.type, remedyColumns(ctx), block.bodies);
    case 'cookie-refusal':
      return cardTable(
        block.type,
        [
          [term('colBrowser'), (row) => text(row.browser, t)],
          [
            term('colHow'),
            (row) =>
              html`${textList(row.steps, t)}${row.note ? html`<p class="note">${richText(row.note, t)}</p>` : nothing}`,
          ],
          [term('colWebsite'), (row) => link(row.url)],
        ],
        block.browsers,
      );
    case 'cookie-categories':
      return cardTable(
        block.type,
        [
          [
            term('colCategory'),
            (row) => html`${t(row.title)}${row.kind === 'necessary' ? html` (${term('alwaysOn')})` : nothing}`,
          ],
          [term('colDescription'), (row) => text(row.description, t)],
          [term('colPurpose'), (row) => textList(row.purposes, t)],
        ],
        block.categories,
      );
  }
};
