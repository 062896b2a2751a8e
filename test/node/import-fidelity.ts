/**
 * How close an imported draft is to a hand-made conversion of the same page: the share of the
 * hand-made file's table rows (every row of a typed block: collection, retention, provision,
 * entrustment, overseas, remedy bodies, contacts, purposes, cookie-refusal browsers, change-log
 * entries, automatically collected items) that the draft has in a block of the same type, and of
 * its list items that the draft has as list items at the same depth. A unit matches when its
 * identifying text (recipient, entrustee, record, name, item text…) is the same once spaces and
 * punctuation are ignored; each draft unit matches at most once.
 */
import type { Block, CollectionGroup, CollectionRow, ListItem, PrivacyPolicy, Text } from '../../src/policy/types.js';

interface Unit {
  readonly kind: string;
  readonly key: string;
}

const squash = (value: unknown): string =>
  (typeof value === 'string'
    ? value
    : Array.isArray(value)
      ? value
          .map((part) =>
            typeof part === 'string'
              ? part
              : squash((part as { text?: unknown; label?: unknown }).text ?? (part as { label?: unknown }).label ?? ''),
          )
          .join('')
      : value && typeof value === 'object'
        ? String(Object.values(value as Record<string, string>)[0] ?? '')
        : ''
  )
    .replace(/[\s·ㆍ.,:;'"“”‘’()[\]「」『』<>/\\\-_~*※▶]/g, '')
    .toLowerCase();

const text = (value: Text | undefined): string => squash(value ?? '');

const collectionRows = (
  rows: readonly CollectionRow[] = [],
  groups: readonly CollectionGroup[] = [],
): CollectionRow[] => [...rows, ...groups.flatMap((group) => collectionRows(group.rows, group.groups))];

const blocksIn = (blocks: readonly Block[] = []): Block[] =>
  blocks.flatMap((block) => [block, ...(block.type === 'list' ? block.items.flatMap((item) => itemBlocks(item)) : [])]);
const itemBlocks = (item: ListItem): Block[] =>
  typeof item === 'string' ? [] : [...blocksIn(item.blocks), ...(item.items ?? []).flatMap(itemBlocks)];

const rowsOf = (block: Block): Unit[] => {
  const unit = (key: string): Unit => ({ kind: block.type, key });
  switch (block.type) {
    case 'collection':
      return collectionRows(block.rows, block.groups).map((row) =>
        unit(
          `${text(row.service)}${text(row.stage)}` || squash(row.required ?? row.items ?? row.optional).slice(0, 20),
        ),
      );
    case 'retention':
      return block.rows.map((row) => unit(text(row.record) || text(row.period)));
    case 'third-party':
      return block.rows.map((row) => unit(`${text(row.recipient)}|${squash(row.purpose).slice(0, 12)}`));
    case 'entrustment':
      return block.rows.map((row) => unit(text(row.entrustee)));
    case 'overseas':
      return block.rows.map((row) => unit(text(row.recipient)));
    case 'remedies':
      return block.bodies.map((body) => unit(text(body.name)));
    case 'contact':
      return [unit(text(block.name) || text(block.title) || squash(block.phone))];
    case 'purposes':
      return block.purposes.map((purpose) => unit(text(purpose.title as Text) || squash(purpose.text).slice(0, 20)));
    case 'cookie-refusal':
      return block.browsers.map((browser) => unit(text(browser.browser) || squash(browser.steps).slice(0, 12)));
    case 'change-log':
      return block.entries.map((entry) => unit(entry.date ?? entry.version ?? ''));
    case 'auto-collection':
      return [unit(squash(block.items).slice(0, 12))];
    default:
      return [];
  }
};

const listItems = (items: readonly ListItem[], depth: number): Unit[] =>
  items.flatMap((item) => {
    const own = typeof item === 'string' ? item : item.text;
    const key = squash(own ?? '').slice(0, 30);
    return [
      ...(key ? [{ kind: `list@${depth}`, key }] : []),
      ...(typeof item === 'string' ? [] : listItems(item.items ?? [], depth + 1)),
    ];
  });

/** Every unit of a document: typed rows, then list items with their depth. */
export const units = (policy: PrivacyPolicy): { typed: Unit[]; lists: Unit[] } => {
  const blocks = blocksIn([
    ...(policy.preface ?? []),
    ...policy.sections.flatMap((section) => section.blocks),
    ...(policy.closing ?? []),
  ]);
  return {
    typed: blocks.flatMap(rowsOf),
    lists: blocks.flatMap((block) => (block.type === 'list' ? listItems(block.items, 0) : [])),
  };
};

const same = (a: string, b: string): boolean => {
  if (!a || !b) return a === b;
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 4 && (long.includes(short) || long.startsWith(short.slice(0, 12)));
};

const matched = (expected: readonly Unit[], actual: readonly Unit[]): number => {
  const pool = [...actual];
  let hits = 0;
  for (const unit of expected) {
    const index = pool.findIndex((candidate) => candidate.kind === unit.kind && same(candidate.key, unit.key));
    if (index >= 0) {
      hits++;
      pool.splice(index, 1);
    }
  }
  return hits;
};

export interface Fidelity {
  readonly typed: { readonly right: number; readonly total: number };
  readonly lists: { readonly right: number; readonly total: number };
  /** (typed right + list items right) / (typed total + list items total). */
  readonly share: number;
}

/** The draft's share of the hand-made file's typed rows and list items. */
export const fidelity = (draft: PrivacyPolicy, handMade: PrivacyPolicy): Fidelity => {
  const expected = units(handMade);
  const actual = units(draft);
  const typed = { right: matched(expected.typed, actual.typed), total: expected.typed.length };
  const lists = { right: matched(expected.lists, actual.lists), total: expected.lists.length };
  return { typed, lists, share: (typed.right + lists.right) / Math.max(1, typed.total + lists.total) };
};
