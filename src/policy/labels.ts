/**
 * The labelling summary at the top of a policy (PIPC 작성지침 라벨링): compact facts derived
 * from the data, each pointing at the section that explains it. Facts the document does not
 * state are reported as such (`stated: false`) rather than guessed.
 */
import { leafItems, resolveText } from './text.js';
import type { ChildrenPolicy, Contact, PrivacyPolicy, Topic } from './types.js';
import { blocksOfType, sectionsWithTopic } from './walk.js';

export interface PolicyLabels {
  readonly items: { readonly required: number; readonly optional: number; readonly section?: string };
  /** Distinct recipients, or undefined when the document has no provision table. */
  readonly thirdParty: { readonly count?: number; readonly section?: string };
  readonly entrustment: { readonly count?: number; readonly section?: string };
  readonly overseas: { readonly count?: number; readonly section?: string };
  readonly sensitive: { readonly processed: boolean; readonly section?: string };
  readonly children: { readonly policy?: ChildrenPolicy; readonly section?: string };
  readonly cookies: { readonly used: boolean; readonly section?: string };
  readonly officer: { readonly contact?: Contact; readonly section?: string };
}

const sectionOf = (policy: PrivacyPolicy, topic: Topic): string | undefined => sectionsWithTopic(policy, topic)[0]?.id;

const distinct = (values: readonly string[]): number | undefined => (values.length ? new Set(values).size : undefined);

export const policyLabels = (policy: PrivacyPolicy): PolicyLabels => {
  const text = (value: Parameters<typeof resolveText>[0]) => resolveText(value, policy.lang, policy.lang);
  const rows = blocksOfType(policy, 'collection').flatMap(({ block }) => block.rows);
  const count = (pick: 'required' | 'optional' | 'items') =>
    rows.reduce((sum, row) => sum + leafItems(row[pick]).length, 0);
  const officer = blocksOfType(policy, 'contact').find(({ block }) => block.role === 'officer');
  const consents = policy.consents ?? [];
  return {
    items: {
      required: count('required') + count('items'),
      optional: count('optional'),
      section: sectionOf(policy, 'items'),
    },
    thirdParty: {
      count: distinct(
        blocksOfType(policy, 'third-party').flatMap(({ block }) => block.rows.map((row) => text(row.recipient))),
      ),
      section: sectionOf(policy, 'third-party'),
    },
    entrustment: {
      count: distinct(
        blocksOfType(policy, 'entrustment').flatMap(({ block }) => block.rows.map((row) => text(row.entrustee))),
      ),
      section: sectionOf(policy, 'entrustment'),
    },
    overseas: {
      count: distinct(
        blocksOfType(policy, 'overseas').flatMap(({ block }) => block.rows.map((row) => text(row.recipient))),
      ),
      section: sectionOf(policy, 'overseas'),
    },
    sensitive: {
      processed:
        consents.some((item) => item.category === 'sensitive') || Boolean(sectionOf(policy, 'sensitive-disclosure')),
      section: sectionOf(policy, 'sensitive-disclosure'),
    },
    children: { policy: policy.children, section: policy.children?.section ?? sectionOf(policy, 'children') },
    cookies: {
      used: Boolean(sectionOf(policy, 'cookies')) || blocksOfType(policy, 'cookie-categories').length > 0,
      section: sectionOf(policy, 'cookies'),
    },
    officer: { contact: officer?.block, section: officer?.section?.id ?? sectionOf(policy, 'officer') },
  };
};
