/**
 * `privacy-consent import`: an existing 처리방침 page (HTML or text) into a draft policy
 * document. Sections from the headings and numbering, lists with their nesting, tables as typed
 * blocks when their header says what they are, dates, contacts, remedy bodies; Korean text
 * kept as printed. What it could not type, and what it left out (page chrome, the table of
 * contents), is listed in `source.notes`. The draft is valid (`validatePolicy`) and meant to be
 * reviewed with `privacy-consent lint`.
 */
import { validatePolicy } from '../../policy/validate.js';
import type { Block, Controller, PrivacyPolicy, Section, SourceInfo, Topic } from '../../policy/types.js';
import { toBlocks } from './blocks.js';
import { readHtml, looksLikeHtml } from './html.js';
import { clean, type Node } from './ir.js';
import { plain } from './items.js';
import { findSections, TITLE_LINE, type SectionDraft } from './sections.js';
import { isoDate } from './tables.js';
import { readText } from './text.js';
import { recognise } from './typed.js';
import { buildUnits, titleLike } from './units.js';
import { sectionId, topicsOf } from './vocabulary.js';

export interface ImportOptions {
  /** `html` or `text`; guessed from the content when absent. */
  readonly format?: 'html' | 'text';
  /** The page's address: relative links resolve against it, and it becomes `url` / `source.url`. */
  readonly url?: string;
  /** The file the text came from, recorded as `source.document`. */
  readonly document?: string;
  /** The policy id (letters, digits, `-`, `_`); default: from the URL's host or the file name. */
  readonly id?: string;
  /** Today, for `source.retrievedOn` and a version without a date (default: now). */
  readonly today?: string;
}

export interface ImportResult {
  readonly policy: PrivacyPolicy;
  /** What the importer noticed: also in `policy.source.notes`. */
  readonly notes: readonly string[];
}

const FOOTER_LINES = 25;
/** The largest page read (characters): real policies with their page chrome are under 1 MB. */
export const MAX_INPUT = 3_000_000;
/** The most lines, list items and table rows read: a 13-section policy has about 1,000. */
export const MAX_NODES = 15_000;

const countNodes = (nodes: readonly Node[]): number =>
  nodes.reduce(
    (sum, node) =>
      sum +
      (node.kind === 'line'
        ? 1
        : node.kind === 'table'
          ? node.rows.length
          : node.items.reduce((inner, item) => inner + 1 + item.lines.length + countNodes(item.children), 0)),
    0,
  );
const CHROME = /copyright|ⓒ|©|all\s*rights\s*reserved|사업자\s*등록\s*번호|통신판매업/i;

const allText = (nodes: readonly Node[]): string[] =>
  nodes.flatMap((node) =>
    node.kind === 'line'
      ? [plain(node.text)]
      : node.kind === 'table'
        ? node.rows.flatMap((row) => row.map((cell) => plain(cell.text)))
        : node.items.flatMap((item) => [...item.lines.map(plain), ...allText(item.children)]),
  );

const DATE = String.raw`(\d{4}\s*[년.\-/]\s*\d{1,2}\s*[월.\-/]\s*\d{1,2}\s*일?)`;
const ANNOUNCED = new RegExp(String.raw`(공고|공포|게시)\s*일\s*자?\s*[:：]?\s*${DATE}`, 'g');
const EFFECTIVE = new RegExp(String.raw`(시행|적용|효력\s*발생)\s*일\s*자?\s*[:：]?\s*${DATE}`, 'g');
const EFFECTIVE_FROM = new RegExp(String.raw`${DATE}\s*(부터|로부터)?\s*(시행|적용)`, 'g');
/** Words a date line has; a text without them is not searched (most cells). */
const DATE_WORDS = /공고|공포|게시|시행|적용|효력/;

/** 공고일 and 시행일 as the text states them; the latest 시행일 when several are stated. */
const datesOf = (texts: readonly string[]): { announcedOn?: string; effectiveOn?: string } => {
  const effective: string[] = [];
  const announced: string[] = [];
  for (const text of texts) {
    if (!DATE_WORDS.test(text)) continue;
    for (const match of text.matchAll(ANNOUNCED)) {
      const date = isoDate(match[2]!);
      if (date) announced.push(date);
    }
    for (const match of text.matchAll(EFFECTIVE)) {
      const date = isoDate(match[2]!);
      if (date) effective.push(date);
    }
    for (const match of text.matchAll(EFFECTIVE_FROM)) {
      const date = isoDate(match[1]!);
      if (date) effective.push(date);
    }
  }
  const latest = (dates: string[]) => dates.sort().at(-1);
  const effectiveOn = latest(effective);
  const announcedOn = latest(announced.filter((date) => !effectiveOn || date <= effectiveOn));
  return { ...(announcedOn ? { announcedOn } : {}), ...(effectiveOn ? { effectiveOn } : {}) };
};

