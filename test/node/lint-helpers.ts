import {
  lintPolicy,
  validatePolicy,
  type LintCode,
  type LintOptions,
  type LintWarning,
} from '../../src/policy/index.js';
import { minimalPolicy } from '../fixtures/minimal-policy.js';

export type Json = Record<string, unknown>;

/**
 * The minimal policy as the law stands in 2025, which lints clean: its required consent no
 * longer says refusing bars signup (that asks for the contract basis since 2024-09-15), and its
 * purposes include the event notices the advertising consent names (a notice must match the policy).
 */
export const lawfulPolicy = (): Json => {
  const doc = structuredClone(minimalPolicy()) as unknown as Json;
  consents(doc)[0]!.refusal = '동의를 거부할 권리가 있습니다.';
  (blocks(doc, 0)[0]!.purposes as Json[]).push({ title: '이벤트 안내', text: '이벤트·혜택 안내', marketing: true });
  return doc;
};

export const sections = (doc: Json) => doc.sections as Json[];
export const blocks = (doc: Json, s: number) => sections(doc)[s]!.blocks as Json[];
export const consents = (doc: Json) => doc.consents as Json[];
export const rows = (doc: Json, s: number, b = 0) => blocks(doc, s)[b]!.rows as Json[];

/** Lints the lawful policy after a change; throws if the change made it invalid. */
export const lint = (
  change: (doc: Json) => void = () => {},
  base: () => Json = lawfulPolicy,
  options: LintOptions = {},
): LintWarning[] => {
  const doc = base();
  change(doc);
  const result = validatePolicy(doc);
  if (!result.valid) throw new Error(JSON.stringify(result.issues));
  return lintPolicy(result.policy, options);
};

export const codes = (warnings: readonly LintWarning[]): LintCode[] => warnings.map((w) => w.code);

/** The warnings with one code. */
export const withCode = (warnings: readonly LintWarning[], code: LintCode): LintWarning[] =>
  warnings.filter((w) => w.code === code);

/** A section to add, with its blocks. */
export const section = (id: string, topics: string[], sectionBlocks: Json[]): Json => ({
  id,
  title: id,
  topics,
  blocks: sectionBlocks,
});
