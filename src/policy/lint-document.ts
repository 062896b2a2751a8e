/**
 * The document as a whole: the mandatory topics of PIPA 30(1) and Decree 31(1) given what the
 * document says it does, empty sections, the effective date, purposes, retention and provision
 * rows, the children's age limit (22-2), and links renderers show as text.
 */
import type { Message } from './issues.js';
import { documentBase, resolveLink } from './links.js';
import { joinNames, type LintContext, type Warn } from './lint-types.js';
import { ageLimit, KR_MINIMUM_AGE, leafItems, resolveText } from './text.js';
import type { ConsentItem, PrivacyPolicy, Topic } from './types.js';
import { allBlocksOfType, sectionsWithTopic, walkAllBlocks, type PathKey } from './walk.js';

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
  children: {
    ko: '만 14세 미만 아동의 개인정보 처리',
    en: 'processing of children’s data',
    ref: 'PIPA 22-2; 작성지침',
  },
  'domestic-agent': { ko: '국내대리인', en: 'domestic agent', ref: 'PIPA 31-2(3)' },
  'automated-decisions': {
    ko: '자동화된 결정의 기준과 절차',
    en: 'criteria and procedure of automated decisions',
    ref: 'PIPA 37-2(4)',
  },
  'overseas-collection': {
    ko: '국외에서 직접 수집하는 경우 처리 국가',
    en: 'country where data collected from abroad is processed',
    ref: 'Decree 31(1)4; 작성지침 2024',
  },
};

const COOKIE_WORD = /쿠키|cookie/i;

/** Which topics the document has to cover, given what it says it does. */
export const requiredTopics = (policy: PrivacyPolicy): Topic[] => {
  const topics: Topic[] = ['purposes', 'items', 'retention', 'destruction', 'rights', 'officer', 'safety'];
  const has = (type: Parameters<typeof allBlocksOfType>[1]) => allBlocksOfType(policy, type).length > 0;
  const consents = (category: ConsentItem['category']) => policy.consents?.some((item) => item.category === category);
  if (has('third-party') || consents('third-party')) topics.push('third-party');
  // A processor abroad (an overseas row that is also an entrustment) is an entrustment too.
  const processorsAbroad = allBlocksOfType(policy, 'overseas').some(({ block }) =>
    block.rows.some((row) => row.entrustment ?? block.entrustment),
  );
  if (has('entrustment') || processorsAbroad) topics.push('entrustment');
  if (has('overseas') || consents('overseas')) topics.push('overseas');
  if (consents('sensitive')) topics.push('sensitive-disclosure');
  const mentionsCookies = allBlocksOfType(policy, 'auto-collection').some(({ block }) =>
    leafItems(block.items).some((item) => COOKIE_WORD.test(resolveText(item, policy.lang, policy.lang))),
  );
  if (mentionsCookies || has('cookie-refusal') || has('cookie-categories')) topics.push('cookies');
  if (policy.children) topics.push('children');
  if (has('domestic-agent')) topics.push('domestic-agent');
  if (has('automated-decisions')) topics.push('automated-decisions');
  if (has('overseas-collection')) topics.push('overseas-collection');
  return topics;
};

const RETENTION_PARTS = {
  record: { ko: '보존 기록', en: 'record' },
  basis: { ko: '보존 근거', en: 'basis' },
  period: { ko: '보존 기간', en: 'period' },
} as const;
const PROVISION_PARTS = {
  purpose: { ko: '목적', en: 'purpose' },
  items: { ko: '항목', en: 'items' },
  retention: { ko: '보유·이용 기간', en: 'retention period' },
} as const;

