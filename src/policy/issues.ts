/**
 * Validation issues: a JSON path, a stable code, and a message in Korean and English.
 * Codes never change meaning; messages may be reworded.
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

export interface PolicyIssue {
  readonly code: IssueCode;
  /** Where in the document, e.g. `$.sections[3].blocks[2].rows[0].period`. */
  readonly path: string;
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

const MESSAGES: Record<IssueCode, (detail: string) => Message> = {
  'json.parse': (d) => ({ ko: `JSON으로 읽을 수 없습니다: ${d}`, en: `Not valid JSON: ${d}` }),
  type: (d) => ({ ko: `형식이 맞지 않습니다: ${d}`, en: `Wrong type: ${d}` }),
  required: (d) => ({ ko: `필수 항목 ${d}이(가) 없습니다.`, en: `Required key ${d} is missing.` }),
  'unknown-key': (d) => ({
    ko: `알 수 없는 키 ${d}입니다. 철자를 확인하세요.`,
    en: `Unknown key ${d}. Check its spelling.`,
  }),
  enum: (d) => ({ ko: `허용되지 않는 값입니다: ${d}`, en: `Value not allowed: ${d}` }),
  'schema-version': (d) => ({
    ko: `지원하지 않는 schemaVersion입니다 (${d}). 1이어야 합니다.`,
    en: `Unsupported schemaVersion (${d}); expected 1.`,
  }),
  empty: () => ({ ko: '비어 있으면 안 됩니다.', en: 'Must not be empty.' }),
  'format.id': (d) => ({
    ko: `식별자 ${d}는 영문자로 시작하고 영문자·숫자·-·_만 쓸 수 있습니다.`,
    en: `Identifier ${d} must start with a letter and use only letters, digits, - and _.`,
  }),
  'format.date': (d) => ({
    ko: `날짜 ${d}는 실제 날짜인 YYYY-MM-DD 형식이어야 합니다.`,
    en: `Date ${d} must be a real calendar date as YYYY-MM-DD.`,
  }),
  'format.locale': (d) => ({
    ko: `언어 코드 ${d}가 올바르지 않습니다 (예: ko, en).`,
    en: `Language tag ${d} is not valid (e.g. ko, en).`,
  }),
  'number.range': (d) => ({ ko: `숫자가 허용 범위 밖입니다: ${d}`, en: `Number out of range: ${d}` }),
  'duplicate-id': (d) => ({
    ko: `식별자 ${d}가 문서 안에서 중복됩니다.`,
    en: `Identifier ${d} is used more than once in the document.`,
  }),
  'unknown-section': (d) => ({
    ko: `섹션 ${d}이(가) 문서에 없습니다.`,
    en: `Section ${d} does not exist in the document.`,
  }),
  'unknown-block': (d) => ({
    ko: `${d}에 해당하는 블록이 문서에 없거나 종류가 맞지 않습니다.`,
    en: `${d} names no block of the right type in the document.`,
  }),
};

export const issue = (code: IssueCode, path: string, detail = ''): PolicyIssue => ({
  code,
  path,
  message: MESSAGES[code](detail),
});

type SchemaIssue = BaseIssue<unknown>;

const keysOf = (schemaIssue: SchemaIssue): PathKey[] => (schemaIssue.path ?? []).map((item) => item.key as PathKey);

const OWN_CODES = new Set<string>(Object.keys(MESSAGES));

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
export const fromSchemaIssue = (raw: SchemaIssue): PolicyIssue => {
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
