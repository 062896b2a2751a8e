/**
 * The first-party cookie that keeps the visitor's choice: SameSite=Lax, Secure on https,
 * an optional Domain so subdomains share it, and an expiry chosen by the caller.
 */
import { decodeChoice, encodeChoice, type CookieChoice } from '../../consent/cookie-choice.js';

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

export const writeChoice = (choice: CookieChoice, days: number, { name, domain }: CookieOptions): void => {
  const attributes = [
    `${name}=${encodeChoice(choice)}`,
    'Path=/',
    `Max-Age=${Math.round(days * 86_400)}`,
    'SameSite=Lax',
    ...(location.protocol === 'https:' ? ['Secure'] : []),
    ...(domain ? [`Domain=${domain}`] : []),
  ];
  document.cookie = attributes.join('; ');
};

export const clearChoice = ({ name, domain }: CookieOptions): void => {
  document.cookie = [`${name}=`, 'Path=/', 'Max-Age=0', ...(domain ? [`Domain=${domain}`] : [])].join('; ');
};
