/**
 * The statutory notice of one consent item as a compact table (PIPA 15(2), 17(2), 28-8(2)).
 * Parts the law marks as important are wrapped in `<strong class="important">`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FormItem, NoticeRow } from '../../consent/form-model.js';
import type { NoticePart, Text } from '../../policy/types.js';
import { dataItems, textList, type Resolve } from '../shared/render-text.js';
import type { LocalizeController } from '../shared/localize-controller.js';

type Term = LocalizeController['term'];

const PROVISION = new Set(['third-party', 'overseas', 'out-of-purpose']);

const cell = (entry: FormItem, part: NoticePart, content: unknown): unknown =>
  entry.emphasis.has(part) ? html`<strong class="important" part="important">${content}</strong>` : content;

const row = (label: string, content: unknown): TemplateResult | typeof nothing =>
  content === nothing || content === undefined
    ? nothing
    : html`<tr>
        <th scope="row">${label}</th>
        <td>${content}</td>
      </tr>`;

const text = (value: Text | undefined, t: Resolve) => (value === undefined ? nothing : t(value));

/** The recipients table of a provision item (one row per recipient). */
const recipientsTable = (entry: FormItem, rows: readonly NoticeRow[], t: Resolve, term: Term): TemplateResult => {
  const overseas = entry.category === 'overseas';
  const hasRetention = rows.some((r) => r.retention);
  const hasCountry = overseas && rows.some((r) => r.country);
  return html`<div class="scroll" role="region" tabindex="0" aria-label=${t(entry.item.title)}>
    <table class="rows" part="notice-rows">
      <thead>
        <tr>
          <th scope="col">${term(overseas ? 'overseasRecipient' : 'provisionRecipient')}</th>
          ${hasCountry ? html`<th scope="col">${term('overseasCountry')}</th>` : nothing}
          <th scope="col">${term('provisionPurpose')}</th>
          <th scope="col">${term('provisionItems')}</th>
          ${hasRetention ? html`<th scope="col">${term('provisionRetention')}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) =>
            html`<tr>
              <td>${cell(entry, 'recipient', t(r.recipient))}</td>
              ${hasCountry ? html`<td>${cell(entry, 'country', text(r.country, t))}</td>` : nothing}
              <td>${cell(entry, 'purpose', textList(r.purpose, t))}</td>
              <td>${cell(entry, 'items', dataItems(r.items, t))}</td>
              ${hasRetention ? html`<td>${cell(entry, 'retention', text(r.retention, t))}</td>` : nothing}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
};

/** The notice of an item: recipients (if any), then purpose, items, retention and refusal. */
export const noticeTemplate = (entry: FormItem, t: Resolve, term: Term): TemplateResult => {
  const { item } = entry;
  const provision = PROVISION.has(entry.category);
  const overseas = entry.category === 'overseas';
  const present = (value: unknown) => (value === undefined ? nothing : value);
  return html`${entry.rows?.length ? recipientsTable(entry, entry.rows, t, term) : nothing}
    <table class="notice-table" part="notice-table">
      <tbody>
        ${row(
          term(overseas ? 'overseasRecipient' : 'provisionRecipient'),
          provision && item.recipient ? cell(entry, 'recipient', t(item.recipient)) : nothing,
        )}
        ${row(term('overseasCountry'), item.country ? cell(entry, 'country', t(item.country)) : nothing)}
        ${row(term('overseasTransfer'), present(item.transfer && t(item.transfer)))}
        ${row(term('overseasContact'), present(item.recipientContact && t(item.recipientContact)))}
        ${row(
          term(provision ? 'provisionPurpose' : 'noticePurpose'),
          item.purpose ? cell(entry, 'purpose', textList(item.purpose, t)) : nothing,
        )}
        ${row(term(provision ? 'provisionItems' : 'noticeItems'), item.items?.length ? cell(entry, 'items', dataItems(item.items, t)) : nothing)}
        ${row(term('noticeRetention'), item.retention ? cell(entry, 'retention', t(item.retention)) : nothing)}
        ${row(term('sensitiveDisclosure'), item.disclosure ? cell(entry, 'disclosure', t(item.disclosure)) : nothing)}
        ${row(term('noticeRefusal'), item.refusal ? cell(entry, 'refusal', t(item.refusal)) : nothing)}
      </tbody>
    </table>`;
};