/** The controller's name as the first sentence gives it: `㈜스몰티켓(이하 "회사")은 …`. */
const controllerOf = (texts: readonly string[], footer: readonly string[]): Controller | undefined => {
  let name: string | undefined;
  for (const text of texts.slice(0, 40)) {
    const match = /^\s*[‘'"“「]?(.{2,40}?)[’'"”」]?\s*\(\s*(?:['‘"“][^)]*?['’"”]\s*,?\s*)?이하\s/.exec(text);
    if (match) {
      name = clean(match[1]!.replace(/^[‘'"“「]|[’'"”」]$/g, ''));
      break;
    }
  }
  if (!name)
    for (const text of texts) {
      const match =
        /((?:주식회사|\(주\)|㈜)\s?[가-힣A-Za-z0-9&]{1,30}|(?<![가-힣A-Za-z0-9&])[가-힣A-Za-z0-9&]{1,30}\s?(?:주식회사|\(주\)))/.exec(
          text,
        );
      if (match) {
        name = clean(match[1]!);
        break;
      }
    }
  if (!name) return undefined;
  const controller: Record<string, string> = { name };
  const joined = footer.join(' ');
  const representative = /대표(?:자|이사)?\s*[:：]?\s*([가-힣]{2,4})(?![가-힣])/.exec(joined);
  if (representative) controller.representative = representative[1]!;
  const business = /사업자\s*등록\s*번호\s*[:：]?\s*(\d{3}-\d{2}-\d{5})/.exec(joined);
  if (business) controller.businessNumber = business[1]!;
  return controller as unknown as Controller;
};

const idFrom = (options: ImportOptions): string => {
  if (options.id) return options.id;
  const source = options.url
    ? new URL(options.url).hostname.replace(/^www\./, '').split('.')[0]!
    : (options.document
        ?.split(/[\\/]/)
        .pop()
        ?.replace(/\.[^.]+$/, '') ?? '');
  const slug = source
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '');
  return slug || 'policy';
};

/** Lines before the title (menus, "이전 처리방침 보기") and after the last link-only line near the end (footer). */
const trimChrome = (
  preface: Node[],
  last: SectionDraft | undefined,
  notes: string[],
): { title?: string; preface: Node[]; footer: string[] } => {
  let title: string | undefined;
  const titleIndex = preface.findIndex(
    (node) =>
      node.kind === 'line' &&
      !node.linkOnly &&
      TITLE_LINE.test(node.text) &&
      titleLike(plain(node.text), 40) &&
      !/이전|지난|보기/.test(node.text),
  );
  if (titleIndex >= 0) {
    const dropped = allText(preface.slice(0, titleIndex));
    if (dropped.length)
      notes.push(`Left out as page chrome before the title: ${dropped.map((text) => `"${text}"`).join(', ')}.`);
    title = clean(plain((preface[titleIndex] as { text: string }).text));
    preface = preface.slice(titleIndex + 1);
  } else {
    // No title line: leading link-only lines are still chrome.
    let index = 0;
    while (
      index < preface.length &&
      preface[index]!.kind === 'line' &&
      (preface[index] as { linkOnly?: boolean }).linkOnly
    )
      index++;
    if (index) {
      notes.push(
        `Left out as page chrome: ${allText(preface.slice(0, index))
          .map((text) => `"${text}"`)
          .join(', ')}.`,
      );
      preface = preface.slice(index);
    }
  }
  const footer: string[] = [];
  if (last) {
    const nodes = last.nodes;
    // A footer is at most FOOTER_LINES lines, so only the end of the section is looked at.
    for (let index = Math.max(0, nodes.length - FOOTER_LINES); index < nodes.length; index++) {
      const node = nodes[index]!;
      const rest = allText(nodes.slice(index));
      if (
        node.kind === 'line' &&
        (node.linkOnly || CHROME.test(node.text)) &&
        rest.some((text) => CHROME.test(text)) &&
        rest.length <= FOOTER_LINES
      ) {
        footer.push(...rest);
        notes.push(`Left out as the page footer: ${rest.map((text) => `"${text}"`).join(', ')}.`);
        nodes.length = index;
        break;
      }
    }
  }
  return { ...(title ? { title } : {}), preface, footer };
};

/** Ids unique across the document: `purposes`, `purposes-2`, …. */
const uniqueIds = () => {
  const used = new Set<string>();
  const next = new Map<string, number>();
  return (base: string): string => {
    let id = base;
    // Counting on from the last suffix given to this base keeps a page of a thousand alike titles linear.
    for (let n = next.get(base) ?? 2; used.has(id); n++) {
      id = `${base}-${n}`;
      next.set(base, n + 1);
    }
    used.add(id);
    return id;
  };
};

/** Removes empty strings, arrays and objects that a recogniser may leave, so the draft validates. */
const prune = (value: unknown, key = ''): unknown => {
  if (Array.isArray(value)) {
    const items = value.map((item) => prune(item)).filter((item) => item !== undefined);
    // A section's `blocks` is required even when the page gave it no text.
    return items.length || key === 'blocks' ? items : undefined;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).flatMap(([key, inner]) => {
      const pruned = prune(inner, key);
      return pruned === undefined ? [] : [[key, pruned] as const];
    });
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  if (typeof value === 'string') return value.trim() ? value : undefined;
  return value;
};

/** Gives typed blocks ids (consent items and deep links refer to them). */
const BLOCK_IDS: Partial<Record<Block['type'], string>> = {
  collection: 'collection-table',
  retention: 'retention-table',
  'third-party': 'third-party-table',
  entrustment: 'entrustment-table',
  overseas: 'overseas-table',
  remedies: 'remedies',
  'cookie-refusal': 'cookie-refusal',
};

/** Imports a policy page's text (HTML or plain text) into a draft policy document. */
export const importPolicy = (input: string, options: ImportOptions = {}): ImportResult => {
  if (input.length > MAX_INPUT)
    throw new Error(
      `The page has ${input.length.toLocaleString('en')} characters; a policy page has far fewer (the limit is ${MAX_INPUT.toLocaleString('en')}). Save the policy's own part and import that.`,
    );
  const notes: string[] = [];
  const html = options.format ? options.format === 'html' : looksLikeHtml(input);
  const read = html ? readHtml(input, options.url) : { nodes: readText(input) };
  const size = countNodes(read.nodes);
  if (size > MAX_NODES)
    throw new Error(
      `The page has ${size.toLocaleString('en')} lines, items and table rows; a policy has far fewer (the limit is ${MAX_NODES.toLocaleString('en')}).`,
    );
  const split = findSections(read.nodes);
  if (split.toc)
    notes.push(
      `The table of contents (${split.toc.length} entries) is left out; its numbers and titles label the sections.`,
    );
  if (split.scheme === 'none')
    notes.push('No section structure was found: everything is in one section. Split it by hand.');
  else
    notes.push(
      `Sections found by ${split.scheme === 'contents' ? 'the titles of the table of contents' : split.scheme}.`,
    );
  const chrome = trimChrome([...split.preface], split.sections.at(-1), notes);
  const texts = allText(read.nodes);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const dates = datesOf(texts);
  const controller = controllerOf(texts, chrome.footer);
  if (!controller) notes.push('The controller (회사명) was not found: set controller.name.');

  const id = uniqueIds();
  const sections: Section[] = split.sections.map((draft, index) => {
    const topics: Topic[] = topicsOf(draft.title);
    const blocks = toBlocks(recognise(buildUnits(draft.nodes), { topics, notes }), notes, true);
    const sectionTopics = topics;
    return {
      id: id(sectionId(sectionTopics) === 'section' ? `section-${index + 1}` : sectionId(sectionTopics)),
      ...(draft.number ? { number: draft.number } : {}),
      title: clean(plain(draft.title)),
      topics: sectionTopics,
      blocks,
    };
  });
  // Typed blocks get ids, so a consent item's `rowsFrom` and deep links can name them.
  for (const section of sections)
    (section.blocks as Block[]).forEach((block, index, blocks) => {
      const base = BLOCK_IDS[block.type];
      if (base && !block.id) blocks[index] = { ...block, id: id(base) } as Block;
    });
  const preface = toBlocks(recognise(buildUnits(chrome.preface), { topics: ['general'], notes }), notes, true);
  for (const section of sections)
    if (section.topics?.includes('other'))
      notes.push(`Section "${section.title}": no topic recognised from its title; set \`topics\`.`);
  for (const section of sections)
    if (section.blocks.some((block) => block.type === 'table'))
      notes.push(`Section "${section.title}" has a generic table: check whether a typed block fits.`);
  notes.push('Check every section, then run `privacy-consent lint` and add the consent items the signup form needs.');

  const source: SourceInfo = {
    ...(options.url ? { url: options.url } : {}),
    ...(options.document ? { document: options.document } : {}),
    ...(options.url ? { retrievedOn: today } : {}),
    notes: [...new Set(notes)],
  };
  const draft = prune({
    $schema: 'https://unpkg.com/privacy-consent/schema/policy.schema.json',
    schemaVersion: 1,
    id: idFrom(options),
    version: dates.effectiveOn ?? today,
    lang: 'ko',
    title: chrome.title ?? '개인정보 처리방침',
    controller: controller ?? { name: '(회사명)' },
    ...dates,
    ...(options.url && /^https?:/i.test(options.url) ? { url: options.url } : {}),
    ...(preface.length ? { preface } : {}),
    sections: sections.length ? sections : [{ id: 'general', title: '개인정보 처리방침', blocks: [] }],
    source,
  }) as PrivacyPolicy;
  const result = validatePolicy(draft);
  if (!result.valid)
    throw new Error(
      `The draft is not a valid policy (an importer bug; please report it with the page):\n${result.issues
        .slice(0, 10)
        .map((issue) => `  ${issue.path} [${issue.code}] ${issue.message.en}`)
        .join('\n')}`,
    );
  return { policy: draft, notes: source.notes as string[] };
};
