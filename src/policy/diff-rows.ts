/**
 * Row-by-row diff of table-like blocks (provision, entrustment, retention, lists, …) and of
 * consent items: each row is identified by the text a reader would recognise it by, e.g. the
 * recipient's name.
 */
import { canonicalize } from './canonical.js';
import { align, differingFields, pairByKey, sameJson, type Pairing } from './diff-align.js';
import { listTexts, plainText } from './text.js';
import type { Block, ListItem, RichText, TableCell, TextList } from './types.js';
import { collectionRows, type LocatedRow } from './walk.js';

/** Whether an item is new, gone, edited or the same (canonical JSON, so key order does not count). */
export type ChangeStatus = 'added' | 'removed' | 'changed' | 'unchanged';

/** One row of a table-like block (a table row, a recipient, a list item…) across two versions. */
export interface RowChange {
  readonly status: ChangeStatus;
  /**
   * What identifies the row, unique within its block, e.g. `(주)케이티`. Rows that share it get
   * their second column (e.g. the purpose) appended, then `#2`, `#3`…; a row with no text
   * at all is `#` and its position.
   */
  readonly key: string;
  /** The row object in the older version (absent when added). */
  readonly before?: unknown;
  /** The row object in the newer version (absent when removed). */
  readonly after?: unknown;
  /** For `changed`: the fields that differ (object keys; column indices for `table` rows). */
  readonly fields?: readonly string[];
}

/** A row with the text it is known by (`key`) and a second text that tells apart rows sharing it. */
export interface KeyedRow {
  readonly row: unknown;
  readonly key: string;
  readonly detail: string;
}

const joined = (...parts: string[]): string => parts.filter(Boolean).join(' · ');

// A cell object has only cell keys; a localized text's keys are language tags.
const isCellObject = (cell: TableCell): cell is { readonly text?: RichText } =>
  typeof cell === 'object' &&
  !Array.isArray(cell) &&
  ['text', 'items', 'rowSpan', 'colSpan'].some((key) => key in cell);

/**
 * The rows of a table-like block, each with the text that identifies it (in `lang`, so a
 * changed translation is a changed row, not a new one); undefined for other blocks.
 */
export const keyedRows = (block: Block, lang: string): KeyedRow[] | undefined => {
  const text = (value: RichText | undefined): string => plainText(value, lang, lang);
  const list = (value: TextList | undefined): string => listTexts(value, lang, lang).join(', ');
  const cell = (value: TableCell | undefined): string =>
    value === undefined ? '' : text(isCellObject(value) ? value.text : (value as RichText));
  const item = (value: ListItem): string =>
    typeof value === 'string' ? value : text(value.text) || (value.label ?? '');
  const keyed = <R>(rows: readonly R[], key: (row: R) => string, detail: (row: R) => string = () => ''): KeyedRow[] =>
    rows.map((row) => ({ row, key: key(row), detail: detail(row) }));

  switch (block.type) {
    case 'third-party':
      return keyed(
        block.rows,
        (row) => text(row.recipient),
        (row) => list(row.purpose),
      );
    case 'entrustment':
      return keyed(
        block.rows,
        (row) => text(row.entrustee),
        (row) => list(row.task),
      );
    case 'overseas':
      return keyed(
        block.rows,
        (row) => joined(text(row.recipient), text(row.country)),
        (row) => list(row.purpose),
      );
    case 'retention':
      return keyed(
        block.rows,
        (row) => text(row.record) || row.label || text(row.period),
        (row) => text(row.basis),
      );
    case 'collection':
      // Grouped rows are known by the groups above them too (서비스 › 분류 › 세부 분류).
      return keyed(
        collectionRows(block),
        ({ row, groups }) =>
          joined(...groups.map((group) => text(group.title)), text(row.service), text(row.stage), row.label ?? ''),
        ({ row, inherited }) => list(row.purposes ?? inherited.purposes),
        // A row as it reads: with what it inherits, so a changed merged cell changes each row under it.
      ).map((keyedRow) => {
        const { row, inherited } = keyedRow.row as LocatedRow;
        const effective = Object.fromEntries(Object.entries(inherited).filter(([, value]) => value !== undefined));
        return { ...keyedRow, row: { ...effective, ...row } };
      });
    case 'change-log':
      return keyed(
        block.entries,
        (entry) => joined(entry.date ?? '', entry.version ?? ''),
        (entry) => text(entry.reason),
      );
    case 'overseas-collection':
      return keyed(
        block.rows,
        (row) => text(row.country),
        (row) => list(row.purpose),
      );
    case 'automated-decisions':
      return keyed(block.decisions, (decision) => text(decision.decision));
    case 'behavioural-ads':
      return keyed(
        block.tools ?? [],
        (tool) => text(tool.tool),
        (tool) => text(tool.company),
      );
    case 'remedies':
      return keyed(block.bodies, (body) => text(body.name));
    case 'purposes':
      return keyed(
        block.purposes,
        (purpose) => text(purpose.title) || text(purpose.text),
        (purpose) => purpose.label ?? '',
      );
    case 'cookie-categories':
      return keyed(
        block.categories,
        (category) => text(category.title),
        (category) => category.id,
      );
    case 'cookie-refusal':
      return keyed(block.browsers, (browser) => text(browser.browser));
    case 'table':
      return keyed(
        block.rows,
        (cells) => cell(cells[0]),
        (cells) => cell(cells[1]),
      );
    case 'list':
      return keyed(block.items, item, (value) => (typeof value === 'string' ? '' : (value.label ?? '')));
    default:
      return undefined;
  }
};

