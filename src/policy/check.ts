import { basisIssues } from './check-basis.js';
import { formatPath, issue, type CheckIssue } from './issues.js';
import { PolicySchema } from './schema.js';
import { check, type Shape } from './shape.js';
import type { PrivacyPolicy } from './types.js';

export type CheckResult<I extends CheckIssue = CheckIssue> =
  | { readonly valid: true; readonly policy: PrivacyPolicy; readonly issues: readonly [] }
  | { readonly valid: false; readonly policy?: undefined; readonly issues: readonly I[] };

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
};

type Path = (string | number)[];

/**
 * Checks the schema cannot express: unique anchors, references to sections and blocks, and the
 * legal bases the law allows for each consent category (check-basis.ts).
 */
const crossCheck = (policy: PrivacyPolicy): CheckIssue[] => {
  const issues: CheckIssue[] = [];
  const anchors = new Set<string>();
  const claim = (id: string | undefined, path: Path, seen = anchors): void => {
    if (id === undefined) return;
    if (seen.has(id)) issues.push(issue('duplicate-id', formatPath(path), `"${id}"`));
    seen.add(id);
  };
  const claimRows = (rows: readonly { id?: string }[] | undefined, path: Path): void =>
    rows?.forEach((row, index) => claim(row?.id, [...path, index, 'id']));

  policy.sections.forEach((section, s) => claim(section.id, ['sections', s, 'id']));
  const blockLists: [readonly PrivacyPolicy['sections'][number]['blocks'][number][], Path][] = [
    [policy.preface ?? [], ['preface']],
    ...policy.sections.map((section, s): [typeof section.blocks, Path] => [section.blocks, ['sections', s, 'blocks']]),
    [policy.closing ?? [], ['closing']],
  ];
  const categoryIds = new Set<string>();
  const provisionBlocks = new Set<string>();
  const retentionBlocks = new Set<string>();
  const retentionRefs: [string, Path][] = [];
  for (const [blocks, path] of blockLists) {
    blocks.forEach((block, b) => {
      const at: Path = [...path, b];
      claim(block.id, [...at, 'id']);
      if (block.id && (block.type === 'third-party' || block.type === 'overseas')) provisionBlocks.add(block.id);
      if (block.id && block.type === 'retention') retentionBlocks.add(block.id);
      if (block.type === 'third-party' && block.retentionFrom)
        retentionRefs.push([block.retentionFrom, [...at, 'retentionFrom']]);
      if ('rows' in block && block.type !== 'table' && Array.isArray(block.rows))
        claimRows(block.rows, [...at, 'rows']);
      if (block.type === 'cookie-categories' && Array.isArray(block.categories))
        block.categories.forEach((category, c) => claim(category?.id, [...at, 'categories', c, 'id'], categoryIds));
    });
  }

  for (const [ref, path] of retentionRefs)
    if (!retentionBlocks.has(ref)) issues.push(issue('unknown-block', formatPath(path), `"${ref}"`));

  const sectionIds = new Set(policy.sections.map((section) => section.id));
  const reference = (id: string | undefined, path: Path): void => {
    if (id !== undefined && !sectionIds.has(id)) issues.push(issue('unknown-section', formatPath(path), `"${id}"`));
  };
  const consentIds = new Set<string>();
  policy.consents?.forEach((item, i) => {
    claim(item.id, ['consents', i, 'id'], consentIds);
    reference(item.section, ['consents', i, 'section']);
    if (item.rowsFrom !== undefined && !provisionBlocks.has(item.rowsFrom))
      issues.push(issue('unknown-block', formatPath(['consents', i, 'rowsFrom']), `"${item.rowsFrom}"`));
    const channelIds = new Set<string>();
    item.channels?.forEach((channel, c) => claim(channel.id, ['consents', i, 'channels', c, 'id'], channelIds));
  });
  reference(policy.children?.section, ['children', 'section']);

  const versions = new Set([policy.version]);
  policy.previousVersions?.forEach((ref, i) => claim(ref.version, ['previousVersions', i, 'version'], versions));
  if (policy.upcoming) claim(policy.upcoming.version, ['upcoming', 'version'], versions);
  issues.push(...basisIssues(policy));
  return issues;
};

/**
 * Checks a parsed JSON value as a policy document. Never throws: every problem comes back
 * as an issue with a JSON path and a stable code. A valid result carries the policy
 * deep-frozen, ready for renderers. {@link validatePolicy} adds the messages.
 */
export const checkPolicy = (json: unknown): CheckResult => checkAgainst(PolicySchema, json);

/** A checker that reads JSON text. */
export type PolicyChecker = (json: unknown) => CheckResult;

/**
 * Checks a document against a shape (the whole policy, or the part an element renders),
 * then the cross-references. Never throws.
 */
export const checkAgainst = (shape: Shape<PrivacyPolicy>, json: unknown): CheckResult => {
  try {
    const issues: CheckIssue[] = [];
    check(shape, json, issues);
    if (issues.length) return { valid: false, issues };
    // A copy: freezing must not reach into the object a host passed as a property.
    const policy = structuredClone(json) as PrivacyPolicy;
    const crossIssues = crossCheck(policy);
    if (crossIssues.length) return { valid: false, issues: crossIssues };
    return { valid: true, policy: deepFreeze(policy), issues: [] };
  } catch (error) {
    // Only exotic input passed as a property gets here (a getter that throws, a function in
    // `extensions` that cannot be cloned); cyclic and absurdly deep values are `too-deep` issues.
    return { valid: false, issues: [issue('type', '$', String(error))] };
  }
};

/** Parses JSON text and checks it as a policy (codes and paths only). Never throws. */
export const checkPolicyJson = (text: string): CheckResult => parseAndCheck(text, checkPolicy);

/** Parses JSON text and checks it with `checker`. Never throws. */
export const parseAndCheck = (text: string, checker: PolicyChecker): CheckResult => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { valid: false, issues: [issue('json.parse', '$', (error as Error).message)] };
  }
  return checker(json);
};
