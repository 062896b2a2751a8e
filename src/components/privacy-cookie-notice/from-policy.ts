/**
 * The notice given a full policy instead of a cookie document (or given something broken):
 * checks the parts it renders, hashes the whole policy and derives the cookie document, and
 * turns failures into {@link PolicyLoadError}s. Loaded only on those paths.
 */
import { parseAndCheck } from '../../policy/check.js';
import type { CookieDocument } from '../../policy/cookie-document.js';
import { cookieDocument } from '../../policy/derive-cookie-document.js';
import { accept, PolicyLoadError } from '../../policy/load-core.js';
import { checkCookiePolicy } from '../../policy/schema-cookies.js';
import type { PrivacyPolicy } from '../../policy/types.js';
import { hashOf } from '../shared/events.js';

export const acceptPolicy = async (json: unknown): Promise<{ cookies: CookieDocument; policy: PrivacyPolicy }> => {
  const { policy } = accept(checkCookiePolicy(json), 'property');
  return { cookies: cookieDocument(policy, await hashOf(policy)), policy };
};

/** Text that is not JSON: rejects with the parser's `not-json` error. */
export const parseFailure = (text: string): never => {
  accept(parseAndCheck(text, checkCookiePolicy), 'inline');
  throw new PolicyLoadError('not-json', '');
};

export const httpError = (response: Response, url: string): PolicyLoadError =>
  new PolicyLoadError('http', `${response.status}`, { url, status: response.status });
