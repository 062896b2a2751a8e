/**
 * What the richer tables must say: a public body's collection rows their legal basis and
 * 개인정보파일 (PIPA 32), a recipient named only as "… 외 N개사" the full list (PIPA 17(2)), a
 * figure real alternative text, and a block another element reads placed where it looks.
 */
import type { Message } from './issues.js';
import { joinNames, type LintContext } from './lint-types.js';
import { resolveText } from './text.js';
import type { NameLinks, Text } from './types.js';
import { allBlocksOfType, collectionRows, rowItems, walkAllBlocks } from './walk.js';

/** A recipient named by a count or a category, not by name: `(주)케이티 외 15개사`, `제휴 협력사 등`. */
export const UNNAMED_RECIPIENTS =
  /외\s*\d+\s*(?:개사|곳|개\s*업체|업체|개\s*기관|개\s*법인)|(?:^|\s)(?:그\s*)?외\s*(?:협력사|제휴사|업체)|등\s*$/;

/** Alternative text that names the file or the kind of thing, not what it shows. */
const POOR_ALT = /^\s*(?:[\w-]+\.(?:png|jpe?g|gif|svg|webp)|image|img|picture|photo|icon|이미지|사진|그림|아이콘)\s*$/i;

const part = (ko: string, en: string): Message => ({ ko, en });

export const lintTables = ({ policy, warn, text }: LintContext): void => {
  if (policy.controller.publicBody)
    for (const { block, path } of allBlocksOfType(policy, 'collection'))
      for (const { row, inherited, path: rowPath } of collectionRows(block)) {
        const parts = row.parts ?? [];
        const basis = row.basis ?? inherited.basis ?? (parts.length && parts.every((p) => p.basis) ? true : undefined);
        const missing = [
          !basis && part('처리 근거(법률 조문)', 'legal basis'),
          !(row.file ?? inherited.file) && part('개인정보파일', 'personal data file'),
        ].filter((found): found is Message => Boolean(found));
        if (!missing.length || !rowItems(row).length) continue;
        const names = joinNames(missing);
        const name = text(row.stage ?? row.service ?? '') || `#${rowPath.at(-1) as number}`;
        warn(
          'public.collection-incomplete',
          [...path, ...rowPath],
          {
            ko: `공공기관의 수집 항목 '${name}'에 빠진 항목: ${names.ko}`,
            en: `The public body's collection row '${name}' has no ${names.en}.`,
          },
          'PIPA 32(1), 30(1); 표준 개인정보 보호지침',
        );
      }

  const unnamed = (name: Text, links: NameLinks | undefined, note: unknown): boolean =>
    !links?.length &&
    UNNAMED_RECIPIENTS.test(resolveText(name, policy.lang, policy.lang).trim()) &&
    !JSON.stringify(note ?? '').includes('"href"');
  for (const { block, path } of allBlocksOfType(policy, 'third-party'))
    block.rows.forEach((row, r) => {
      if (!unnamed(row.recipient, row.links, row.note)) return;
      warn(
        'third-party.recipients-unnamed',
        [...path, 'rows', r, 'recipient'],
        {
          ko: `제3자 제공 '${text(row.recipient)}'은(는) 제공받는 자를 모두 밝히지 않습니다. 전체 목록을 행에 적거나, 목록으로 가는 링크(links: "[전체보기]")를 다세요.`,
          en: `Third-party row '${text(row.recipient)}' does not name every recipient: list them, or link the full list (links).`,
        },
        'PIPA 17(2), 30(1)3',
      );
    });

  for (const { block, path } of walkAllBlocks(policy)) {
    if (block.type === 'figure' && POOR_ALT.test(text(block.alt)))
      warn('figure.alt', [...path, 'alt'], {
        ko: `그림의 대체 텍스트 '${text(block.alt)}'가 그림이 보여 주는 내용을 말하지 않습니다.`,
        en: `The figure's alternative text '${text(block.alt)}' does not say what it shows.`,
      });
  }
  policy.sections.forEach((section, s) => {
    if (section.icon && POOR_ALT.test(text(section.icon.alt)))
      warn('figure.alt', ['sections', s, 'icon', 'alt'], {
        ko: `아이콘의 대체 텍스트 '${text(section.icon.alt)}'가 아이콘의 뜻을 말하지 않습니다.`,
        en: `The icon's alternative text '${text(section.icon.alt)}' does not say what it means.`,
      });
  });

  for (const { block, path, nested } of walkAllBlocks(policy))
    if (nested && block.type === 'cookie-refusal')
      warn('block.nested', path, {
        ko: '목록 항목 안의 쿠키 거부 방법은 처리방침에는 보이지만 쿠키 알림(<privacy-cookie-notice>)에는 보이지 않습니다. 알림에도 보이려면 섹션에 바로 두세요.',
        en: 'Cookie refusal steps inside a list item show in the policy but not in the cookie notice (<privacy-cookie-notice>); put them directly in a section for the notice too.',
      });
};
