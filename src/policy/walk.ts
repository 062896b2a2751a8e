import type { Block, BlockType, PrivacyPolicy, Section, Topic } from './types.js';

export type PathKey = string | number;

export interface LocatedBlock<B extends Block = Block> {
  readonly block: B;
  /** The section holding the block; absent for preface and closing blocks. */
  readonly section?: Section;
  /** Keys from the document root, e.g. `['sections', 2, 'blocks', 0]`. */
  readonly path: readonly PathKey[];
}

/** Every block of the document in reading order: preface, sections, closing. */
export function* walkBlocks(policy: PrivacyPolicy): Generator<LocatedBlock> {
  for (const [index, block] of (policy.preface ?? []).entries()) yield { block, path: ['preface', index] };
  for (const [s, section] of policy.sections.entries())
    for (const [index, block] of section.blocks.entries())
      yield { block, section, path: ['sections', s, 'blocks', index] };
  for (const [index, block] of (policy.closing ?? []).entries()) yield { block, path: ['closing', index] };
}

/** The blocks of one type, in reading order. */
export const blocksOfType = <K extends BlockType>(
  policy: PrivacyPolicy,
  type: K,
): LocatedBlock<Extract<Block, { type: K }>>[] =>
  [...walkBlocks(policy)].filter(
    (located): located is LocatedBlock<Extract<Block, { type: K }>> => located.block.type === type,
  );

/** The sections that declare a topic. */
export const sectionsWithTopic = (policy: PrivacyPolicy, topic: Topic): Section[] =>
  policy.sections.filter((section) => section.topics?.includes(topic));
