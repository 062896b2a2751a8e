/**
 * The cookie document: the few kilobytes of a policy that `<privacy-cookie-notice>` needs to show
 * its banner (the cookie categories with their purposes and cookie names, how to refuse in each
 * browser) plus what the consent record binds to (the policy's id, version and content hash) and
 * where the full policy lives. Produced at build time by `privacy-consent cookies <policy.json>`,
 * so a page never downloads the whole policy just to show a banner.
 */
import { isAllowedLink } from './links.js';
import type { BrowserRefusal, CookieCategory, Text } from './types.js';

export const COOKIE_DOCUMENT_TYPE = 'privacy-cookie-document';

export interface CookieDocument {
  readonly type: typeof COOKIE_DOCUMENT_TYPE;
  readonly v: 1;
  /** The policy this was derived from: a record made from it binds to this id, version and hash. */
  readonly policy: {
    readonly id: string;
    readonly version: string;
    readonly effectiveOn?: string;
    /** The full policy's content hash (`sha256-…`), as `privacy-consent hash` prints it. */
    readonly hash: string;
    /** The document's language, for text given in several. */
    readonly lang: string;
    /** Where the full policy is published (linked from the banner; fetched only when opened). */
    readonly url?: string;
    /** The base URL relative links resolve against. */
    readonly baseUrl?: string;
  };
  readonly categories: readonly CookieCategory[];
  readonly refusal: readonly BrowserRefusal[];
}

// Bounds: a real cookie document is a few kilobytes; anything far larger is not one.
const MAX_ENTRIES = 64;

const isString = (value: unknown, max = 200): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= max;

const isText = (value: unknown): value is Text =>
  typeof value === 'string' ||
  (typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((entry) => typeof entry === 'string'));

const isTextList = (value: unknown): boolean =>
  Array.isArray(value) ? value.length <= MAX_ENTRIES && value.every(isText) : isText(value);

const isList = (value: unknown, each: (entry: Record<string, unknown>) => boolean): boolean =>
  Array.isArray(value) &&
  value.length <= MAX_ENTRIES &&
  value.every((entry) => typeof entry === 'object' && entry !== null && each(entry as Record<string, unknown>));

const optional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value);

const KINDS = ['necessary', 'preferences', 'analytics', 'advertising', 'other'];

const isCategory = (category: Record<string, unknown>): boolean =>
  isString(category.id) &&
  /^[A-Za-z]/.test(category.id) &&
  KINDS.includes(category.kind as string) &&
  isText(category.title) &&
  optional(category.description, isText) &&
  optional(category.purposes, isTextList) &&
  optional(category.cookies, (cookies) => isList(cookies, (cookie) => isString(cookie.name))) &&
  optional(category.consentMode, (modes) => Array.isArray(modes) && modes.every((mode) => isString(mode, 40)));

/** A link the document may hold: what a policy may (links.ts), at most 2,000 characters. */
const isLink = (url: unknown): boolean => isString(url, 2000) && isAllowedLink(url as string);

const isRefusal = (browser: Record<string, unknown>): boolean =>
  optional(browser.browser, isText) && isTextList(browser.steps) && optional(browser.url, isLink);

/**
 * Whether a value is a well-formed cookie document. Its text is rendered as text, so a shape
 * check is all the notice needs before showing it; its links are refused as a policy's are
 * (a `javascript:` URL makes it invalid), and rendered only when http(s), mailto or tel.
 */
export const isCookieDocument = (value: unknown): value is CookieDocument => {
  const doc = value as Partial<CookieDocument> | null;
  const policy = doc?.policy;
  return (
    doc?.type === COOKIE_DOCUMENT_TYPE &&
    doc.v === 1 &&
    typeof policy === 'object' &&
    policy !== null &&
    isString(policy.id) &&
    isString(policy.version) &&
    isString(policy.hash) &&
    isString(policy.lang, 35) &&
    optional(policy.url, isLink) &&
    optional(policy.baseUrl, isLink) &&
    isList(doc.categories, isCategory) &&
    isList(doc.refusal, isRefusal)
  );
};
