/**
 * Completeness lint: where a valid policy falls short of what PIPA asks a 처리방침 and a
 * consent notice to say. Warnings, not errors: a real policy with gaps must still render,
 * and the gaps must be visible rather than silently fixed.
 */
import { formatPath, type Message } from './issues.js';
import { SAFE_LINK } from './links.js';
import { leafItems, plainText, resolveText } from './text.js';
import type { ConsentItem, DataItems, PrivacyPolicy, RichText, Text, Topic } from './types.js';
import { blocksOfType, sectionsWithTopic, walkBlocks, type PathKey } from './walk.js';

export type LintCode =
  | 'topic.missing'
  | 'section.empty'
  | 'date.effective-missing'
  | 'purpose.empty'
  | 'retention.incomplete'
  | 'third-party.incomplete'
  | 'consent.notice-missing'
  | 'consent.third-party-notice-missing'
  | 'consent.overseas-incomplete'
  | 'consent.rrn'
  | 'consent.marketing-required'
  | 'consent.third-party-basis'
  | 'link.unsafe';

export interface LintWarning {
  readonly code: LintCode;
  readonly path: string;
  readonly message: Message;
  /** The provision the warning rests on, e.g. `PIPA 30(1)`. */
  readonly ref?: string;
}

const TOPIC_NAMES: Partial<Record<Topic, Message & { ref: string }>> = {
  purposes: { ko: '처리 목적', en: 'purposes of processing', ref: 'PIPA 30(1)1' },
  retention: { ko: '처리 및 보유 기간', en: 'processing and retention period', ref: 'PIPA 30(1)2' },
  'third-party': { ko: '제3자 제공', en: 'third-party provision', ref: 'PIPA 30(1)3' },
  destruction: { ko: '파기 절차 및 방법', en: 'destruction procedure and method', ref: 'PIPA 30(1)3-2' },
  entrustment: { ko: '처리 위탁', en: 'entrustment', ref: 'PIPA 30(1)4' },
  rights: {
    ko: '정보주체와 법정대리인의 권리·의무 및 행사 방법',
    en: 'rights and how to exercise them',
    ref: 'PIPA 30(1)5',
  },
  officer: { ko: '개인정보 보호책임자', en: 'privacy officer', ref: 'PIPA 30(1)6' },
  cookies: {
    ko: '자동 수집 장치의 설치·운영 및 거부',
    en: 'automatic collection devices and refusal',
    ref: 'PIPA 30(1)7',
  },
  items: { ko: '처리하는 개인정보의 항목', en: 'items of personal data processed', ref: 'Decree 31(1)1' },
  overseas: { ko: '국외 이전', en: 'overseas transfer', ref: 'Decree 31(1)2' },
  safety: { ko: '안전성 확보 조치', en: 'safety measures', ref: 'Decree 31(1)3' },
  'sensitive-disclosure': {
    ko: '민감정보 공개 가능성 및 비공개 선택 방법',
    en: 'possible disclosure of sensitive data',
    ref: 'PIPA 30(1)3-3',
  },
};

const COLLECTION_NOTICES = ['purpose', 'items', 'retention', 'refusal'] as const;
const PROVISION_NOTICES = ['recipient', 'purpose', 'items', 'retention', 'refusal'] as const;
const NOTICE_NAMES: Record<(typeof PROVISION_NOTICES)[number], Message> = {
  recipient: { ko: '제공받는 자', en: 'recipient' },
  purpose: { ko: '목적', en: 'purpose' },
  items: { ko: '항목', en: 'items' },
  retention: { ko: '보유·이용 기간', en: 'retention period' },
  refusal: { ko: '동의 거부 권리 및 불이익', en: 'right to refuse and its consequence' },
};

// A resident registration number, but not "주민등록번호 앞6자리" (the birth date part).
const RRN = /(주민\s*등록\s*번호|주민번호|resident registration number)(?!\s*앞\s*\d)/i;
const COOKIE_WORD = /쿠키|cookie/i;

const names = (parts: readonly (keyof typeof NOTICE_NAMES)[]): Message => ({
  ko: parts.map((part) => NOTICE_NAMES[part].ko).join(', '),
  en: parts.map((part) => NOTICE_NAMES[part].en).join(', '),
});