const rowId = ({ row }: KeyedRow): string | undefined => {
  const id = typeof row === 'object' && row !== null ? (row as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
};

/**
 * Pairs the unpaired rows of the same key that differ in the fewest fields, closest pairs
 * first: of four rows for one recipient, an edited purpose pairs with its own row.
 */
const pairClosest = (older: readonly KeyedRow[], newer: readonly KeyedRow[], pairing: Pairing): Pairing => {
  const taken = new Set(pairing);
  const candidates: { olderIndex: number; newerIndex: number; distance: number }[] = [];
  newer.forEach((row, newerIndex) => {
    if (pairing[newerIndex] !== undefined) return;
    older.forEach((candidate, olderIndex) => {
      if (taken.has(olderIndex) || candidate.key !== row.key) return;
      candidates.push({ olderIndex, newerIndex, distance: differingFields(candidate.row, row.row).length });
    });
  });
  // Ties go in reading order, so equally close duplicates pair 1st with 1st.
  candidates.sort((a, b) => a.distance - b.distance || a.newerIndex - b.newerIndex || a.olderIndex - b.olderIndex);
  const paired = [...pairing];
  for (const { olderIndex, newerIndex } of candidates) {
    if (paired[newerIndex] !== undefined || taken.has(olderIndex)) continue;
    paired[newerIndex] = olderIndex;
    taken.add(olderIndex);
  }
  return paired;
};

/** Row identities: by `id` where rows have one, then identical rows, then the closest of the same key. */
const pairRows = (older: readonly KeyedRow[], newer: readonly KeyedRow[]): Pairing => {
  const byId = pairByKey(older, newer, rowId);
  const identical = pairByKey(older, newer, ({ row }) => canonicalize(row), byId);
  return pairClosest(older, newer, identical);
};

/** Labels that are unique in the block, adding the detail, then a counter, only where needed. */
const uniqueKeys = (rows: readonly (KeyedRow & { index: number })[]): string[] => {
  const plain = rows.map(({ key, detail, index }) => key || detail || `#${index + 1}`);
  const uses = new Map<string, number>();
  for (const label of plain) uses.set(label, (uses.get(label) ?? 0) + 1);
  const used = new Set<string>();
  return rows.map(({ key, detail }, position) => {
    const label = plain[position]!;
    const base = uses.get(label)! > 1 && key && detail ? joined(key, detail) : label;
    let candidate = base;
    for (let count = 2; used.has(candidate); count++) candidate = `${base} #${count}`;
    used.add(candidate);
    return candidate;
  });
};

/** The row changes of two versions of a table-like block, newer order, removed rows where they were. */
export const diffRows = (older: readonly KeyedRow[], newer: readonly KeyedRow[]): RowChange[] => {
  const aligned = align(older, newer, pairRows(older, newer));
  const keys = uniqueKeys(aligned.map(({ before, after, index }) => ({ ...(after ?? before)!, index })));
  return aligned.map(({ before, after }, position): RowChange => {
    const key = keys[position]!;
    if (!before) return { status: 'added', key, after: after!.row };
    if (!after) return { status: 'removed', key, before: before.row };
    if (sameJson(before.row, after.row)) return { status: 'unchanged', key, before: before.row, after: after.row };
    return {
      status: 'changed',
      key,
      before: before.row,
      after: after.row,
      fields: differingFields(before.row, after.row),
    };
  });
};
