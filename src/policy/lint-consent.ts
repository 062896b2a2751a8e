/**
 * Consent items: the statutory notices each category shows (PIPA 15(2), 17(2), 18(3)), the
 * contract basis for required collection since 2024-09-15 (15(1)4, Decree 17(1)), and what may
 * never be required (16(3), 22(5)). Overseas items are in lint-overseas.ts, RRNs in lint-data.ts.
 */
import type { Message } from './issues.js';
import { joinNames, type LintCode, type LintContext } from './lint-types.js';
import { leafItems } from './text.js';
import type { ConsentCategory, ConsentItem, DataItems } from './types.js';
import { walkBlocks, type PathKey } from './walk.js';

type NoticeKey = 'recipient' | 'purpose' | 'items' | 'retention' | 'refusal';

const NOTICE_NAMES: Readonly<Record<NoticeKey, Message>> = {
  recipient: { ko: '제공받는 자', en: 'recipient' },
  purpose: { ko: '목적', en: 'purpose' },
  items: { ko: '항목', en: 'items' },
  retention: { ko: '보유·이용 기간', en: 'retention period' },
  refusal: { ko: '동의 거부 권리 및 불이익', en: 'right to refuse and its consequence' },
};

const COLLECTION_NOTICES: readonly NoticeKey[] = ['purpose', 'items', 'retention', 'refusal'];
const PROVISION_NOTICES: readonly NoticeKey[] = ['recipient', 'purpose', 'items', 'retention', 'refusal'];

/**
 * Categories a service may make a condition of use: collection and provision it really needs, its
 * terms of service, and personal location data where the service is location-based.
 */
const MAY_BE_REQUIRED: readonly ConsentCategory[] = ['collection', 'third-party', 'terms', 'location'];
/** Categories 22(5) and Network Act 50 forbid requiring outright. */
const NEVER_REQUIRED: readonly ConsentCategory[] = ['marketing', 'ad-receipt', 'out-of-purpose'];

/**
 * A refusal text saying the service cannot be used without the consent ("회원가입이 불가",
 * "서비스 이용이 제한", "가입할 수 없", "이용하실 수 없"), once denials ("제한이 없습니다") are removed.
 */
const CANNOT_USE =
  /(가입|이용|서비스|사용|제공)[^.。!?]{0,15}?(불가|제한|할\s*수\s*없|하실\s*수\s*없|하지\s*못|되지\s*않|어렵)|cannot\s+(sign\s*up|register|use|join)|unable\s+to\s+(sign\s*up|register|use|join)|(sign[\s-]*up|registration|use\s+of\s+the\s+service)\s+(is|will\s+be)\s+(impossible|restricted|refused)/i;
const NO_CONSEQUENCE =
  /(제한|불이익|지장|불편)\s*(이|은|는|도)?\s*(없|있지\s*않)|(가입|이용)\s*(할|하실)\s*수\s*있|no\s+(restriction|disadvantage|effect)/gi;

/** Whether a refusal text says refusing bars the service. */
export const barsService = (refusal: string): boolean => CANNOT_USE.test(refusal.replace(NO_CONSEQUENCE, ' '));

type Rows = readonly Partial<Record<NoticeKey, unknown>>[];

/** Whether a notice part is stated, in a consent item or in a provision row. */
const stated = (source: object, part: NoticeKey): boolean =>
  part === 'items'
    ? leafItems((source as { items?: DataItems }).items).length > 0
    : Boolean((source as Record<string, unknown>)[part]);

export const lintConsents = (context: LintContext): void => {
  const { policy } = context;
  const provisionRows = new Map<string, Rows>();
  for (const { block } of walkBlocks(policy))
    if (block.id && block.type === 'third-party')
      provisionRows.set(
        block.id,
        block.rows.map((row) => ({ ...row, retention: row.retention ?? block.retentionFrom })),
      );
    else if (block.id && block.type === 'overseas') provisionRows.set(block.id, block.rows);
  policy.consents?.forEach((item, i) =>
    lintConsent(item, item.rowsFrom ? provisionRows.get(item.rowsFrom) : undefined, ['consents', i], context),
  );
};