/** Which topics the document has to cover, given what it says it does. */
const requiredTopics = (policy: PrivacyPolicy): Topic[] => {
  const topics: Topic[] = ['purposes', 'items', 'retention', 'destruction', 'rights', 'officer', 'safety'];
  const has = (type: Parameters<typeof blocksOfType>[1]) => blocksOfType(policy, type).length > 0;
  const consents = (category: ConsentItem['category']) => policy.consents?.some((item) => item.category === category);
  if (has('third-party') || consents('third-party')) topics.push('third-party');
  if (has('entrustment')) topics.push('entrustment');
  if (has('overseas') || consents('overseas')) topics.push('overseas');
  if (consents('sensitive')) topics.push('sensitive-disclosure');
  const mentionsCookies = blocksOfType(policy, 'auto-collection').some(({ block }) =>
    leafItems(block.items).some((item) => COOKIE_WORD.test(resolveText(item, policy.lang, policy.lang))),
  );
  if (mentionsCookies || has('cookie-refusal') || has('cookie-categories')) topics.push('cookies');
  return topics;
};

/** Lints a valid policy. Returns warnings in document order of the checks. */
export const lintPolicy = (policy: PrivacyPolicy): LintWarning[] => {
  const warnings: LintWarning[] = [];
  const warn = (code: LintCode, path: readonly PathKey[], message: Message, ref?: string): void => {
    warnings.push({ code, path: formatPath(path), message, ...(ref ? { ref } : {}) });
  };
  const text = (value: RichText) => plainText(value, policy.lang, policy.lang);

  for (const topic of requiredTopics(policy)) {
    if (sectionsWithTopic(policy, topic).length) continue;
    const name = TOPIC_NAMES[topic]!;
    warn(
      'topic.missing',
      ['sections'],
      { ko: `'${name.ko}' 항목을 다루는 섹션이 없습니다.`, en: `No section covers the ${name.en}.` },
      name.ref,
    );
  }

  policy.sections.forEach((section, s) => {
    if (!section.blocks.length)
      warn('section.empty', ['sections', s], { ko: '내용이 없는 섹션입니다.', en: 'The section has no content.' });
  });

  if (!policy.effectiveOn)
    warn(
      'date.effective-missing',
      ['effectiveOn'],
      { ko: '시행일자가 없습니다.', en: 'The effective date is missing.' },
      'PIPA 30; 작성지침',
    );

  for (const { block, path } of blocksOfType(policy, 'purposes'))
    block.purposes.forEach((purpose, p) => {
      if (purpose.text || purpose.items?.length) return;
      const name = text(purpose.title ?? '');
      warn(
        'purpose.empty',
        [...path, 'purposes', p],
        { ko: `목적 '${name}'에 설명이 없습니다.`, en: `Purpose '${name}' has no description.` },
        'PIPA 30(1)1',
      );
    });

  for (const { block, path } of blocksOfType(policy, 'retention'))
    block.rows.forEach((row, r) => {
      const missing = [
        !row.record && { ko: '보존 기록', en: 'record' },
        !row.basis && { ko: '보존 근거', en: 'basis' },
        !row.period && { ko: '보존 기간', en: 'period' },
      ].filter((part): part is Message => Boolean(part));
      if (missing.length)
        warn(
          'retention.incomplete',
          [...path, 'rows', r],
          {
            ko: `보유 기간 행에 빠진 항목: ${missing.map((m) => m.ko).join(', ')}`,
            en: `The retention row has no ${missing.map((m) => m.en).join(', ')}.`,
          },
          'PIPA 30(1)2, 30(1)3-2',
        );
    });

  for (const { block, path } of blocksOfType(policy, 'third-party'))
    block.rows.forEach((row, r) => {
      const missing = (['purpose', 'items', 'retention'] as const).filter((part) =>
        part === 'items'
          ? !leafItems(row.items).length
          : part === 'retention'
            ? !row.retention && !block.retentionFrom
            : !row[part],
      );
      if (missing.length)
        warn(
          'third-party.incomplete',
          [...path, 'rows', r],
          {
            ko: `제3자 제공 '${text(row.recipient)}' 행에 빠진 항목: ${names(missing).ko}`,
            en: `Third-party row '${text(row.recipient)}' has no ${names(missing).en}.`,
          },
          'PIPA 30(1)3, 17(2)',
        );
    });

  const provisionRows = new Map<string, readonly Partial<Record<NoticeKey, unknown>>[]>();
  for (const { block } of walkBlocks(policy))
    if (block.id && block.type === 'third-party')
      provisionRows.set(
        block.id,
        block.rows.map((row) => ({ ...row, retention: row.retention ?? block.retentionFrom })),
      );
    else if (block.id && block.type === 'overseas') provisionRows.set(block.id, block.rows);
  policy.consents?.forEach((item, i) =>
    lintConsent(item, item.rowsFrom ? provisionRows.get(item.rowsFrom) : undefined, ['consents', i], warn, text),
  );

  for (const { block, path } of walkBlocks(policy)) lintLinks(block, [...path], warn);
  return warnings;
};

