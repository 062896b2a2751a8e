/**
 * The statutory notice of one consent item, in the statute's order and words: 수집·이용
 * (PIPA 15(2)), 제공 (17(2)), 국외 이전 (28-8(2)). An item that points at a table (`rowsFrom`)
 * shows its recipients, the item's own field filling what a row lacks; what the item says and
 * no row used is shown once below them. Parts the law marks as important are wrapped in
 * `<strong class="important">`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FormItem, NoticeRow } from '../../consent/form-model.js';
import type { CatalogKey } from '../../i18n/index.js';
import type { ConsentItem, DataItems, NoticePart, RichText, Text, TextList } from '../../policy/types.js';
import { dataItems, inLang, nameLinks, type Resolve, richText, textList } from '../shared/render-text.js';
import type { LocalizeController } from '../shared/localize-controller.js';

type Term = LocalizeController['term'];

/** Every field a notice may show, under the names rows use. */
interface Fields extends Omit<NoticeRow, 'recipient'> {
  readonly recipient?: Text;
  readonly disclosure?: Text;
}
type Field = keyof Fields;
/** The fields of one kind of notice, in the statute's order, with their headings. */
type Layout = readonly (readonly [Field, CatalogKey])[];

const NOTICE: Layout = [
  ['purpose', 'noticePurpose'],
  ['items', 'noticeItems'],
  ['retention', 'noticeRetention'],
  ['disclosure', 'sensitiveDisclosure'],
  ['refusal', 'noticeRefusal'],
];
/** PIPA 17(2): 제공받는 자, 이용 목적, 제공하는 항목, 보유·이용 기간, 거부권. Refusal is the item's, never a row's. */
const PROVISION: Layout = [
  ['recipient', 'provisionRecipient'],
  ['purpose', 'provisionPurpose'],
  ['items', 'provisionItems'],
  ['retention', 'provisionRetention'],
  ['note', 'noticeNote'],
  ['refusal', 'noticeRefusal'],
];
/** PIPA 28-8(2), every item per recipient. */
const OVERSEAS: Layout = [
  ['recipient', 'overseasRecipient'],
  ['contact', 'overseasContact'],
  ['country', 'overseasCountry'],
  ['items', 'overseasItems'],
  ['transfer', 'overseasTransfer'],
  ['purpose', 'overseasPurpose'],
  ['retention', 'overseasRetention'],
  ['refusal', 'overseasRefusal'],
  ['note', 'noticeNote'],
];

const PROVISION_CATEGORIES = new Set(['third-party', 'out-of-purpose']);

const has = (value: unknown): boolean => value !== undefined && !(Array.isArray(value) && !value.length);

/** The item's own fields: the same names as a row's, but for the recipient's contact. */
const ownFields = (item: ConsentItem): Fields => ({ ...item, contact: item.recipientContact });

const show = (entry: FormItem, field: Field, fields: Fields, t: Resolve): unknown => {
  const value = fields[field];
  if (!has(value)) return nothing;
  const content =
    field === 'items'
      ? dataItems(value as DataItems, t)
      : field === 'purpose'
        ? textList(value as TextList, t)
        : field === 'note'
          ? richText(value as RichText, t)
          : field === 'recipient'
            ? // The full list a row links to names the actual recipients (PIPA 17(2)).
              html`${inLang(value as Text, t)}${nameLinks(fields.links, t)}`
            : inLang(value as Text, t);
  return entry.emphasis.has(field as NoticePart)
    ? html`<strong class="important" part="important">${content}</strong>`
    : content;
};

/** One notice, or one recipient, as a table of headings and values; nothing when empty. */
const fieldTable = (entry: FormItem, layout: Layout, fields: Fields, t: Resolve, term: Term, part: string) => {
  const shown = layout.filter(([field]) => has(fields[field]));
  return shown.length
    ? html`<table class="notice-table" part=${part}>
        <tbody>
          ${shown.map(
            ([field, heading]) =>
              html`<tr>
                <th scope="row">${term(heading)}</th>
                <td>${show(entry, field, fields, t)}</td>
              </tr>`,
          )}
        </tbody>
      </table>`
    : nothing;
};

/** The recipients of a provision table, one row each (there may be dozens). */
const columnsTable = (entry: FormItem, used: Layout, rows: readonly Fields[], t: Resolve, term: Term) =>
  html`<div class="scroll" role="region" tabindex="0" aria-labelledby="rows-name-${entry.id}">
    <span id="rows-name-${entry.id}" hidden>${inLang(entry.item.title, t)}</span>
    <table class="rows" part="notice-rows">
      <thead>
        <tr>
          ${used.map(([, heading]) => html`<th scope="col">${term(heading)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr>
              ${used.map(([field]) => html`<td>${show(entry, field, row, t)}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;

/** The notice of an item: its recipients (if it has a table), then what the item itself says. */
export const noticeTemplate = (entry: FormItem, t: Resolve, term: Term): TemplateResult => {
  const overseas = entry.category === 'overseas';
  const layout = overseas ? OVERSEAS : PROVISION_CATEGORIES.has(entry.category) ? PROVISION : NOTICE;
  const own = ownFields(entry.item);
  const rows: readonly Fields[] | undefined = layout === NOTICE ? undefined : entry.rows;
  if (!rows?.length) return html`${fieldTable(entry, layout, own, t, term, 'notice-table')}`;
  // Overseas: every 28-8(2) item in every recipient's table. Provision (dozens of rows): a column
  // for what some row gives; what no row gives is the item's, shown once below.
  const rowLayout = overseas
    ? layout
    : layout.filter(([field]) => field !== 'refusal' && rows.some((row) => has(row[field])));
  const filled = rows.map((row): Fields => ({
    ...Object.fromEntries(rowLayout.map(([field]) => [field, has(row[field]) ? row[field] : own[field]])),
    links: row.links,
  }));
  // The item's fields that filled a gap in some row are not repeated below the rows.
  const filledGap = new Set(
    rowLayout.filter(([field]) => rows.some((row) => !has(row[field]))).map(([field]) => field),
  );
  const rest: Fields = Object.fromEntries(Object.entries(own).filter(([field]) => !filledGap.has(field as Field)));
  return html`${
    overseas
      ? filled.map((row) => fieldTable(entry, layout, row, t, term, 'notice-rows'))
      : columnsTable(entry, rowLayout, filled, t, term)
  }${fieldTable(entry, layout, rest, t, term, 'notice-table')}`;
};
