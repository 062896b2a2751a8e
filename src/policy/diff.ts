/**
 * What changed between two versions of a policy document, for the viewer's "what changed":
 * sections, blocks and table rows added, removed and changed; and which consent items changed in
 * a way that needs consent again (`consentChanges`, for `<privacy-consent mode="reconsent">`).
 * Pure: no I/O, inputs untouched.
 */
import { align, differingFields, pairByKey, sameJson, type Aligned } from './diff-align.js';
import { diffRows, keyedRows, type ChangeStatus, type RowChange } from './diff-rows.js';
import { foldText, leafItems, listTexts, plainText, resolvedLang, resolveText } from './text.js';
import type { Block, BlockType, ConsentItem, DataItems, PrivacyPolicy, Section, Text, TextList } from './types.js';
import { walkBlocks } from './walk.js';

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

// ─── What changed that matters for consent ───────────────────────────────────

/**
 * The facts a consent stands on (PIPA 15(2), 17(2), 28-8(2); Network Act 50): what for, which
 * data, who receives it (and in which country), for how long; the advertising channels offered;
 * and, for a terms item, the document accepted. Everything else an item says (its title, the
 * right to refuse, notes, links, the basis as cited, emphasis) is wording.
 */
export type ConsentFact = 'purpose' | 'items' | 'recipient' | 'retention' | 'channels' | 'document';

export const CONSENT_FACTS: readonly ConsentFact[] = [
  'purpose',
  'items',
  'recipient',
  'retention',
  'channels',
  'document',
];

/** One consent item whose consent no longer covers the newer version. */
export interface ConsentItemChange {
  readonly id: string;
  /** `added`: not asked for consent in the older version; `changed`: a fact it stands on changed. */
  readonly status: 'added' | 'changed';
  /** For `changed`: the facts that changed, in {@link CONSENT_FACTS} order. */
  readonly facts: readonly ConsentFact[];
  readonly before?: ConsentItem;
  readonly after: ConsentItem;
}

type Row = Partial<Record<'recipient' | 'country' | 'purpose' | 'items' | 'retention', unknown>>;

/** The rows of the provision or transfer table an item points at (`rowsFrom`). */
const tableRows = (policy: PrivacyPolicy, id: string | undefined): readonly Row[] => {
  if (!id) return [];
  for (const { block } of walkBlocks(policy))
    if (block.id === id && (block.type === 'third-party' || block.type === 'overseas')) return block.rows as Row[];
  return [];
};

/** A piece of a fact's value and the language it resolved to (`''` for punctuation and codes). */
export interface FactPart {
  readonly text: string;
  readonly lang: string;
}

/**
 * The facts of a consent item as a reader sees them, in `lang` (default: the document's), each a
 * list without repeats, each value in pieces that carry their language (a partly translated
 * document mixes them): with `rowsFrom`, every recipient row's values and the item's own. An
 * overseas recipient reads with its country, `Cloud Inc. (미국)`. `document` is the terms version.
 */
export const consentFactParts = (
  policy: PrivacyPolicy,
  item: ConsentItem,
  lang: string = policy.lang,
): Record<ConsentFact, FactPart[][]> => {
  const part = (value: unknown): FactPart =>
    value === undefined
      ? { text: '', lang: '' }
      : { text: resolveText(value as Text, lang, policy.lang), lang: resolvedLang(value as Text, lang, policy.lang) };
  const texts = (list: TextList | undefined): readonly Text[] =>
    list === undefined ? [] : Array.isArray(list) ? (list as readonly Text[]) : [list as Text];
  const sources: Row[] = [item as Row, ...tableRows(policy, item.rowsFrom)];
  const each = (read: (row: Row) => readonly FactPart[][]) => {
    const seen = new Set<string>();
    return sources.flatMap(read).filter((value) => {
      const joined = value.map(({ text }) => text).join('');
      if (!value[0]?.text || seen.has(joined)) return false;
      seen.add(joined);
      return true;
    });
  };
  return {
    purpose: each((row) => texts(row.purpose as TextList | undefined).map((text) => [part(text)])),
    items: each((row) => leafItems(row.items as DataItems | undefined).map((text) => [part(text)])),
    recipient: each((row) =>
      row.recipient === undefined
        ? []
        : [
            item.category === 'overseas' && row.country
              ? [part(row.recipient), { text: ' (', lang: '' }, part(row.country), { text: ')', lang: '' }]
              : [part(row.recipient)],
          ],
    ),
    retention: each((row) => [[part(row.retention)]]),
    channels: (item.channels ?? []).map((channel) => [part(channel.label)]),
    document: item.document ? [[{ text: item.document.version, lang: '' }]] : [],
  };
};

/** {@link consentFactParts} as plain strings, one per value. */
export const consentFacts = (
  policy: PrivacyPolicy,
  item: ConsentItem,
  lang: string = policy.lang,
): Record<ConsentFact, string[]> => {
  const parts = consentFactParts(policy, item, lang);
  const join = (values: FactPart[][]) => values.map((value) => value.map(({ text }) => text).join(''));
  return {
    purpose: join(parts.purpose),
    items: join(parts.items),
    recipient: join(parts.recipient),
    retention: join(parts.retention),
    channels: join(parts.channels),
    document: join(parts.document),
  };
};

/** Two lists say the same when their folded texts (no spacing, punctuation, case) are the same set. */
const sameFacts = (before: readonly string[], after: readonly string[]): boolean => {
  const set = (values: readonly string[]) => [...new Set(values.map(foldText))].sort().join('\n');
  return set(before) === set(after);
};

const isConsent = (item: ConsentItem) => (item.basis ?? 'consent') === 'consent';

/**
 * The consent items of `newer` whose consent under `older` does not carry over (PIPA 15(2), 17(2):
 * a changed matter needs consent again): items asked for consent that `older` did not ask about,
 * and items whose purposes, data items, recipients (with their countries) or retention changed,
 * that gained an advertising channel (each medium is its own consent), or whose terms document has
 * another version or text. Values compare in the newer document's language, as folded text
 * (spacing, punctuation and case do not count) and as sets (order does not count), so rewording a
 * title, the refusal text or a translation is no change; a changed word in a purpose is. Items
 * processed without consent are never listed. Pure; in the newer order.
 */
export const consentChanges = (older: PrivacyPolicy, newer: PrivacyPolicy): ConsentItemChange[] => {
  const lang = newer.lang;
  const previous = new Map((older.consents ?? []).filter(isConsent).map((item) => [item.id, item]));
  return (newer.consents ?? []).filter(isConsent).flatMap((after): ConsentItemChange[] => {
    const before = previous.get(after.id);
    if (!before) return [{ id: after.id, status: 'added', facts: [], after }];
    const was = consentFacts(older, before, lang);
    const is = consentFacts(newer, after, lang);
    const facts = CONSENT_FACTS.filter((fact) => {
      if (fact === 'channels') {
        // A channel taken away needs no consent; one added does.
        const ids = new Set((before.channels ?? []).map((channel) => channel.id));
        return (after.channels ?? []).some((channel) => !ids.has(channel.id));
      }
      if (fact === 'document')
        return !sameJson(
          before.document && [before.document.version, before.document.text],
          after.document && [after.document.version, after.document.text],
        );
      return !sameFacts(was[fact], is[fact]);
    });
    return facts.length ? [{ id: after.id, status: 'changed', facts, before, after }] : [];
  });
};
