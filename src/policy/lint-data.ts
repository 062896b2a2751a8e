/**
 * Sensitive information (PIPA 23), unique identifiers (24) and resident registration numbers
 * (24-2) in any item list of the document: each needs its own consent or a law, and an RRN a law
 * only. A list is fine when the document already has the separate consent (a `sensitive` or
 * `unique-id` item naming the same kind of data), a law-basis notice naming it, or when its own
 * row cites a statute.
 */
import { itemLists, locatedItems, type ItemList } from './item-lists.js';
import { quoteList, type LintCode, type LintContext } from './lint-types.js';
import { citesLaw } from './statutes.js';
import { termsIn, type DataTerm, type TermClass } from './terms.js';
import { textVariants } from './text.js';
import type { ConsentItem } from './types.js';
import { walkBlocks, type PathKey } from './walk.js';

/** The classes of data a consent item stands for as the separate consent or the legal basis. */
const classesCovered = (item: ConsentItem): readonly TermClass[] =>
  (item.basis ?? 'consent') === 'law'
    ? ['sensitive', 'unique-id', 'rrn']
    : item.category === 'sensitive'
      ? ['sensitive']
      : item.category === 'unique-id'
        ? ['unique-id']
        : [];

/** Terms named in a list, with the item texts that name them. */
const termsOfList = (list: ItemList): Map<DataTerm, string[]> => {
  const found = new Map<DataTerm, string[]>();
  for (const { text } of locatedItems(list.items, list.path))
    for (const variant of textVariants(text))
      for (const term of termsIn(variant)) {
        const texts = found.get(term) ?? [];
        if (!texts.includes(variant)) texts.push(variant);
        found.set(term, texts);
      }
  return found;
};

const startsWith = (path: readonly PathKey[], prefix: readonly PathKey[]): boolean =>
  prefix.every((key, index) => path[index] === key);

export const lintData = ({ policy, warn }: LintContext): void => {
  const lists = [...itemLists(policy)].map((list) => ({ list, terms: termsOfList(list) }));
  if (lists.every(({ terms }) => terms.size === 0)) return;

  // Which kinds of data the document's consents and law notices already cover, and which tables
  // (a provision table listed through rowsFrom) they cover wholesale.
  const blockPaths = new Map<string, readonly PathKey[]>();
  for (const { block, path } of walkBlocks(policy)) if (block.id) blockPaths.set(block.id, path);
  const covered = new Set<string>();
  const coveredTables: [readonly PathKey[], readonly TermClass[]][] = [];
  for (const { list, terms } of lists) {
    if (!list.consent) continue;
    const classes = classesCovered(list.consent);
    for (const term of terms.keys()) if (classes.includes(term.class)) covered.add(term.id);
  }
  for (const item of policy.consents ?? []) {
    const table = item.rowsFrom ? blockPaths.get(item.rowsFrom) : undefined;
    if (table && classesCovered(item).length) coveredTables.push([table, classesCovered(item)]);
  }

  for (const { list, terms } of lists) {
    if (!terms.size || citesLaw(list.context)) continue;
    const own = list.consent ? classesCovered(list.consent) : [];
    const byClass = new Map<TermClass, { terms: DataTerm[]; texts: string[] }>();
    for (const [term, texts] of terms) {
      if (own.includes(term.class) || covered.has(term.id)) continue;
      if (coveredTables.some(([table, classes]) => startsWith(list.path, table) && classes.includes(term.class)))
        continue;
      const entry = byClass.get(term.class) ?? { terms: [], texts: [] };
      entry.terms.push(term);
      for (const text of texts) if (!entry.texts.includes(text)) entry.texts.push(text);
      byClass.set(term.class, entry);
    }
    for (const [termClass, { terms: found, texts }] of byClass) {
      const kinds = { ko: found.map((t) => t.name.ko).join(', '), en: found.map((t) => t.name.en).join(', ') };
      if (termClass === 'sensitive')
        warn(
          'data.sensitive',
          list.path,
          {
            ko: `${quoteList(texts).ko}은(는) 민감정보(${kinds.ko})입니다. 다른 개인정보와 별도로 받는 민감정보 처리 동의(category "sensitive")나, 처리를 요구·허용하는 법령 근거(basis "law")가 필요합니다.`,
            en: `${quoteList(texts).en} is sensitive information (${kinds.en}): it needs a consent separate from other processing (category "sensitive") or a law that requires or permits it (basis "law").`,
          },
          'PIPA 23(1)',
        );
      else if (termClass === 'unique-id')
        warn(
          'data.unique-id',
          list.path,
          {
            ko: `${quoteList(texts).ko}은(는) 고유식별정보(${kinds.ko})입니다. 별도의 고유식별정보 처리 동의(category "unique-id")나, 처리를 구체적으로 요구·허용하는 법령 근거(basis "law")가 필요합니다.`,
            en: `${quoteList(texts).en} is a unique identifier (${kinds.en}): it needs a separate consent (category "unique-id") or a law that specifically requires or permits it (basis "law").`,
          },
          'PIPA 24(1)',
        );
      else {
        const onConsent = list.consent && (list.consent.basis ?? 'consent') === 'consent';
        const code: LintCode = onConsent ? 'consent.rrn' : 'data.rrn';
        warn(
          code,
          list.path,
          {
            ko: `${quoteList(texts).ko}: 주민등록번호는 법령이 구체적으로 요구·허용하는 경우에만 처리할 수 있고, 동의로는 처리할 수 없습니다.${onConsent ? ' 이 동의 항목은 동의에 근거해 처리합니다.' : ''} 근거 법령을 밝힌 고지(basis "law", basisText)로 바꾸거나 수집하지 마세요.`,
            en: `${quoteList(texts).en}: a resident registration number may be processed only where a law specifically requires or permits it, never on the basis of consent.${onConsent ? ' This item processes it on the basis of consent.' : ''} State the law (basis "law", basisText) or do not collect it.`,
          },
          'PIPA 24-2(1)',
        );
      }
    }
  }
};
