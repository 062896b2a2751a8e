/**
 * Consent notices and the policy disagree (PIPC's 2024 evaluation: 72 % of the consent notices it
 * checked did not match the company's own policy). A consent item's purposes, items, retention
 * periods and recipients must appear in the policy; the items a collection table marks required
 * for signup must appear in a consent item or notice. Text is compared folded (no whitespace,
 * punctuation or parenthesised asides), with the common synonyms of item names unified, and
 * conservatively: a purpose matches when most of its words are in the policy, a retention when
 * its concrete periods are, a data item when either name contains the other.
 */
import { Corpus, durations, MAX_COMPARED, purposeHeld } from './compare.js';
import { formatPath } from './issues.js';
import { itemLists, locatedItems } from './item-lists.js';
import { quoteList, type LintContext } from './lint-types.js';
import { leafItems, listTexts, plainText, stringsIn, textVariants } from './text.js';
import type { ConsentItem, DataItems, PrivacyPolicy, Section, Text, Topic } from './types.js';
import { collectionRows, walkAllBlocks, walkBlocks, type PathKey } from './walk.js';

const REF = 'PIPA 30(1), 15(2), 17(2); PIPC 처리방침 평가 2024';
const COMPANY = /\(주\)|주식회사|㈜|\b(inc|ltd|co|corp|llc|gmbh)\b\.?|외\s*\d+\s*(개사|곳|개\s*업체|업체|개\s*기관)/gi;

const allText = (values: readonly unknown[], lang: string): string[] =>
  stringsIn(values).map((value) => plainText(value, lang, lang));

/** The data items of a list (group labels are headings, not data), each locale's name. */
const itemTexts = (items: DataItems | undefined): string[] =>
  [...locatedItems(items ?? [], [])].filter(({ label }) => !label).flatMap(({ text }) => textVariants(text));

export const lintMatch = ({ policy, warn, text }: LintContext): void => {
  const consents = policy.consents ?? [];
  if (!consents.length) return;
  const lang = policy.lang;
  const sectionIndex = new Map(policy.sections.map((section, s) => [section.id, s]));
  const withTopics = (...topics: Topic[]): Section[] =>
    policy.sections.filter((section) => section.topics?.some((topic) => topics.includes(topic)));

  // Where the policy states each kind of thing: its tables (with their paths) and the sections on it.
  const tables = {
    items: [] as PathKey[][],
    purposes: [] as PathKey[][],
    retention: [] as PathKey[][],
    recipients: [] as PathKey[][],
  };
  const items = new Corpus();
  const purposes = new Corpus();
  const periods = new Set<string>();
  const recipients = new Corpus();
  for (const list of itemLists(policy))
    if (list.kind !== 'consent') items.add(itemTexts(list.items).slice(0, MAX_COMPARED));
  for (const { block, path } of walkAllBlocks(policy)) {
    const at = [...path];
    switch (block.type) {
      case 'collection': {
        tables.items.push(at);
        const located = collectionRows(block);
        const statements = located.flatMap(({ row, inherited }) => [
          { purposes: row.purposes ?? inherited.purposes, retention: row.retention ?? inherited.retention },
          ...(row.parts ?? []),
        ]);
        if (statements.some((row) => row.purposes)) tables.purposes.push(at);
        for (const row of statements) {
          purposes.add(listTexts(row.purposes, lang, lang));
          for (const period of durations(text(row.retention))) periods.add(period);
        }
        break;
      }
      case 'purposes':
        tables.purposes.push(at);
        purposes.add(allText([block.purposes], lang));
        break;
      case 'retention':
        tables.retention.push(at);
        for (const value of allText([block.rows], lang)) for (const period of durations(value)) periods.add(period);
        break;
      case 'third-party':
      case 'overseas':
        tables.recipients.push(at);
        for (const row of block.rows) {
          recipients.add(textVariants(row.recipient).map((value) => value.replace(COMPANY, ' ')));
          purposes.add(listTexts(row.purpose, lang, lang));
          for (const period of durations(text(row.retention))) periods.add(period);
        }
        break;
      case 'auto-collection':
        tables.items.push(at);
        break;
      default:
        break;
    }
  }
  items.add(withTopics('items').flatMap((section) => allText([section.blocks], lang)));
  purposes.add(withTopics('purposes').flatMap((section) => allText([section.blocks], lang)));
  for (const section of withTopics('retention', 'destruction', 'items', 'third-party', 'overseas'))
    for (const value of allText([section.blocks], lang)) for (const period of durations(value)) periods.add(period);
  recipients.add(withTopics('third-party', 'overseas').flatMap((section) => allText([section.blocks], lang)));

  /** Where the policy states a kind of thing, for the message: its first table, or its section. */
  const place = (paths: PathKey[][], topic: Topic): string => {
    if (paths.length) return formatPath(paths[0]!);
    const s = policy.sections.findIndex((section) => section.topics?.includes(topic));
    return formatPath(s >= 0 ? ['sections', s] : ['sections']);
  };

  consents.forEach((item, i) => {
    // The section the item refers to counts as the policy's statement too.
    const own = item.section !== undefined ? policy.sections[sectionIndex.get(item.section) ?? -1] : undefined;
    const extra = own ? allText([own.blocks], lang) : [];
    const report = (field: keyof ConsentItem, missing: string[], where: string, what: { ko: string; en: string }) => {
      if (!missing.length) return;
      const at = formatPath(['consents', i, field]);
      const list = quoteList(missing);
      warn(
        'consent.mismatch',
        ['consents', i, field],
        {
          ko: `동의 항목(${at})의 ${list.ko}이(가) 처리방침의 ${what.ko}(${where})에 없습니다. 동의서와 처리방침의 내용이 일치해야 합니다.`,
          en: `Consent item ${at} states ${list.en}, which the policy's ${what.en} (${where}) do not contain; the notice and the policy must agree.`,
        },
        REF,
      );
    };

    if (!items.empty && item.items) {
      const corpus = new Corpus().add(extra);
      const missing = itemTexts(item.items)
        .slice(0, MAX_COMPARED)
        .filter((value) => !items.holds(value) && !corpus.holds(value));
      report('items', missing, place(tables.items, 'items'), { ko: '수집 항목', en: 'item lists' });
    }
    // The controller's purposes: a purposes block, a collection table's, or a section on them.
    if ((tables.purposes.length || withTopics('purposes').length) && item.purpose) {
      const corpus = new Corpus().add(extra);
      const missing = listTexts(item.purpose, lang, lang)
        .slice(0, MAX_COMPARED)
        .filter((value) => !purposeHeld(purposes, value) && !purposeHeld(corpus, value));
      report('purpose', missing, place(tables.purposes, 'purposes'), { ko: '처리 목적', en: 'purposes' });
    }
    if (periods.size && item.retention) {
      const ownPeriods = new Set(extra.flatMap(durations));
      const value = text(item.retention);
      const missing = durations(value).filter((period) => !periods.has(period) && !ownPeriods.has(period));
      if (missing.length)
        report('retention', [value], place(tables.retention, 'retention'), {
          ko: `보유 기간(${missing.join(', ')})`,
          en: `retention periods (${missing.join(', ')})`,
        });
    }
    if (!recipients.empty && item.recipient && !item.rowsFrom) {
      const corpus = new Corpus().add(extra.map((value) => value.replace(COMPANY, ' ')));
      const value = text(item.recipient);
      const bare = value.replace(COMPANY, ' ');
      const held = (part: string) => recipients.holds(part, false) || corpus.holds(part, false);
      if (!held(bare) && !bare.split(/[,、]|\s및\s/).every((part) => held(part)))
        report('recipient', [value], place(tables.recipients, 'third-party'), {
          ko: '제3자 제공·국외 이전 표',
          en: 'provision tables',
        });
    }
  });

  lintUnconsented(policy, consents, warn);
};

