/**
 * Validation issues: a JSON path and a stable code. Codes never change meaning; the Korean
 * and English messages live in `messages.ts`, loaded only where they are shown.
 */
import type { BaseIssue } from 'valibot';

export type IssueCode =
  | 'json.parse'
  | 'type'
  | 'required'
  | 'unknown-key'
  | 'enum'
  | 'schema-version'
  | 'empty'
  | 'format.id'
  | 'format.date'
  | 'format.locale'
  | 'number.range'
  | 'duplicate-id'
  | 'unknown-section'
  | 'unknown-block';

export interface Message {
  readonly ko: string;
  readonly en: string;
}

export interface CheckIssue {
  readonly code: IssueCode;
  /** Where in the document, e.g. `$.sections[3].blocks[2].rows[0].period`. */
  readonly path: string;
  /** The offending value or expectation, as used in the message. */
  readonly detail: string;
}

/** A {@link CheckIssue} with its explanation in Korean and English. */
export interface PolicyIssue extends CheckIssue {
  readonly message: Message;
}

type PathKey = string | number;

/** `['sections', 3, 'title']` → `$.sections[3].title`. */
export const formatPath = (keys: readonly PathKey[]): string =>
  keys.reduce<string>(
    (path, key) =>
      typeof key === 'number'
        ? `${path}[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(key)
          ? `${path}.${key}`
          : `${path}[${JSON.stringify(key)}]`,
    '$',
  );

/** An issue found by {@link checkPolicy}: where, what, and the offending detail. */
export const issue = (code: IssueCode, path: string, detail = ''): CheckIssue => ({ code, path, detail });

type SchemaIssue = BaseIssue<unknown>;

const keysOf = (schemaIssue: SchemaIssue): PathKey[] => (schemaIssue.path ?? []).map((item) => item.key as PathKey);

const OWN_CODES = new Set<string>([
  'schema-version',
  'empty',
  'format.id',
  'format.date',
  'format.locale',
] satisfies IssueCode[]);

/**
 * A union reports every alternative's failure, with paths relative to the union. The most
 * useful one is the alternative that got deepest into the value (it matched the shape and
 * failed inside); when none got inside, the union itself is the message.
 */
const mostSpecific = (schemaIssue: SchemaIssue, prefix: PathKey[]): [SchemaIssue, PathKey[]] => {
  const nested = (schemaIssue.issues ?? []).filter((inner) => keysOf(inner).length > 0);
  if (schemaIssue.type !== 'union' || !nested.length) return [schemaIssue, prefix];
  const deepest = nested.reduce((a, b) => (keysOf(b).length > keysOf(a).length ? b : a));
  return mostSpecific(deepest, [...prefix, ...keysOf(deepest)]);
};

/** Converts a Valibot issue into a {@link PolicyIssue}. */
export const fromSchemaIssue = (raw: SchemaIssue): CheckIssue => {
  const [found, keys] = mostSpecific(raw, keysOf(raw));
  const path = formatPath(keys);
  if (OWN_CODES.has(found.message)) return issue(found.message as IssueCode, path, found.received);
  const { type, expected, received } = found;
  if ((type === 'strict_object' || type === 'object') && received === 'undefined' && expected !== 'never')
    return issue('required', path, expected ?? '');
  if (type === 'strict_object' && expected === 'never') return issue('unknown-key', path, received);
  if (type === 'picklist' || type === 'literal' || type === 'variant')
    return issue('enum', path, `${received} (${expected ?? ''})`);
  if (type === 'integer' || type === 'min_value') return issue('number.range', path, `${received} (${expected ?? ''})`);
  return issue('type', path, `${expected ?? ''} ← ${received}`);
};
