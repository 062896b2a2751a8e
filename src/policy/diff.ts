/**
 * What changed between two versions of a policy document, for the viewer's "what changed":
 * sections, blocks and table rows added, removed and changed. Pure: no I/O, inputs untouched.
 */
import { align, differingFields, pairByKey, sameJson, type Aligned } from './diff-align.js';
import { diffRows, keyedRows, type ChangeStatus, type RowChange } from './diff-rows.js';
import { listTexts, plainText } from './text.js';
import type { Block, BlockType, PrivacyPolicy, Section, Text } from './types.js';

export type { ChangeStatus, RowChange } from './diff-rows.js';

/** One block of a section across two versions. */
export interface BlockChange {
  readonly status: ChangeStatus;
  readonly type: BlockType;
  readonly id?: string;
  /** Position in the newer section's blocks, or in the older one's when removed. */
  readonly index: number;
  /** For table-like blocks (provision, entrustment, retention, lists, tables…): row by row. */
  readonly rows?: readonly RowChange[];
  /** For `changed`: the block's own fields that differ (its rows' field among them when they changed). */
  readonly fields?: readonly string[];
  readonly before?: Block;
  readonly after?: Block;
}

/** One section across two versions; `title` is the newer one (the older one when removed). */
export interface SectionChange {
  readonly status: ChangeStatus;
  readonly id: string;
  readonly title: Text;
  readonly before?: Section;
  readonly after?: Section;
  readonly blocks: readonly BlockChange[];
}

/** A top-level field (title, controller, effectiveOn, preface, consents…) whose value changed. */
export interface MetaChange {
  readonly field: string;
  readonly before?: unknown;
  readonly after?: unknown;
  /** For an object on both sides (`controller`, `children`): its fields that differ. */
  readonly fields?: readonly string[];
  /** For `consents`: item by item, paired by `id` and known by their `title`. */
  readonly rows?: readonly RowChange[];
}

/**
 * How many things changed: sections, the rows of the sections both versions have, and
 * consent items.
 */
export interface ChangeCounts {
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
}

/** The difference between two versions of one policy. */
export interface PolicyDiff {
  /** The older document's `version`. */
  readonly from: string;
  /** The newer document's `version`. */
  readonly to: string;
  /** In the newer order; a removed section comes right after the one that preceded it. */
  readonly sections: readonly SectionChange[];
  /** Changed top-level fields other than `sections`, `version` and `$schema`, newer key order. */
  readonly meta: readonly MetaChange[];
  /** Added, removed and changed sections, rows inside sections present in both versions, and consent items. */
  readonly counts: ChangeCounts;
}

const statusOf = ({ before, after }: Aligned<unknown>): ChangeStatus => {
  if (before === undefined) return 'added';
  if (after === undefined) return 'removed';
  return sameJson(before, after) ? 'unchanged' : 'changed';
};

const diffBlock = (entry: Aligned<Block>, lang: string): BlockChange => {
  const { before, after, index } = entry;
  const block = (after ?? before)!;
  const olderRows = before && keyedRows(before, lang);
  const newerRows = after && keyedRows(after, lang);
  const rows = olderRows || newerRows ? diffRows(olderRows ?? [], newerRows ?? []) : undefined;
  const status = statusOf(entry);
  const fields = status === 'changed' ? differingFields(before, after) : undefined;
  return { status, type: block.type, id: block.id, index, rows, fields, before, after };
};

// Blocks pair by id; blocks without one by position among id-less blocks of the same type.
// Ids are letters, digits, `-` and `_`, so the `:` keeps the two kinds of key apart.
const blockKey = (block: Block): string => block.id ?? `:${block.type}`;

const diffSection = (entry: Aligned<Section>, lang: string): SectionChange => {
  const { before, after } = entry;
  const section = (after ?? before)!;
  const olderBlocks = before?.blocks ?? [];
  const newerBlocks = after?.blocks ?? [];
  const pairing = pairByKey(olderBlocks, newerBlocks, blockKey);
  const blocks = align(olderBlocks, newerBlocks, pairing).map((block) => diffBlock(block, lang));
  return { status: statusOf(entry), id: section.id, title: section.title, before, after, blocks };
};

// `version` is in `from`/`to`; `$schema` is an editor hint, not content (as for the hash).
const NOT_META = new Set(['sections', 'version', '$schema']);

// Objects whose fields a reader knows by name (a localized title's keys are only languages).
const RECORDS = new Set(['controller', 'children']);

/** Consent items, paired by `id`, each known by its title in `lang` (and first purpose, when titles repeat). */
const diffConsents = (older: PrivacyPolicy, newer: PrivacyPolicy, lang: string): RowChange[] => {
  const keyed = (policy: PrivacyPolicy) =>
    (policy.consents ?? []).map((row) => ({
      row,
      key: plainText(row.title, lang, lang),
      detail: listTexts(row.purpose, lang, lang)[0] ?? '',
    }));
  return diffRows(keyed(older), keyed(newer));
};

const diffMeta = (older: PrivacyPolicy, newer: PrivacyPolicy): MetaChange[] => {
  const before = older as unknown as Readonly<Record<string, unknown>>;
  const after = newer as unknown as Readonly<Record<string, unknown>>;
  const fields = new Set([...Object.keys(after), ...Object.keys(before)]);
  return [...fields]
    .filter((field) => !NOT_META.has(field) && !sameJson(before[field], after[field]))
    .map((field) => {
      const [was, is] = [before[field], after[field]];
      if (field === 'consents') return { field, before: was, after: is, rows: diffConsents(older, newer, newer.lang) };
      if (RECORDS.has(field) && was && is) return { field, before: was, after: is, fields: differingFields(was, is) };
      return { field, before: was, after: is };
    });
};

// An added or removed section counts once: its rows are not news of their own.
const countChanges = (sections: readonly SectionChange[], meta: readonly MetaChange[]): ChangeCounts => {
  const counts = { added: 0, removed: 0, changed: 0 };
  const tally = (status: ChangeStatus): void => {
    if (status !== 'unchanged') counts[status]++;
  };
  for (const change of meta) for (const row of change.rows ?? []) tally(row.status);
  for (const section of sections) {
    tally(section.status);
    if (section.status === 'added' || section.status === 'removed') continue;
    for (const block of section.blocks) for (const row of block.rows ?? []) tally(row.status);
  }
  return counts;
};

/**
 * Compares two versions of a policy. Sections pair by `id`; blocks by `id`, else by position
 * among blocks of the same type; rows of table-like blocks by what identifies them (recipient,
 * entrustee, record…, read in the newer document's `lang`). Values compare as canonical JSON,
 * so localized maps listing locales in another order are not a change. A section that only
 * moved is `unchanged`; a block that gained or lost its `id` is removed and added.
 *
 * Rows of a block added to or removed from a shared section are listed and counted; rows of
 * an added or removed section are listed but not counted. Consent items pair by `id` (else by
 * title) and count like rows.
 */
export const diffPolicies = (older: PrivacyPolicy, newer: PrivacyPolicy): PolicyDiff => {
  const pairing = pairByKey(older.sections, newer.sections, (section) => section.id);
  const sections = align(older.sections, newer.sections, pairing).map((section) => diffSection(section, newer.lang));
  const meta = diffMeta(older, newer);
  return { from: older.version, to: newer.version, sections, meta, counts: countChanges(sections, meta) };
};