/** Signup rows: the stage or service of the form the consent items belong to. */
const SIGNUP = /가입|sign[\s-]*up|regist|join|membership|account/i;

/**
 * The reverse: items a collection table marks required for signup that no consent item or notice
 * names. Only the signup row that best matches the consent items is compared (a policy often
 * lists other services' forms too), or the only row with required items.
 */
const lintUnconsented = (policy: PrivacyPolicy, consents: readonly ConsentItem[], warn: LintContext['warn']) => {
  const lang = policy.lang;
  // What the consent items and notices name, the rows of the tables they list included.
  const tables = new Map<string, DataItems[]>();
  for (const { block } of walkBlocks(policy))
    if (block.id && (block.type === 'third-party' || block.type === 'overseas'))
      tables.set(
        block.id,
        block.rows.map((row) => row.items ?? []),
      );
  const consented = new Corpus().add(
    consents.flatMap((item) => [
      ...itemTexts(item.items),
      ...(item.rowsFrom ? (tables.get(item.rowsFrom) ?? []) : []).flatMap(itemTexts),
    ]),
  );
  if (consented.empty) return;
  const rows = [...itemLists(policy)].filter((list) => list.kind === 'collection' && list.column === 'required');
  const signup = rows.filter((list) => {
    const names = [list.row?.stage, list.row?.service, ...(list.groups ?? []).map((group) => group.title)];
    return SIGNUP.test(names.map((name) => plainText(name ?? '', lang, lang)).join(' '));
  });
  const candidates = signup.length ? signup : rows.length === 1 ? rows : [];
  // The row most of whose items the consents name: the signup form they belong to.
  let best: { list: (typeof rows)[number]; missing: string[]; share: number } | undefined;
  for (const list of candidates) {
    const values = [...new Set(leafItems(list.items).flatMap((value: Text) => textVariants(value)))].slice(
      0,
      MAX_COMPARED,
    );
    const missing = values.filter((value) => !consented.holds(value));
    const share = values.length ? (values.length - missing.length) / values.length : 0;
    if (share > 0 && (!best || share > best.share)) best = { list, missing, share };
  }
  if (!best?.missing.length) return;
  const at = formatPath(best.list.path);
  const list = quoteList(best.missing);
  warn(
    'collection.not-in-consent',
    best.list.path,
    {
      ko: `수집 표(${at})의 필수 항목 ${list.ko}이(가) 동의 항목이나 고지($.consents)에 없습니다. 동의서와 처리방침의 내용이 일치해야 합니다.`,
      en: `The collection table (${at}) marks ${list.en} required, but no consent item or notice ($.consents) names it; the notice and the policy must agree.`,
    },
    REF,
  );
};
