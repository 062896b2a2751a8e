/**
 * What the signup form shows, derived from the policy: one checkbox item per consent, the
 * items processed without consent as notices, the age confirmation, and for each item the
 * notice parts the law requires to be emphasised.
 */
import { ageLimit } from '../policy/text.js';
import type {
  ChildrenPolicy,
  ConsentCategory,
  ConsentItem,
  DataItems,
  LegalBasis,
  NameLinks,
  NoticePart,
  PrivacyPolicy,
  RichText,
  Text,
  TextList,
} from '../policy/types.js';
import { walkBlocks } from '../policy/walk.js';

/**
 * One recipient row of a provision notice (third-party or overseas). A field a row lacks is
 * taken from the item (`recipientContact` for `contact`) when the notice is shown.
 */
export interface NoticeRow {
  readonly recipient: Text;
  readonly purpose?: TextList;
  readonly items?: DataItems;
  readonly retention?: Text;
  readonly country?: Text;
  readonly transfer?: Text;
  readonly contact?: Text;
  /** Overseas: how to refuse the transfer and what refusing means. */
  readonly refusal?: Text;
  readonly note?: RichText;
  /** Links after the recipient's name, e.g. `[전체보기]` to the full list of recipients (17(2)). */
  readonly links?: NameLinks;
}

export interface FormItem {
  readonly item: ConsentItem;
  readonly id: string;
  readonly category: ConsentCategory;
  readonly required: boolean;
  readonly basis: LegalBasis;
  /** Processed without consent: shown as a notice with its basis, no checkbox. */
  readonly noticeOnly: boolean;
  /** Recipients from the provision table the item points at (`rowsFrom`). */
  readonly rows?: readonly NoticeRow[];
  /** Notice parts to emphasise: those the law marks as important, plus the policy's own. */
  readonly emphasis: ReadonlySet<NoticePart>;
}

export interface ConsentForm {
  /**
   * Items with a checkbox: required ones first, then optional ones, each in the policy's order
   * (PIPC 2022 안내서: 필수와 선택을 구분); in the policy's order when it says `consentOrder: "as-listed"`.
   */
  readonly items: readonly FormItem[];
  /** Whether `items` are grouped, required before optional (the form shows the two groups apart). */
  readonly grouped: boolean;
  /** Items processed without consent (legal basis other than consent). */
  readonly notices: readonly FormItem[];
  /** The age confirmation the form requires, when the policy sets an age limit (at least 14). */
  readonly age?: ChildrenPolicy & { readonly minimumAge: number };
}

/**
 * Important matters by category (PIPA 22(2), Decree 17(3)): the retention period; the
 * recipient and its purpose; sensitive information and unique identifiers; the fact that
 * the person may be contacted for marketing.
 */
export const LAW_EMPHASIS: Record<ConsentCategory, readonly NoticePart[]> = {
  collection: ['retention'],
  'third-party': ['recipient', 'purpose', 'retention'],
  overseas: ['recipient', 'purpose', 'retention', 'country'],
  'out-of-purpose': ['recipient', 'purpose', 'retention'],
  sensitive: ['items', 'retention', 'disclosure'],
  'unique-id': ['items', 'retention'],
  marketing: ['purpose', 'retention'],
  'ad-receipt': ['purpose', 'retention'],
  // A terms document is not a privacy notice; its version is what the form shows up front.
  terms: [],
  // Personal location data (Location Information Act 18(1)): what it is used for, and for how long.
  location: ['purpose', 'retention'],
};

const provisionRows = (policy: PrivacyPolicy, blockId: string): NoticeRow[] | undefined => {
  for (const { block } of walkBlocks(policy)) {
    if (block.id !== blockId) continue;
    if (block.type === 'third-party') return block.rows.map((row) => ({ ...row }));
    if (block.type === 'overseas') return block.rows.map((row) => ({ ...row }));
  }
  return undefined;
};

/** Derives the form from a valid policy. */
export const consentForm = (policy: PrivacyPolicy): ConsentForm => {
  const derived = (policy.consents ?? []).map((item): FormItem => {
    const basis = item.basis ?? 'consent';
    const rows = item.rowsFrom ? provisionRows(policy, item.rowsFrom) : undefined;
    return {
      item,
      id: item.id,
      category: item.category,
      required: item.required,
      basis,
      noticeOnly: basis !== 'consent',
      ...(rows ? { rows } : {}),
      emphasis: new Set([...LAW_EMPHASIS[item.category], ...(item.important ?? [])]),
    };
  });
  const grouped = policy.consentOrder !== 'as-listed';
  const items = derived.filter((entry) => !entry.noticeOnly);
  return {
    // Array.prototype.filter keeps the order: a stable split into required, then optional.
    items: grouped ? [...items.filter((entry) => entry.required), ...items.filter((entry) => !entry.required)] : items,
    grouped,
    notices: derived.filter((entry) => entry.noticeOnly),
    ...(policy.children ? { age: { ...policy.children, minimumAge: ageLimit(policy.children) } } : {}),
  };
};

/** The person's choice for one item, as the form holds it. */
export interface ItemState {
  readonly granted: boolean;
  /** Advertising receipt: checked channels by id. */
  readonly channels?: Readonly<Record<string, boolean>>;
  /** Advertising receipt: night-time (21:00–08:00) consent. */
  readonly night?: boolean;
}

export type Decisions = Readonly<Record<string, ItemState>>;

/** Nothing checked: the only lawful starting state (no pre-checked boxes). */
export const emptyDecisions = (form: ConsentForm): Decisions =>
  Object.fromEntries(
    form.items.map((entry) => [
      entry.id,
      entry.item.channels
        ? {
            granted: false,
            channels: Object.fromEntries(entry.item.channels.map((channel) => [channel.id, false])),
            night: false,
          }
        : { granted: false },
    ]),
  );

/**
 * Required items not granted, in the order the form shows them (the age confirmation is `age`:
 * the last required row when the form is grouped, above the items otherwise).
 */
export const missingRequired = (form: ConsentForm, decisions: Decisions, ageConfirmed: boolean): string[] => {
  const age = form.age && !ageConfirmed ? ['age'] : [];
  const items = form.items.filter((entry) => entry.required && !decisions[entry.id]?.granted).map((entry) => entry.id);
  return form.grouped ? [...items, ...age] : [...age, ...items];
};