type Warn = (code: LintCode, path: readonly PathKey[], message: Message, ref?: string) => void;

type NoticeKey = keyof typeof NOTICE_NAMES;

/** Whether a notice part is stated, in a consent item or in a provision row. */
const stated = (source: object, part: NoticeKey | 'country'): boolean =>
  part === 'items'
    ? leafItems((source as { items?: DataItems }).items).length > 0
    : Boolean((source as Record<string, unknown>)[part]);

const lintConsent = (
  item: ConsentItem,
  rows: readonly Partial<Record<NoticeKey, unknown>>[] | undefined,
  path: PathKey[],
  warn: Warn,
  text: (value: RichText) => string,
): void => {
  const title = text(item.title);
  const basis = item.basis ?? 'consent';
  // A part is present when the item states it, or every row of its provision table does.
  const present = (part: NoticeKey | 'country') =>
    stated(item, part) || (rows !== undefined && rows.length > 0 && rows.every((row) => stated(row, part)));

  if (basis === 'consent' && ['collection', 'sensitive', 'unique-id', 'marketing'].includes(item.category)) {
    const missing = COLLECTION_NOTICES.filter((part) => !present(part));
    if (missing.length)
      warn(
        'consent.notice-missing',
        path,
        {
          ko: `동의 항목 '${title}'에 법정 고지사항(${names(missing).ko})이 없습니다.`,
          en: `Consent item '${title}' lacks statutory notices: ${names(missing).en}.`,
        },
        'PIPA 15(2)',
      );
  }
  if (item.category === 'third-party') {
    const missing = PROVISION_NOTICES.filter((part) => !present(part));
    if (missing.length)
      warn(
        'consent.third-party-notice-missing',
        path,
        {
          ko: `제3자 제공 동의 '${title}'에 법정 고지사항(${names(missing).ko})이 없습니다.`,
          en: `Third-party consent '${title}' lacks statutory notices: ${names(missing).en}.`,
        },
        'PIPA 17(2)',
      );
    if (basis === 'contract')
      warn(
        'consent.third-party-basis',
        [...path, 'basis'],
        {
          ko: '제3자 제공은 계약 이행을 근거로 동의 없이 할 수 없습니다.',
          en: 'Third-party provision cannot rest on the contract basis without consent.',
        },
        'PIPA 17(1)',
      );
  }
  if (item.category === 'overseas' && (!present('country') || !present('recipient')))
    warn(
      'consent.overseas-incomplete',
      path,
      {
        ko: `국외 이전 '${title}'에 이전 국가 또는 이전받는 자가 없습니다.`,
        en: `Overseas transfer '${title}' names no country or recipient.`,
      },
      'PIPA 28-8(2)',
    );
  if (basis === 'consent' && leafItems(item.items).some((entry) => RRN.test(text(entry as Text))))
    warn(
      'consent.rrn',
      [...path, 'items'],
      {
        ko: `'${title}'에서 주민등록번호를 동의에 근거해 처리합니다. 법령상 근거가 있어야만 처리할 수 있습니다.`,
        en: `'${title}' processes a resident registration number on the basis of consent; only a specific law allows it.`,
      },
      'PIPA 24-2',
    );
  if ((item.category === 'marketing' || item.category === 'ad-receipt') && item.required)
    warn(
      'consent.marketing-required',
      [...path, 'required'],
      {
        ko: `마케팅·광고 수신 동의 '${title}'가 필수로 되어 있습니다. 선택이어야 합니다.`,
        en: `Marketing consent '${title}' is marked required; it must be optional.`,
      },
      'PIPA 22(5)',
    );
};

/** Every `href` and `url` in a block, with its path. */
function* linksOf(value: unknown, path: PathKey[]): Generator<[string, PathKey[]]> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* linksOf(item, [...path, index]);
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'href' || key === 'url') && typeof inner === 'string') yield [inner, [...path, key]];
      else yield* linksOf(inner, [...path, key]);
    }
  }
}

const lintLinks = (block: unknown, path: PathKey[], warn: Warn): void => {
  for (const [link, at] of linksOf(block, path))
    if (!SAFE_LINK.test(link))
      warn('link.unsafe', at, {
        ko: `링크 '${link}'는 http(s)·mailto·tel이 아니어서 글자로만 표시됩니다.`,
        en: `Link '${link}' is not http(s), mailto or tel, so it is shown as text only.`,
      });
};
