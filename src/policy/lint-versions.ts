/**
 * Dates and versions: a date the text states for the policy (`2025년 2월 5일부터 적용`,
 * `시행일자 : 2020년 06월 16일`) that disagrees with `effectiveOn` or `announcedOn`, and previous
 * versions the viewer cannot open as they are described (a web page or PDF given as policy
 * JSON, dates out of order).
 */
import type { Message } from './issues.js';
import { DOCUMENT_PATH } from './links.js';
import { clip, type LintContext } from './lint-types.js';
import { stringsIn } from './text.js';
import type { Block, IsoDate } from './types.js';
import { walkAllBlocks, type PathKey } from './walk.js';

const DATE = String.raw`(\d{4})\s*(?:년|[.\-/])\s*(\d{1,2})\s*(?:월|[.\-/])\s*(\d{1,2})\s*일?`;

/** Statements of the policy's own dates, with the field they must agree with. */
const STATEMENTS: readonly { readonly field: 'effectiveOn' | 'announcedOn'; readonly pattern: RegExp }[] = [
  { field: 'effectiveOn', pattern: new RegExp(String.raw`시행\s*(?:일|일자|날짜)\s*[:：]?\s*${DATE}`, 'g') },
  { field: 'effectiveOn', pattern: new RegExp(String.raw`${DATE}\s*(?:부터|자로|에)?\s*(?:적용|시행)`, 'g') },
  { field: 'announcedOn', pattern: new RegExp(String.raw`공고\s*(?:일|일자|날짜)\s*[:：]?\s*${DATE}`, 'g') },
  {
    field: 'effectiveOn',
    pattern: /\b(?:effective|in\s+force)\s+(?:from|as\s+of|on)?\s*(\d{4})-(\d{2})-(\d{2})/gi,
  },
];

const iso = (year: string, month: string, day: string): IsoDate =>
  `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;

const FIELD_NAMES: Record<'effectiveOn' | 'announcedOn', Message> = {
  effectiveOn: { ko: '시행일(effectiveOn)', en: 'effective date (effectiveOn)' },
  announcedOn: { ko: '공고일(announcedOn)', en: 'announcement date (announcedOn)' },
};

export const lintVersions = ({ policy, warn }: LintContext): void => {
  // The policy's own dates are stated in its preface, closing and the sections on changes; a
  // date elsewhere (a dormancy rule "시행일자: 2019년 4월 1일") is about something else.
  const changeSections = new Set(
    policy.sections.filter((section) => section.topics?.includes('changes')).map((section) => section.id),
  );
  const checked: [Block, readonly PathKey[]][] = [...walkAllBlocks(policy)]
    .filter(({ section, block }) => (!section || changeSections.has(section.id)) && block.type !== 'change-log')
    .map(({ block, path }) => [block, path]);
  for (const [block, path] of checked) {
    const text = stringsIn(block).join('\n');
    for (const { field, pattern } of STATEMENTS) {
      const stated = policy[field];
      if (!stated) continue;
      for (const match of text.matchAll(pattern)) {
        const date = iso(match[1]!, match[2]!, match[3]!);
        if (date === stated) continue;
        const name = FIELD_NAMES[field];
        warn(
          'date.mismatch',
          path,
          {
            ko: `본문의 '${clip(match[0].trim())}'(${date})가 ${name.ko} ${stated}와 다릅니다.`,
            en: `The text says '${clip(match[0].trim())}' (${date}), but the ${name.en} is ${stated}.`,
          },
          'PIPA 30; 작성지침',
        );
      }
    }
  }

  const refs: [NonNullable<typeof policy.upcoming>, PathKey[]][] = [
    ...(policy.previousVersions ?? []).map((ref, i): [typeof ref, PathKey[]] => [ref, ['previousVersions', i]]),
    ...(policy.upcoming ? [[policy.upcoming, ['upcoming']] as [typeof policy.upcoming, PathKey[]]] : []),
  ];
  for (const [ref, path] of refs) {
    if (ref.url && !ref.policy && !ref.mediaType && DOCUMENT_PATH.test(ref.url))
      warn('version.media-type', [...path, 'url'], {
        ko: `버전 ${ref.version}의 주소 '${clip(ref.url)}'는 웹 페이지나 PDF로 보입니다. mediaType(예: "application/pdf", "text/html")을 적으면 링크로 보여 주고, 없으면 처리방침 JSON으로 읽으려다 실패합니다.`,
        en: `Version ${ref.version}'s URL '${clip(ref.url)}' looks like a web page or PDF: give its mediaType (e.g. "application/pdf", "text/html") to show it as a link; without one it is fetched as policy JSON and fails.`,
      });
    const until = ref.effectiveUntil;
    const wrong =
      until !== undefined &&
      ((ref.effectiveOn !== undefined && until < ref.effectiveOn) ||
        (path[0] === 'previousVersions' && policy.effectiveOn !== undefined && until >= policy.effectiveOn));
    if (wrong)
      warn('version.dates', [...path, 'effectiveUntil'], {
        ko: `버전 ${ref.version}의 종료일 ${until}이(가) 그 시행일${ref.effectiveOn ? ` ${ref.effectiveOn}` : ''}보다 이르거나, 현재 처리방침의 시행일${policy.effectiveOn ? ` ${policy.effectiveOn}` : ''} 이후입니다.`,
        en: `Version ${ref.version} ends on ${until}, before it took effect${ref.effectiveOn ? ` (${ref.effectiveOn})` : ''} or not before the current policy took effect${policy.effectiveOn ? ` (${policy.effectiveOn})` : ''}.`,
      });
  }
};
