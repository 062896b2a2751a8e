/**
 * The confirmation after each decision in the account modes (Network Act 50(7): the sender's
 * name, the date and the result of every consent, refusal or withdrawal of advertising; PIPA
 * 37 likewise for other items): who (the sender, or the controller), when (the receiver's
 * time once it answered), what became of each item and channel, and the record id.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { latestDecision, type SubjectState } from '../../consent/member-state.js';
import type { ConsentReceipt, ConsentRecord } from '../../consent/record.js';
import type { PrivacyPolicy } from '../../policy/types.js';
import type { LocalizeController } from '../shared/localize-controller.js';
import { tagged, type Resolve } from '../shared/render-text.js';
import koReceipt from '../../i18n/ko/consent-receipt.js';
import { addKorean } from './consent-localize.js';

addKorean(koReceipt);

/** What became of one item or channel. */
export type Outcome = 'granted' | 'withdrawn' | 'kept' | 'refused';

export interface OutcomeLine {
  /** The item's title, with the channel for advertising (`광고성 정보 수신 동의 · SMS`). */
  readonly label: string;
  /** The same in pieces, each with the language it resolved to (the title, then the channel). */
  readonly labelParts: readonly (readonly [text: string, lang: string])[];
  readonly outcome: Outcome;
  /** Night-time consent on this channel (Network Act 50(3)). */
  readonly night: boolean;
  /** About advertising receipt: the confirmation names the sender. */
  readonly advertising: boolean;
}

/** A record sent from an account mode, with what it did. */
export interface Result {
  readonly record: ConsentRecord;
  readonly receipt: ConsentReceipt | null;
  readonly lines: readonly OutcomeLine[];
}

const outcomeOf = (event: ConsentRecord['event'], granted: boolean, was: boolean | undefined): Outcome => {
  if (event === 'reconfirm') return granted ? 'kept' : 'withdrawn';
  if (granted) return was && event !== 'reconsent' ? 'kept' : 'granted';
  return was ? 'withdrawn' : 'refused';
};

/**
 * What a record did to the items in `shown` (all it decides when empty), against the state
 * before it: each item, or each channel of an advertising item.
 */
export const outcomes = (
  record: ConsentRecord,
  before: SubjectState | undefined,
  shown: readonly string[],
  policy: PrivacyPolicy,
  t: Resolve,
): OutcomeLine[] =>
  record.items
    .filter((item) => !shown.length || shown.includes(item.id))
    .flatMap((item): OutcomeLine[] => {
      const consent = policy.consents?.find((candidate) => candidate.id === item.id);
      const title = t(consent?.title ?? item.id);
      const titlePart = [title, t.langOf(consent?.title ?? item.id)] as const;
      const was = latestDecision(before, record.policy.id, item.id);
      const advertising = item.category === 'ad-receipt';
      if (!item.channels) {
        return [
          {
            label: title,
            labelParts: [titlePart],
            outcome: outcomeOf(record.event, item.granted, was?.granted),
            night: false,
            advertising,
          },
        ];
      }
      return item.channels.map((channel) => {
        const label = consent?.channels?.find((candidate) => candidate.id === channel.id)?.label;
        const wasChannel = was?.channels?.find((candidate) => candidate.id === channel.id);
        const channelPart = [label ? t(label) : channel.id, label ? t.langOf(label) : ''] as const;
        return {
          label: `${title} · ${channelPart[0]}`,
          labelParts: [titlePart, [' · ', ''], channelPart],
          outcome: outcomeOf(record.event, channel.granted, wasChannel?.granted),
          night: channel.night,
          advertising,
        };
      });
    });

/** The confirmation, `id` naming it (for `aria-labelledby` and focus). */
export const resultNotice = (
  { record, receipt, lines }: Result,
  id: string,
  controller: unknown,
  localize: LocalizeController,
): TemplateResult => {
  const ui = { ui: localize.catalogLang };
  const term = localize.term.bind(localize);
  const advertising = lines.some((line) => line.advertising);
  const time = receipt?.receivedAt ?? record.clientTime;
  const when = new Intl.DateTimeFormat(localize.lang, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Asia/Seoul',
  }).format(new Date(time));
  return html`<section class="receipt result" part="receipt" id=${id} tabindex="-1" aria-labelledby="${id}-title">
    <h3 id="${id}-title">${term('resultTitle', advertising)}</h3>
    <dl>
      <dt>${term(advertising ? 'resultSender' : 'receiptController')}</dt>
      <dd>${advertising ? (record.sender ?? controller) : controller}</dd>
      <dt>${term('receiptDate')}</dt>
      <dd><time datetime=${time}>${when}</time></dd>
      <dt>${term('receiptResult')}</dt>
      <dd>
        <ul>
          ${lines.map(
            (line) =>
              html`<li>
                ${line.labelParts.map(([text, lang]) => (lang ? tagged(text, lang, ui) : text))}:
                ${term('outcome', line.outcome)}${line.night ? html` (${term('nightGranted')})` : nothing}
              </li>`,
          )}
        </ul>
        ${term(receipt ? 'receiptDone' : 'receiptQueued')}
      </dd>
      <dt>${term('receiptId')}</dt>
      <dd><code>${record.recordId}</code></dd>
    </dl>
  </section>`;
};
