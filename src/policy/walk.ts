import type {
  Block,
  BlockType,
  CollectionBlock,
  CollectionGroup,
  CollectionPart,
  CollectionRow,
  DataItems,
  PrivacyPolicy,
  RichText,
  Section,
  Text,
  TextList,
  Topic,
} from './types.js';

export type PathKey = string | number;

export interface LocatedBlock<B extends Block = Block> {
  readonly block: B;
  /** The section holding the block; absent for preface and closing blocks. */
  readonly section?: Section;
  /** Keys from the document root, e.g. `['sections', 2, 'blocks', 0]`. */
  readonly path: readonly PathKey[];
  /** Whether the block sits inside a list item rather than directly in its section. */
  readonly nested?: boolean;
}

/**
 * Every block of the document in reading order: preface, sections, closing. Only the blocks
 * directly in them: the signup form and the cookie notice check no more than that (see
 * {@link walkAllBlocks} for the blocks inside list items too).
 */
export function* walkBlocks(policy: PrivacyPolicy): Generator<LocatedBlock> {
  for (const [index, block] of (policy.preface ?? []).entries()) yield { block, path: ['preface', index] };
  for (const [s, section] of policy.sections.entries())
    for (const [index, block] of section.blocks.entries())
      yield { block, section, path: ['sections', s, 'blocks', index] };
  for (const [index, block] of (policy.closing ?? []).entries()) yield { block, path: ['closing', index] };
}

/**
 * The blocks inside the items of a list (and their nested items and lists), in reading order.
 * Read defensively: validation calls this on documents whose lists an element did not check
 * (schema-partial.ts), so anything that is not an array or an object is passed over. Recursive:
 * validation refuses documents nested deeper than MAX_DEPTH first, so the depth is bounded.
 */
function* blocksInItems(
  items: unknown,
  path: readonly PathKey[],
  section: Section | undefined,
): Generator<LocatedBlock> {
  if (!Array.isArray(items)) return;
  for (const [i, item] of items.entries()) {
    if (!item || typeof item !== 'object' || !Array.isArray((item as { blocks?: unknown }).blocks)) {
      if (item && typeof item === 'object')
        yield* blocksInItems((item as { items?: unknown }).items, [...path, i, 'items'], section);
      continue;
    }
    for (const [b, block] of (item as { blocks: unknown[] }).blocks.entries()) {
      if (!block || typeof block !== 'object' || Array.isArray(block)) continue;
      const at = [...path, i, 'blocks', b];
      yield { block: block as Block, section, path: at, nested: true };
      if ((block as Block).type === 'list')
        yield* blocksInItems((block as { items?: unknown }).items, [...at, 'items'], section);
    }
    yield* blocksInItems((item as { items?: unknown }).items, [...path, i, 'items'], section);
  }
}

/**
 * Every block of a document in reading order, the blocks inside list items included (after the
 * list that holds them): what the viewer, lint, the labels and validation read. In a document
 * an element checked only in part, blocks it did not check are any objects.
 */
export function* walkAllBlocks(policy: PrivacyPolicy): Generator<LocatedBlock> {
  for (const located of walkBlocks(policy)) {
    yield located;
    if (located.block.type === 'list')
      yield* blocksInItems((located.block as { items?: unknown }).items, [...located.path, 'items'], located.section);
  }
}

/** The blocks of one type directly in the sections (and preface, closing), in reading order. */
export const blocksOfType = <K extends BlockType>(
  policy: PrivacyPolicy,
  type: K,
): LocatedBlock<Extract<Block, { type: K }>>[] =>
  [...walkBlocks(policy)].filter(
    (located): located is LocatedBlock<Extract<Block, { type: K }>> => located.block.type === type,
  );

