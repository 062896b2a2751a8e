import { basisIssues } from './check-basis.js';
import { formatPath, issue, type CheckIssue } from './issues.js';
import { parseAndCheck } from './parse-check.js';
import { PolicySchema } from './schema.js';
import { check, type Shape } from './shape.js';
import type { PrivacyPolicy } from './types.js';
import { walkAllBlocks } from './walk.js';

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

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks the schema cannot express: unique anchors, references to sections and blocks, and the
 * legal bases the law allows for each consent category (check-basis.ts). Blocks inside list
 * items count like any other, but what another element reads (the tables consent items point
 * at, cookie categories) must sit directly in a section, where that element looks.
 */
const crossCheck = (policy: PrivacyPolicy): CheckIssue[] => {
  const issues: CheckIssue[] = [];
  const anchors = new Set<string>();
  const claim = (id: string | undefined, path: Path, seen = anchors): void => {
    if (id === undefined) return;
    if (seen.has(id)) issues.push(issue('duplicate-id', formatPath(path), `"${id}"`));
    seen.add(id);
  };
  // The blocks an element does not render are checked only for being objects (schema-partial.ts),
  // so everything below reads them as unknown, not as the types say.
  const idOf = (value: unknown): string | undefined =>
    isObject(value) && typeof value.id === 'string' ? value.id : undefined;
  const claimRows = (rows: unknown, path: Path): void => {
    if (Array.isArray(rows)) rows.forEach((row, index) => claim(idOf(row), [...path, index, 'id']));
  };
  // Groups nest as deep as validation allows (MAX_DEPTH), so recursion is bounded.
  const claimGroups = (groups: unknown, path: Path): void => {
    if (Array.isArray(groups))
      groups.forEach((group, g) => {
        if (!isObject(group)) return;
        claim(idOf(group), [...path, g, 'id']);
        claimRows(group.rows, [...path, g, 'rows']);
        claimGroups(group.groups, [...path, g, 'groups']);
      });
  };

  policy.sections.forEach((section, s) => claim(section.id, ['sections', s, 'id']));
  const categoryIds = new Set<string>();
  const provisionBlocks = new Set<string>();
  const retentionBlocks = new Set<string>();
  /** Ids of blocks inside list items: a reference to one is `nested-block`. */
  const nestedBlocks = new Set<string>();
  const retentionRefs: [string, Path][] = [];
  for (const { block: found, path: at, nested = false } of walkAllBlocks(policy)) {
    const block = found as unknown as Record<string, unknown>;
    const path: Path = [...at];
    if (!isObject(block)) continue;
    const id = idOf(block);
    claim(id, [...path, 'id']);
    // Only the viewer and lint read `retentionFrom`, and they look inside list items too.
    if (id && block.type === 'retention') retentionBlocks.add(id);
    if (id && nested) nestedBlocks.add(id);
    else if (id && (block.type === 'third-party' || block.type === 'overseas')) provisionBlocks.add(id);
    if (block.type === 'third-party' && typeof block.retentionFrom === 'string')
      retentionRefs.push([block.retentionFrom, [...path, 'retentionFrom']]);
    if (block.type === 'collection') claimGroups(block.groups, [...path, 'groups']);
    if (block.type !== 'table') claimRows(block.rows, [...path, 'rows']);
    if (block.type === 'change-log') claimRows(block.entries, [...path, 'entries']);
    if (block.type === 'cookie-categories') {
      if (nested) issues.push(issue('nested-block', formatPath(path), '"cookie-categories"'));
      if (Array.isArray(block.categories))
        block.categories.forEach((category, c) => claim(idOf(category), [...path, 'categories', c, 'id'], categoryIds));
    }
  }

  const target = (ref: string, kind: Set<string>, path: Path): void => {
    if (nestedBlocks.has(ref)) issues.push(issue('nested-block', formatPath(path), `"${ref}"`));
    else if (!kind.has(ref)) issues.push(issue('unknown-block', formatPath(path), `"${ref}"`));
  };
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
    if (item.rowsFrom !== undefined) target(item.rowsFrom, provisionBlocks, ['consents', i, 'rowsFrom']);
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

export { parseAndCheck };
