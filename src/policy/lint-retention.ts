/**
 * Retention stated vaguely: "필요한 기간", "계속 보유", "목적 달성 시까지", "목적 달성 후 지체없이
 * 파기", "별도 보관", "관계 법령에 따른 기간", with no concrete period, event or statute anywhere in
 * the row. PIPA 15(2)3 and 21 ask for the retention period itself; PIPC's 2024 evaluation of
 * policies names vague retention as a main defect.
 */
import { clip, type LintContext } from './lint-types.js';
import { citesLaw } from './statutes.js';
import { stringsIn } from './text.js';
import type { RichText } from './types.js';
import { collectionGroups, collectionRows, walkAllBlocks, type PathKey } from './walk.js';

const REF = 'PIPA 15(2)3, 21; PIPC 처리방침 평가 2024';

/** Phrases that say "as long as needed" without saying how long. */
export const VAGUE_RETENTION: readonly RegExp[] = [
  /필요한\s*(기간|기한|때까지|경우까지|만큼)/g,
  /필요\s*기간/g,
  /계속\s*(보유|보관|이용|보존)/g,
  /목적\s*(이|을|의)?\s*(달성|완료|종료|소멸)/g,
  /별도(로)?\s*(분리\s*)?(보관|보존|저장)/g,
  /분리\s*(보관|보존|저장)/g,
  /(관계|관련)\s*법령(에서|이|의|상|에)?\s*(따른|따라|정한|정하는|의한|의하여|규정)/g,
  /(일정|상당)\s*(한\s*)?기간/g,
  /as\s+long\s+as\s+(necessary|needed|required)|until\s+the\s+purpose/gi,
];

/** A concrete period, or an event that ends retention (탈퇴, 해지, 철회, 계약 종료, 배송 완료…). */
const CONCRETE =
  /\d+\s*(년|개월|個月|달|주일?|일|시간)|\d+\s*(years?|months?|weeks?|days?|hours?)\b|탈퇴|해지|철회|종료|만료|완료|폐지|해제|완납|정산|해결될|삭제\s*(요청|시)|파기\s*요청|가입\s*기간|계약\s*기간|동의\s*(받은|한)\s*기간|withdraw|cancel|clos(e|ure)|terminat|delet/i;

const VAGUE_ONCE = VAGUE_RETENTION.map((pattern) => new RegExp(pattern.source, pattern.flags.replace('g', '')));

/** Whether a retention text is vague, given the rest of its row. */
export const isVagueRetention = (retention: string, row = ''): boolean => {
  if (!VAGUE_ONCE.some((pattern) => pattern.test(retention))) return false;
  // What is left once the vague phrases are gone must name a period, an event or a statute.
  const rest = VAGUE_RETENTION.reduce((text, pattern) => text.replace(pattern, ' '), `${retention} ${row}`);
  return !CONCRETE.test(rest) && !citesLaw(`${retention} ${row}`);
};

interface Where {
  readonly ko: string;
  readonly en: string;
}
const WHERE: Record<'retention' | 'collection' | 'third-party' | 'overseas' | 'behavioural-ads' | 'consent', Where> = {
  retention: { ko: '보존 기록 행', en: 'retention row' },
  collection: { ko: '수집 항목 행', en: 'collection row' },
  'third-party': { ko: '제3자 제공 행', en: 'third-party row' },
  overseas: { ko: '국외 이전 행', en: 'overseas row' },
  'behavioural-ads': { ko: '맞춤형 광고', en: 'behavioural advertising block' },
  consent: { ko: '동의 항목', en: 'consent item' },
};

export const lintRetention = ({ policy, warn, text }: LintContext): void => {
  const check = (retention: RichText | undefined, row: unknown, path: readonly PathKey[], where: Where): void => {
    const value = text(retention);
    if (!value || !isVagueRetention(value, stringsIn(row).join(' '))) return;
    warn(
      'retention.vague',
      path,
      {
        ko: `${where.ko}의 보유 기간 '${clip(value)}'이(가) 구체적이지 않습니다. 기간(예: 3년)이나 끝나는 때(예: 회원 탈퇴 시), 또는 근거 법령과 그 기간을 적으세요.`,
        en: `The ${where.en}'s retention ('${clip(value)}') is vague: give a period (e.g. 3 years), the event that ends it (e.g. account deletion), or the statute and its period.`,
      },
      REF,
    );
  };

  for (const { block, path } of walkAllBlocks(policy)) {
    switch (block.type) {
      case 'retention':
        // The record says what is kept, not for how long: only its basis and note can help.
        block.rows.forEach((row, r) =>
          check(row.period, { basis: row.basis, note: row.note }, [...path, 'rows', r, 'period'], WHERE.retention),
        );
        break;
      case 'collection':
        for (const { row, path: rowPath } of collectionRows(block)) {
          check(
            row.retention,
            { note: row.note, basis: row.basis },
            [...path, ...rowPath, 'retention'],
            WHERE.collection,
          );
          row.parts?.forEach((part, p) =>
            check(
              part.retention,
              { note: part.note, basis: part.basis ?? row.basis },
              [...path, ...rowPath, 'parts', p, 'retention'],
              WHERE.collection,
            ),
          );
        }
        for (const { group, path: groupPath } of collectionGroups(block))
          check(
            group.retention,
            { note: group.note, basis: group.basis },
            [...path, ...groupPath, 'retention'],
            WHERE.collection,
          );
        break;
      case 'third-party':
      case 'overseas':
        block.rows.forEach((row, r) =>
          check(
            row.retention,
            { note: row.note, basis: 'basis' in row ? row.basis : undefined },
            [...path, 'rows', r, 'retention'],
            WHERE[block.type],
          ),
        );
        break;
      case 'behavioural-ads':
        check(block.retention, { note: block.note }, [...path, 'retention'], WHERE['behavioural-ads']);
        break;
      default:
        break;
    }
  }
  policy.consents?.forEach((item, i) =>
    check(item.retention, { basisText: item.basisText }, ['consents', i, 'retention'], WHERE.consent),
  );
};
