/**
 * Overseas transfer (국외 이전): every row and every overseas consent item states the PIPA 28-8(2)
 * items, each row names its 28-8(1) route, and a transfer that rests on consent has a consent item
 * that asks for it.
 */
import type { Message } from './issues.js';
import { joinNames, type LintContext } from './lint-types.js';
import { leafItems } from './text.js';
import type { ConsentItem, OverseasRow } from './types.js';
import { allBlocksOfType as blocksOfType } from './walk.js';

type Part = 'items' | 'country' | 'transfer' | 'recipient' | 'contact' | 'purpose' | 'retention' | 'refusal';

/** The 28-8(2) items, in the order of the statute. */
export const OVERSEAS_PARTS: Readonly<Record<Part, Message>> = {
  items: { ko: '이전되는 개인정보 항목', en: 'items transferred' },
  country: { ko: '이전되는 국가', en: 'destination country' },
  transfer: { ko: '이전 일시 및 방법', en: 'when and how it is transferred' },
  recipient: { ko: '이전받는 자의 성명(명칭)', en: 'recipient' },
  contact: { ko: '이전받는 자의 연락처', en: "recipient's contact" },
  purpose: { ko: '이전받는 자의 이용 목적', en: "recipient's purpose" },
  retention: { ko: '이전받는 자의 보유·이용 기간', en: "recipient's retention period" },
  refusal: { ko: '이전을 거부하는 방법·절차 및 거부의 효과', en: 'how to refuse the transfer and its effect' },
};

const PARTS = Object.keys(OVERSEAS_PARTS) as Part[];

/** Whether a row states a part. */
const rowStates = (row: OverseasRow, part: Part): boolean =>
  part === 'items' ? leafItems(row.items).length > 0 : Boolean(row[part]);

/** Whether a consent item states a part itself. */
const itemStates = (item: ConsentItem, part: Part): boolean =>
  part === 'items' ? leafItems(item.items).length > 0 : Boolean(item[part === 'contact' ? 'recipientContact' : part]);

export const lintOverseas = ({ policy, options, warn, text }: LintContext): void => {
  // The refusal method is surely owed on the consent route; elsewhere the law is unsettled.
  const owesRefusal = (onConsent: boolean) => onConsent || options.overseasRefusal === 'every-route';
  const tables = new Map<string, readonly OverseasRow[]>();
  for (const { block, path } of blocksOfType(policy, 'overseas')) {
    if (block.id) tables.set(block.id, block.rows);
    block.rows.forEach((row, r) => {
      const at = [...path, 'rows', r];
      const missing = PARTS.filter(
        (part) => (part !== 'refusal' || owesRefusal(row.route === 'consent')) && !rowStates(row, part),
      );
      const name = text(row.recipient);
      if (missing.length) {
        const names = joinNames(missing.map((part) => OVERSEAS_PARTS[part]));
        warn(
          'overseas.incomplete',
          at,
          {
            ko: `국외 이전 '${name}' 행에 빠진 항목: ${names.ko}`,
            en: `Overseas transfer row '${name}' has no ${names.en}.`,
          },
          'PIPA 28-8(2); Decree 31(1)2',
        );
      }
      if (!row.route)
        warn(
          'overseas.route-missing',
          at,
          {
            ko: `국외 이전 '${name}'의 이전 근거(route: 동의, 법령·조약, 계약 이행을 위한 위탁·보관, 인증, 적정성 인정)가 없습니다.`,
            en: `Overseas transfer '${name}' names no PIPA 28-8(1) route (consent, law, contract, certification, adequacy).`,
          },
          'PIPA 28-8(1)',
        );
      const askedFor = policy.consents?.some(
        (item) =>
          item.category === 'overseas' &&
          (item.basis ?? 'consent') === 'consent' &&
          (item.rowsFrom === undefined || item.rowsFrom === block.id),
      );
      if (row.route === 'consent' && policy.consents && !askedFor)
        warn(
          'overseas.consent-missing',
          [...at, 'route'],
          {
            ko: `국외 이전 '${name}'은(는) 동의에 근거하지만, 이를 묻는 국외 이전 동의 항목(category "overseas")이 consents에 없습니다.`,
            en: `Overseas transfer '${name}' rests on consent, but no overseas consent item in consents asks for it.`,
          },
          'PIPA 28-8(1)1, 22(1)',
        );
    });
  }

  policy.consents?.forEach((item, i) => {
    if (item.category !== 'overseas') return;
    const rows = item.rowsFrom ? tables.get(item.rowsFrom) : undefined;
    const present = (part: Part) =>
      itemStates(item, part) || (rows !== undefined && rows.length > 0 && rows.every((row) => rowStates(row, part)));
    const onConsent = (item.basis ?? 'consent') === 'consent';
    const missing = PARTS.filter((part) => (part !== 'refusal' || owesRefusal(onConsent)) && !present(part));
    if (!missing.length) return;
    const title = text(item.title);
    const names = joinNames(missing.map((part) => OVERSEAS_PARTS[part]));
    warn(
      'consent.overseas-incomplete',
      ['consents', i],
      {
        ko: `국외 이전 '${title}'에 법정 고지사항(${names.ko})이 없습니다.`,
        en: `Overseas transfer '${title}' lacks statutory notices: ${names.en}.`,
      },
      onConsent ? 'PIPA 28-8(2)' : 'PIPA 28-8(1)3, 28-8(2)',
    );
  });
};
