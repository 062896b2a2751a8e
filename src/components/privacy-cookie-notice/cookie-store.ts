/**
 * The first-party cookie that keeps the visitor's choice: SameSite=Lax, Secure on https,
 * an optional Domain so subdomains share it, and an expiry chosen by the caller. Reading it is
 * part of the first load (a returning visitor's choice applies at once); writing it is done by
 * choose.ts, loaded for the first choice.
 */
import { decodeChoice, type CookieChoice } from '../../consent/cookie-choice.js';

export interface CookieOptions {
  readonly name: string;
  /** e.g. `.example.com` to share the choice with every subdomain. */
  readonly domain?: string;
}

export const readChoice = ({ name }: CookieOptions): CookieChoice | undefined => {
  const prefix = `${name}=`;
  const entry = document.cookie.split('; ').find((part) => part.startsWith(prefix));
  return decodeChoice(entry?.slice(prefix.length));
};
