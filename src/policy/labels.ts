/**
 * The labelling summary at the top of a policy (PIPC 작성지침 라벨링): compact facts derived
 * from the data, each pointing at the section that explains it. Facts the document does not
 * state are reported as such (count and section both undefined) rather than guessed.
 */
import { foldText, leafItems, plainText } from './text.js';
import type {
  Block,
  BlockType,
  ChildrenPolicy,
  Contact,
  DomesticAgentBlock,
  PrivacyPolicy,
  RichText,
  Text,
  Topic,
} from './types.js';
import { allBlocksOfType, collectionRows, rowItems, sectionsWithTopic } from './walk.js';

/** A count of what a table lists, and where the policy explains it. */
export interface CountLabel {
  /** Distinct entries, or undefined when the document has no such table. */
  readonly count?: number;
  /** The section with the table, else the first section with the topic. */
  readonly section?: string;
}

export interface PolicyLabels {
  /**
   * Distinct data items of the collection tables (rows, their parts and groups): `required` if
   * any row or part marks the item required, else `optional` if any marks it optional, else
   * `unmarked` (the source says neither, which is not required), so the three add up to the
   * distinct items. Items are told apart by their folded names: `휴대폰 번호`, `휴대폰번호` and
   * `휴대폰번호.` are one item.
   */
  readonly items: {
    readonly required: number;
    readonly optional: number;
    readonly unmarked: number;
    readonly section?: string;
  };
  /** Distinct recipients. */
  readonly thirdParty: CountLabel;
  /** Distinct entrustees, overseas recipients that process on the controller's behalf included. */
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

const distinct = (values: readonly string[]): number | undefined => (values.length ? new Set(values).size : undefined);

export const policyLabels = (policy: PrivacyPolicy): PolicyLabels => {
  const plain = (value: RichText) => plainText(value, policy.lang, policy.lang);
  /** Names told apart as a reader would: case, spacing and punctuation aside. */
  const text = (value: RichText) => foldText(plain(value));
  const topicSection = (topic: Topic): string | undefined => sectionsWithTopic(policy, topic)[0]?.id;
  /** The blocks of a type, and the section to link: the first block's, else the topic's. */
  const located = <K extends BlockType>(type: K, topic: Topic) => {
    const found = allBlocksOfType(policy, type);
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

  const required = new Set<string>();
  const optional = new Set<string>();
  const unmarked = new Set<string>();
  for (const { block } of allBlocksOfType(policy, 'collection'))
    for (const { row } of collectionRows(block))
      for (const list of rowItems(row))
        for (const item of leafItems(list.items)) {
          const name = text(item);
          if (name) (list.required === true ? required : list.required === false ? optional : unmarked).add(name);
        }
  for (const name of required) optional.delete(name);
  for (const name of [...required, ...optional]) unmarked.delete(name);

  const officer = allBlocksOfType(policy, 'contact').find(({ block }) => block.role === 'officer');
  const overseas = located('overseas', 'overseas');
  const overseasRows = overseas.blocks.flatMap((block) => block.rows);
  // A processor abroad is an entrustee too (국외 처리위탁).
  const processorsAbroad = overseas.blocks.flatMap((block) =>
    block.rows.filter((row) => row.entrustment ?? block.entrustment).map((row) => row.recipient),
  );
  const entrustment = located('entrustment', 'entrustment');
  const entrustees = [
    ...entrustment.blocks.flatMap((block) => block.rows.map((row) => row.entrustee)),
    ...processorsAbroad,
  ];
  const ads = located('behavioural-ads', 'behavioural-ads');
  const agent = located('domestic-agent', 'domestic-agent');
  return {
    items: {
      required: required.size,
      optional: optional.size,
      unmarked: unmarked.size,
      section: topicSection('items'),
    },
    thirdParty: counted('third-party', 'third-party', (block) => block.rows.map((row) => row.recipient)),
    entrustment: {
      count: distinct(entrustees.map(text)),
      section: entrustment.section ?? (processorsAbroad.length ? overseas.section : undefined),
    },
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
      used: Boolean(topicSection('cookies')) || allBlocksOfType(policy, 'cookie-categories').length > 0,
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
