/**
 * The confirmation shown after submission (Network Act 50(7), Kantara CR §4.7): who the
 * controller is, when (the receiver's time once it answered), the result, what was agreed and
 * refused, each item with [필수]/[선택] and its kind (two items may share a title) and, for
 * terms, the version accepted, and advertising per channel.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { ConsentReceipt, ConsentRecord, ItemDecision } from '../../consent/record.js';
import type { PrivacyPolicy } from '../../policy/types.js';
import type { LocalizeController } from '../shared/localize-controller.js';
import { inLang, sentenceAround, type Resolve } from '../shared/text-lang.js';

/** Adopted when the confirmation first shows (see adopt-styles.ts). */
export const receiptStyles = css`
  .receipt {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
  }
  .receipt h2 {
    font-size: 1.2em;
    margin: 0 0 var(--_space);
  }
  .receipt h3 {
    font-size: 1em;
    margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) / 2);
  }
  .receipt dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: 0;
  }
  .receipt dt {
    font-weight: 600;
  }
  .receipt dd {
    margin: 0;
  }
  .receipt code {
    overflow-wrap: anywhere;
  }
`;

const list = (entries: readonly unknown[], none: string) =>
  entries.length
    ? html`<ul>
        ${entries.map((entry) => html`<li>${entry}</li>`)}
      </ul>`
    : html`<p>${none}</p>`;

export const receiptView = (
  record: ConsentRecord,
  receipt: ConsentReceipt | null,
  policy: PrivacyPolicy,
  t: Resolve,
  localize: LocalizeController,
  /** More of the confirmation's terms (`<dt>`/`<dd>`), e.g. the guardian's consent. */
  extra: TemplateResult | undefined = undefined,
): TemplateResult => {
  const term = localize.term.bind(localize);
  // Each title and label in its own language, the UI's words around it in the UI's (WCAG 3.1.2).
  const title = (item: ItemDecision) =>
    html`[${term(item.required ? 'required' : 'optional')}]
    ${inLang(policy.consents?.find((c) => c.id === item.id)?.title ?? item.id, t)}
    (${term('categoryName', item.category)}${item.document ? `, ${term('documentVersion', item.document.version)}` : ''})`;
  const channelLabel = (itemId: string, channelId: string) =>
    inLang(
      policy.consents?.find((item) => item.id === itemId)?.channels?.find((c) => c.id === channelId)?.label ??
        channelId,
      t,
    );
  // The receiver's clock once it has the record: the browser's may be wrong.
  const time = receipt?.receivedAt ?? record.clientTime;
  const when = new Intl.DateTimeFormat(localize.lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(time));
  const advertising = record.items.filter((item) => item.channels);
  const controller = inLang(policy.controller.name, t);
  return html`<section class="receipt" part="receipt" tabindex="-1" aria-labelledby="receipt-title">
    <h2 id="receipt-title">${term('receiptTitle')}</h2>
    <p>${sentenceAround((slot) => term('receiptLead', slot), controller)}</p>
    <dl>
      <dt>${term('receiptController')}</dt>
      <dd>${controller}</dd>
      <dt>${term('receiptDate')}</dt>
      <dd><time datetime=${time}>${when}</time></dd>
      <dt>${term('receiptResult')}</dt>
      <dd>${term(receipt ? 'receiptDone' : 'receiptQueued')}</dd>
      <dt>${term('receiptId')}</dt>
      <dd><code>${record.recordId}</code></dd>
      ${extra ?? nothing}
    </dl>
    <h3>${term('receiptAgreed')}</h3>
    ${list(record.items.filter((item) => item.granted).map(title), term('none'))}
    <h3>${term('receiptRefused')}</h3>
    ${list(record.items.filter((item) => !item.granted).map(title), term('none'))}
    ${
      advertising.length
        ? html`<h3>${term('receiptAdvertising')}</h3>
            ${list(
              advertising.flatMap((item) =>
                (item.channels ?? []).map(
                  (channel) =>
                    html`${channelLabel(item.id, channel.id)}:
                    ${term(channel.granted ? 'granted' : 'refused')}${
                      channel.night ? html` (${term('nightGranted')})` : nothing
                    }`,
                ),
              ),
              term('none'),
            )}`
        : nothing
    }
  </section>`;
};
