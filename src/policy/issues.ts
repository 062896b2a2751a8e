/**
 * Validation issues: a JSON path and a stable code. Codes never change meaning; the Korean
 * and English messages live in `messages.ts`, loaded only where they are shown.
 */

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
  | 'format.url'
  | 'number.range'
  | 'duplicate-id'
  | 'unknown-section'
  | 'unknown-block'
  | 'nested-block'
  | 'too-deep'
  | 'unbroken-text'
  | 'basis-not-allowed'
  | 'overseas-route'
  | 'overseas-undisclosed';

/**
 * How many arrays and objects may nest inside each other, the document itself counting as one.
 * The real policies in demo/policies nest at most 12 deep; an inline previous version adds 3.
 * Deeper input is refused before it is walked, so no check or hash can exhaust the call stack.
 */
export const MAX_DEPTH = 64;

/**
 * The most characters a string may hold in a row without whitespace. Browsers lay out one
 * unbreakable run in time that grows with the square of its length (100 000 mixed Hangul and
 * Latin characters took seconds in Chromium, however the text is styled), so a hostile policy
 * could freeze a page. Real policies stay under 60 (a long URL); 2000 leaves room for any URL.
 */
export const MAX_UNBROKEN = 2000;

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