/** The blocks of one type anywhere in a full-checked document, those inside list items included. */
export const allBlocksOfType = <K extends BlockType>(
  policy: PrivacyPolicy,
  type: K,
): LocatedBlock<Extract<Block, { type: K }>>[] =>
  [...walkAllBlocks(policy)].filter(
    (located): located is LocatedBlock<Extract<Block, { type: K }>> => located.block.type === type,
  );

/** The sections that declare a topic. */
export const sectionsWithTopic = (policy: PrivacyPolicy, topic: Topic): Section[] =>
  policy.sections.filter((section) => section.topics?.includes(topic));

// ─── Collection tables ───────────────────────────────────────────────────────

/** What a collection row inherits from the groups above it (merged cells). */
export interface Inherited {
  readonly purposes?: TextList;
  readonly retention?: RichText;
  readonly basis?: RichText;
  readonly file?: Text;
}

/** One collection row with the groups above it and what it inherits from them. */
export interface LocatedRow {
  readonly row: CollectionRow;
  /** The groups above the row, outermost first (empty for a row not in a group). */
  readonly groups: readonly CollectionGroup[];
  /** Purposes, retention, basis and file stated by the nearest group that states each. */
  readonly inherited: Inherited;
  /** Keys from the block to the row, e.g. `['groups', 0, 'groups', 1, 'rows', 2]`. */
  readonly path: readonly PathKey[];
}

const inherit = (outer: Inherited, group: CollectionGroup): Inherited => ({
  purposes: group.purposes ?? outer.purposes,
  retention: group.retention ?? outer.retention,
  basis: group.basis ?? outer.basis,
  file: group.file ?? outer.file,
});

/** Every row of a collection table in reading order: its own rows, then each group's, depth first. */
export const collectionRows = (block: CollectionBlock): LocatedRow[] => {
  const out: LocatedRow[] = [];
  const visit = (
    rows: readonly CollectionRow[] | undefined,
    groups: readonly CollectionGroup[] | undefined,
    above: readonly CollectionGroup[],
    inherited: Inherited,
    path: readonly PathKey[],
  ): void => {
    rows?.forEach((row, r) => out.push({ row, groups: above, inherited, path: [...path, 'rows', r] }));
    groups?.forEach((group, g) =>
      visit(group.rows, group.groups, [...above, group], inherit(inherited, group), [...path, 'groups', g]),
    );
  };
  visit(block.rows, block.groups, [], {}, []);
  return out;
};

/** One list of items of a collection row: its `required`, `optional` or `items` column, or a part. */
export interface RowItems {
  readonly items: DataItems;
  /** `true`: 필수, `false`: 선택, undefined: unmarked. */
  readonly required?: boolean;
  /** Keys from the row, e.g. `['required']` or `['parts', 1, 'items']`. */
  readonly path: readonly PathKey[];
  readonly part?: CollectionPart;
}

/** The item lists of a row: `required`, `optional`, `items`, then each part's. */
export const rowItems = (row: CollectionRow): RowItems[] => [
  ...(row.required?.length ? [{ items: row.required, required: true, path: ['required'] }] : []),
  ...(row.optional?.length ? [{ items: row.optional, required: false, path: ['optional'] }] : []),
  ...(row.items?.length ? [{ items: row.items, path: ['items'] }] : []),
  ...(row.parts ?? []).map((part, p) => ({
    items: part.items,
    ...(part.required === undefined ? {} : { required: part.required }),
    path: ['parts', p, 'items'],
    part,
  })),
];

/** Every group of a collection table, depth first, with its path from the block. */
export const collectionGroups = (
  block: CollectionBlock,
): { readonly group: CollectionGroup; readonly path: readonly PathKey[] }[] => {
  const out: { group: CollectionGroup; path: readonly PathKey[] }[] = [];
  const visit = (groups: readonly CollectionGroup[] | undefined, path: readonly PathKey[]): void =>
    groups?.forEach((group, g) => {
      out.push({ group, path: [...path, g] });
      visit(group.groups, [...path, g, 'groups']);
    });
  visit(block.groups, ['groups']);
  return out;
};
