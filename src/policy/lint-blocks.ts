/**
 * The blocks of the 2023–2025 rules: the domestic agent (PIPA 31-2(3)), automated decisions
 * (37-2), transmission requests (35-2), and behavioural advertising with its third-party
 * collection tools (PIPC 2024-01; 작성지침 2024), which a document with advertising cookies or
 * advertising identifiers must disclose.
 */
import type { Message } from './issues.js';
import { joinNames, type LintContext } from './lint-types.js';
import { leafItems, stringsIn } from './text.js';
import type { PrivacyPolicy } from './types.js';
import { allBlocksOfType as blocksOfType, sectionsWithTopic, walkAllBlocks as walkBlocks } from './walk.js';

/** Advertising identifiers of mobile platforms, and the words for them. */
export const AD_IDENTIFIER =
  /\b(ADID|IDFA|GAID|AAID)\b|광고\s*식별자|광고\s*(ID\b|아이디)|advertising\s+(ID|identifier)/i;

const DENIAL = /(수집|이용|처리|사용)\s*(하지|되지)\s*않|않습니다|없습니다|\bdo(es)?\s+not\b|\bnever\b/i;

const BEHAVIOURAL_REF = 'PIPC 맞춤형 광고 정책 2024-01; 작성지침 2024; PIPA 30(1)7';

/** Why the document must disclose behavioural advertising, if it must. */
const advertisingSign = (policy: PrivacyPolicy): Message | undefined => {
  const adCookies = blocksOfType(policy, 'cookie-categories').some(({ block }) =>
    block.categories.some((category) => category.kind === 'advertising'),
  );
  if (adCookies) return { ko: '광고 쿠키 범주가 있으므로', en: 'It has an advertising cookie category' };
  const texts = [...walkBlocks(policy)].flatMap(({ block }) => stringsIn(block));
  stringsIn(policy.consents, texts);
  // A sentence saying the identifier is not collected ("수집하지 않습니다") is no sign.
  const identifier = texts
    .flatMap((value) => value.split(/[.。\n]/))
    .filter((sentence) => !DENIAL.test(sentence))
    .map((sentence) => AD_IDENTIFIER.exec(sentence)?.[0])
    .find(Boolean);
  return identifier
    ? { ko: `광고식별자('${identifier}')를 언급하므로`, en: `It mentions an advertising identifier ('${identifier}')` }
    : undefined;
};

const part = (ko: string, en: string): Message => ({ ko, en });

export const lintBlocks = ({ policy, warn, text }: LintContext): void => {
  const agents = blocksOfType(policy, 'domestic-agent');
  if (!agents.length)
    policy.sections.forEach((section, s) => {
      if (section.topics?.includes('domestic-agent'))
        warn(
          'domestic-agent.missing',
          ['sections', s],
          {
            ko: '국내대리인 섹션에 국내대리인 정보(domestic-agent 블록: 성명, 주소, 전화번호, 전자우편)가 없습니다.',
            en: 'The domestic-agent section has no domestic-agent block (name, address, phone, email).',
          },
          'PIPA 31-2(3)',
        );
    });
  for (const { block, path } of agents) {
    const missing = [
      !block.address && part('주소', 'address'),
      !block.phone && part('전화번호', 'phone'),
      !block.email && part('전자우편 주소', 'email'),
    ].filter((found): found is Message => Boolean(found));
    if (missing.length) {
      const names = joinNames(missing);
      warn(
        'domestic-agent.incomplete',
        path,
        {
          ko: `국내대리인 '${text(block.name)}'에 빠진 항목: ${names.ko}`,
          en: `Domestic agent '${text(block.name)}' has no ${names.en}.`,
        },
        'PIPA 31-2(3)',
      );
    }
  }

  for (const { block, path } of blocksOfType(policy, 'automated-decisions'))
    block.decisions.forEach((decision, d) => {
      const missing = [
        !decision.criteria && part('기준', 'criteria'),
        !decision.procedure && part('절차', 'procedure'),
        !decision.rights && part('거부·설명 요구 방법', 'how to refuse or ask for an explanation'),
      ].filter((found): found is Message => Boolean(found));
      if (!missing.length) return;
      const names = joinNames(missing);
      warn(
        'automated-decisions.incomplete',
        [...path, 'decisions', d],
        {
          ko: `자동화된 결정 '${text(decision.decision)}'에 빠진 항목: ${names.ko}`,
          en: `Automated decision '${text(decision.decision)}' has no ${names.en}.`,
        },
        'PIPA 37-2; Decree 44-4',
      );
    });

  for (const { block, path } of blocksOfType(policy, 'transmission'))
    if (!block.confirmation)
      warn(
        'transmission.incomplete',
        path,
        {
          ko: '전송요구 방법에 요구와 본인을 확인하는 절차(confirmation)가 없습니다.',
          en: 'The transmission request has no confirmation procedure (how the request and identity are confirmed).',
        },
        'PIPA 35-2; 작성지침 2025',
      );

  const ads = blocksOfType(policy, 'behavioural-ads');
  const sign = advertisingSign(policy);
  if (sign && !ads.length && !sectionsWithTopic(policy, 'behavioural-ads').length)
    warn(
      'behavioural-ads.missing',
      ['sections'],
      {
        ko: `${sign.ko} 맞춤형 광고(행태정보 처리)를 공개해야 합니다: 행태정보 항목, 수집 방법, 목적, 보유 기간, 제3자 수집 도구(도구·회사·유형·항목). behavioural-ads 블록이나 그 주제의 섹션이 없습니다.`,
        en: `${sign.en}, so it must disclose behavioural advertising (data, method, purpose, retention, third-party collection tools); it has no behavioural-ads block or section.`,
      },
      BEHAVIOURAL_REF,
    );
  for (const { block, path } of ads) {
    const missing = [
      !leafItems(block.data).length && part('행태정보 항목', 'data'),
      !block.method && part('수집 방법', 'method'),
      !block.purpose && part('목적', 'purpose'),
      !block.retention && part('보유·이용 기간', 'retention'),
    ].filter((found): found is Message => Boolean(found));
    if (missing.length) {
      const names = joinNames(missing);
      warn(
        'behavioural-ads.incomplete',
        path,
        {
          ko: `맞춤형 광고 안내에 빠진 항목: ${names.ko}`,
          en: `The behavioural advertising block has no ${names.en}.`,
        },
        BEHAVIOURAL_REF,
      );
    }
    block.tools?.forEach((tool, t) => {
      const gaps = [
        !text(tool.company).trim() && part('회사', 'company'),
        !tool.type && part('유형', 'type'),
        !leafItems(tool.items).length && part('수집 항목', 'items'),
      ].filter((found): found is Message => Boolean(found));
      if (!gaps.length) return;
      const names = joinNames(gaps);
      warn(
        'behavioural-ads.tool-incomplete',
        [...path, 'tools', t],
        {
          ko: `행태정보 수집 도구 '${text(tool.tool)}'에 빠진 항목: ${names.ko}`,
          en: `Collection tool '${text(tool.tool)}' has no ${names.en}.`,
        },
        BEHAVIOURAL_REF,
      );
    });
  }
};