export const lintDocument = ({ policy, warn, text }: LintContext): void => {
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

  const age = policy.children?.minimumAge;
  if (age !== undefined && age < KR_MINIMUM_AGE)
    warn(
      'children.minimum-age',
      ['children', 'minimumAge'],
      {
        ko: `아동 연령 기준이 만 ${age}세로 되어 있습니다. 법정대리인 동의는 만 ${KR_MINIMUM_AGE}세 미만에게 필요합니다(양식은 만 ${ageLimit({ minimumAge: age })}세로 묻습니다).`,
        en: `The age limit is ${age}; a guardian must consent for children under ${KR_MINIMUM_AGE} (the form asks about ${ageLimit({ minimumAge: age })}).`,
      },
      'PIPA 22-2(1)',
    );

  for (const { block, path } of allBlocksOfType(policy, 'purposes'))
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

  for (const { block, path } of allBlocksOfType(policy, 'retention'))
    block.rows.forEach((row, r) => {
      const missing = (['record', 'basis', 'period'] as const).filter((part) => !row[part]);
      if (!missing.length) return;
      const names = joinNames(missing.map((part) => RETENTION_PARTS[part]));
      warn(
        'retention.incomplete',
        [...path, 'rows', r],
        { ko: `보유 기간 행에 빠진 항목: ${names.ko}`, en: `The retention row has no ${names.en}.` },
        'PIPA 30(1)2, 30(1)3-2',
      );
    });

  for (const { block, path } of allBlocksOfType(policy, 'third-party'))
    block.rows.forEach((row, r) => {
      const missing = (['purpose', 'items', 'retention'] as const).filter((part) =>
        part === 'items'
          ? !leafItems(row.items).length
          : part === 'retention'
            ? !row.retention && !block.retentionFrom
            : !row[part],
      );
      if (!missing.length) return;
      const names = joinNames(missing.map((part) => PROVISION_PARTS[part]));
      warn(
        'third-party.incomplete',
        [...path, 'rows', r],
        {
          ko: `제3자 제공 '${text(row.recipient)}' 행에 빠진 항목: ${names.ko}`,
          en: `Third-party row '${text(row.recipient)}' has no ${names.en}.`,
        },
        'PIPA 30(1)3, 17(2)',
      );
    });

  const base = documentBase(policy);
  // A list's blocks are walked, and linted, on their own.
  for (const { block, path } of walkAllBlocks(policy))
    lintLinks(block.type === 'list' ? withoutBlocks(block) : block, [...path], base, warn);
  policy.sections.forEach((section, s) => {
    if (section.icon) lintLinks(section.icon, ['sections', s, 'icon'], base, warn);
  });
};

/** A list without the blocks inside its items (they are walked, and linted, on their own). */
const withoutBlocks = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(withoutBlocks)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value).flatMap(([key, inner]) => (key === 'blocks' ? [] : [[key, withoutBlocks(inner)]])),
        )
      : value;

/** Every `href`, `url` and image `src` in a block, with its path. */
function* linksOf(value: unknown, path: PathKey[]): Generator<[string, PathKey[], boolean]> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* linksOf(item, [...path, index]);
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'href' || key === 'url' || key === 'src') && typeof inner === 'string')
        yield [inner, [...path, key], key === 'src'];
      else yield* linksOf(inner, [...path, key]);
    }
  }
}

const lintLinks = (block: unknown, path: PathKey[], base: string | undefined, warn: Warn): void => {
  for (const [link, at, image] of linksOf(block, path))
    if (!resolveLink(link, base, image ? /^https?:/i : undefined))
      warn(
        'link.unsafe',
        at,
        image
          ? {
              ko: `그림 주소 '${link}'는 http(s)가 아니거나 baseUrl 없는 상대 주소여서 그림이 보이지 않습니다.`,
              en: `Image '${link}' is not http(s), or relative with no baseUrl, so it is not shown.`,
            }
          : {
              ko: `링크 '${link}'는 http(s)·mailto·tel이 아니거나 baseUrl 없는 상대 주소여서 글자로만 표시됩니다.`,
              en: `Link '${link}' is not http(s), mailto or tel, or relative with no baseUrl, so it is shown as text only.`,
            },
      );
};