const lintConsent = (item: ConsentItem, rows: Rows | undefined, path: PathKey[], { warn, text }: LintContext) => {
  const title = text(item.title);
  const basis = item.basis ?? 'consent';
  // A part is present when the item states it, or every row of its provision table does.
  const present = (part: NoticeKey) =>
    stated(item, part) || (rows !== undefined && rows.length > 0 && rows.every((row) => stated(row, part)));
  const notices = (parts: readonly NoticeKey[], code: LintCode, kind: Message, ref: string) => {
    const missing = parts.filter((part) => !present(part));
    if (!missing.length) return;
    const names = joinNames(missing.map((part) => NOTICE_NAMES[part]));
    warn(
      code,
      path,
      {
        ko: `${kind.ko} '${title}'에 법정 고지사항(${names.ko})이 없습니다.`,
        en: `${kind.en} '${title}' lacks statutory notices: ${names.en}.`,
      },
      ref,
    );
  };

  if (basis === 'consent' && ['collection', 'sensitive', 'unique-id', 'marketing'].includes(item.category))
    notices(COLLECTION_NOTICES, 'consent.notice-missing', { ko: '동의 항목', en: 'Consent item' }, 'PIPA 15(2)');
  if (item.category === 'third-party')
    notices(
      PROVISION_NOTICES,
      'consent.third-party-notice-missing',
      { ko: '제3자 제공 동의', en: 'Third-party consent' },
      'PIPA 17(2)',
    );
  if (item.category === 'out-of-purpose' && basis === 'consent')
    notices(
      PROVISION_NOTICES,
      'consent.out-of-purpose-notice-missing',
      { ko: '목적 외 이용·제공 동의', en: 'Out-of-purpose consent' },
      'PIPA 18(3)',
    );

  if (basis !== 'consent' || !item.required) return;
  if (item.category === 'collection' && item.refusal && barsService(text(item.refusal)))
    warn(
      'consent.contract-basis',
      path,
      {
        ko: `'${title}'은(는) 거부하면 서비스를 이용할 수 없는 필수 동의입니다. 계약 체결·이행에 필요한 처리라면 동의 없이 처리할 수 있으니, 체크박스 대신 근거를 밝힌 고지(basis "contract", basisText)로 바꾸세요. 2024년 9월 15일부터 PIPC는 이런 "필수 동의"를 고치도록 요구합니다.`,
        en: `'${title}' is a required consent whose refusal bars the service. Processing necessary for the contract needs no consent: show it as a notice with its basis (basis "contract", basisText) instead of a checkbox, as PIPC asks since 15 September 2024.`,
      },
      'PIPA 15(1)4; Decree 17(1)',
    );
  if (!MAY_BE_REQUIRED.includes(item.category)) {
    const never = NEVER_REQUIRED.includes(item.category);
    warn(
      'consent.must-be-optional',
      [...path, 'required'],
      never
        ? {
            ko: `'${title}'이(가) 필수로 되어 있습니다. 마케팅·광고 수신·목적 외 이용 동의를 거부했다고 서비스를 거부할 수 없으니 선택이어야 합니다.`,
            en: `'${title}' is marked required; refusing marketing, advertising or out-of-purpose use must not bar the service, so it must be optional.`,
          }
        : {
            ko: `'${title}'이(가) 필수로 되어 있습니다. 서비스 제공에 꼭 필요한 최소한이 아니라면 동의하지 않았다는 이유로 서비스를 거부할 수 없으니 선택으로 하거나, 법령 근거가 있다면 고지(basis "law")로 바꾸세요.`,
            en: `'${title}' is marked required; unless the service cannot be provided without it, refusing must not bar the service: make it optional, or a notice on its legal basis (basis "law").`,
          },
      'PIPA 16(3), 22(5)',
    );
  }
};
