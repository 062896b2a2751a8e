/**
 * The labelling summary at the top of a policy (PIPC 작성지침 라벨링): compact facts derived
 * from the data, each pointing at the section that explains it. Facts the document does not
 * state are reported as such (count and section both undefined) rather than guessed.
 */
import { leafItems, resolveText } from './text.js';
import type {
  Block,
  BlockType,
  ChildrenPolicy,
  Contact,
  DataItems,
  DomesticAgentBlock,
  PrivacyPolicy,
  Text,
  Topic,
} from './types.js';
import { blocksOfType, sectionsWithTopic } from './walk.js';

/** A count of what a table lists, and where the policy explains it. */
export interface CountLabel {
  /** Distinct entries, or undefined when the document has no such table. */
  readonly count?: number;
  /** The section with the table, else the first section with the topic. */
  readonly section?: string;
}

export interface PolicyLabels {
  /**
   * Distinct data items of the collection tables: `required` if any row marks the item
   * required, else `optional` if any marks it optional, else `unmarked` (the source says
   * neither), so the three add up to the distinct items.
   */
  readonly items: {
    readonly required: number;
    readonly optional: number;
    readonly unmarked: number;
    readonly section?: string;
  };
  /** Distinct recipients. */
  readonly thirdParty: CountLabel;
  readonly entrustment: CountLabel;
  /** Distinct recipients abroad, and the distinct countries they are in. */
  readonly overseas: CountLabel & { readonly countries?: number };
  readonly sensitive: { readonly processed: boolean; readonly section?: string };
  readonly children: { readonly policy?: ChildrenPolicy; readonly section?: string };
  readonly cookies: { readonly used: boolean; readonly section?: string };
  readonly officer: { readonly contact?: Contact; readonly section?: string };
  /** Fully automated decisions (PIPA 37-2) the policy lists. */
  readonly automatedDecisions: CountLabel;
  /** Behavioural advertising: `count` is the third-party collection tools (0 when none are named). */
  readonly behaviouralAds: CountLabel;
  /** Countries data is collected directly from (국외 수집). */
  readonly overseasCollection: CountLabel;
  /** 국내대리인 (PIPA 31-2), when the policy names one. */
  readonly domesticAgent: { readonly agent?: DomesticAgentBlock; readonly section?: string };
}

/** Spacing aside, `이메일 주소` and ` 이메일  주소` are one item. */
const normalise = (value: string): string => value.replace(/\s+/g, ' ').trim();

const distinct = (values: readonly string[]): number | undefined => (values.length ? new Set(values).size : undefined);

export const policyLabels = (policy: PrivacyPolicy): PolicyLabels => {
  const text = (value: Text) => normalise(resolveText(value, policy.lang, policy.lang));
  const topicSection = (topic: Topic): string | undefined => sectionsWithTopic(policy, topic)[0]?.id;
  /** The blocks of a type, and the section to link: the first block's, else the topic's. */
  const located = <K extends BlockType>(type: K, topic: Topic) => {
    const found = blocksOfType(policy, type);
    return { blocks: found.map(({ block }) => block), section: found[0]?.section?.id ?? topicSection(topic) };
  };
  const counted = <K extends BlockType>(
    type: K,
    topic: Topic,
    values: (block: Extract<Block, { type: K }>) => Text[],
  ): CountLabel => {
    const { blocks, section } = located(type, topic);
    return { count: distinct(blocks.flatMap((block) => values(block).map(text))), section };
  };

  const rows = blocksOfType(policy, 'collection').flatMap(({ block }) => block.rows);
  const itemsOf = (pick: (row: (typeof rows)[number]) => DataItems | undefined) =>
    new Set(rows.flatMap((row) => leafItems(pick(row)).map(text)).filter(Boolean));
  const required = itemsOf((row) => row.required);
  const optional = [...itemsOf((row) => row.optional)].filter((item) => !required.has(item));
  const unmarked = [...itemsOf((row) => row.items)].filter((item) => !required.has(item) && !optional.includes(item));

  const officer = blocksOfType(policy, 'contact').find(({ block }) => block.role === 'officer');
  const overseas = located('overseas', 'overseas');
  const overseasRows = overseas.blocks.flatMap((block) => block.rows);
  const ads = located('behavioural-ads', 'behavioural-ads');
  const agent = located('domestic-agent', 'domestic-agent');
  return {
    items: {
      required: required.size,
      optional: optional.length,
      unmarked: unmarked.length,
      section: topicSection('items'),
    },
    thirdParty: counted('third-party', 'third-party', (block) => block.rows.map((row) => row.recipient)),
    entrustment: counted('entrustment', 'entrustment', (block) => block.rows.map((row) => row.entrustee)),
    overseas: {
      count: distinct(overseasRows.map((row) => text(row.recipient))),
      countries: distinct(overseasRows.map((row) => text(row.country))),
      section: overseas.section,
    },
    sensitive: {
      processed:
        (policy.consents ?? []).some((item) => item.category === 'sensitive') ||
        Boolean(topicSection('sensitive-disclosure')),
      section: topicSection('sensitive-disclosure'),
    },
    children: { policy: policy.children, section: policy.children?.section ?? topicSection('children') },
    cookies: {
      used: Boolean(topicSection('cookies')) || blocksOfType(policy, 'cookie-categories').length > 0,
      section: topicSection('cookies'),
    },
    officer: { contact: officer?.block, section: officer?.section?.id ?? topicSection('officer') },
    automatedDecisions: counted('automated-decisions', 'automated-decisions', (block) =>
      block.decisions.map((decision) => decision.decision),
    ),
    behaviouralAds: {
      count: ads.blocks.length
        ? (distinct(ads.blocks.flatMap((block) => (block.tools ?? []).map((tool) => text(tool.tool)))) ?? 0)
        : undefined,
      section: ads.section,
    },
    overseasCollection: counted('overseas-collection', 'overseas-collection', (block) =>
      block.rows.map((row) => row.country),
    ),
    domesticAgent: { agent: agent.blocks[0], section: agent.section },
  };
};
