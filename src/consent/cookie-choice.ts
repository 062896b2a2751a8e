/**
 * The cookie choice: what a visitor allowed, stored in a first-party cookie with the
 * fingerprint of the cookie rules it answered, so the notice comes back when those rules
 * change in substance (a category or purpose added, removed or repurposed) but not for a
 * wording fix. Pure: reading and writing `document.cookie` is the element's job.
 */
import type { CookieCategory } from '../policy/types.js';

/** A stored choice. Short keys: it travels in a cookie on every request. */
export interface CookieChoice {
  readonly v: 1;
  /** Fingerprint of the cookie rules answered. */
  readonly f: string;
  /** Optional category id → allowed. */
  readonly c: Readonly<Record<string, boolean>>;
  /** When it was made (ISO date-time). */
  readonly d: string;
  /** The consent record sent for it. */
  readonly r: string;
  /** The Google Consent Mode types it grants, space-separated: what the head script reads. */
  readonly g?: string;
}

/** FNV-1a: a short, stable fingerprint (not a security hash; it only detects change). */
const fnv1a = (text: string): string => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
};

/**
 * What is substantive: which categories exist, what kind each is, how many purposes it
 * has, which cookies it sets and which Consent Mode signals it drives. Titles, descriptions
 * and the wording of purposes are not: fixing a typo does not ask everyone again.
 */
export const cookieFingerprint = (categories: readonly CookieCategory[]): string =>
  fnv1a(
    JSON.stringify(
      categories
        .map((category) => [
          category.id,
          category.kind,
          Array.isArray(category.purposes) ? category.purposes.length : category.purposes ? 1 : 0,
          (category.cookies ?? []).map((cookie) => cookie.name).sort(),
          [...(category.consentMode ?? [])].sort(),
        ])
        .sort(),
    ),
  );

// A real choice is a few hundred bytes; browsers cap a cookie near 4 kB anyway.
const MAX_ENCODED = 4096;
const MAX_CATEGORIES = 64;

/** Category id → allowed, with own keys only and real booleans (a `"false"` string is not consent). */
const isFlags = (value: unknown): value is Record<string, boolean> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length <= MAX_CATEGORIES &&
    // Policy ids start with a letter, so `__proto__` and friends are never categories.
    entries.every(([id, allowed]) => /^[A-Za-z]/.test(id) && id.length <= 128 && typeof allowed === 'boolean')
  );
};

const isShortString = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= max;

/**
 * Reads a stored choice. Anything malformed, tampered with or oversized counts as no choice,
 * so the notice asks again rather than trusting it.
 */
export const decodeChoice = (value: string | undefined): CookieChoice | undefined => {
  if (!value || value.length > MAX_ENCODED) return undefined;
  try {
    const choice = JSON.parse(decodeURIComponent(value)) as Partial<CookieChoice> | null;
    const valid =
      choice?.v === 1 &&
      isShortString(choice.f, 32) &&
      isFlags(choice.c) &&
      isShortString(choice.d, 40) &&
      !Number.isNaN(Date.parse(choice.d)) &&
      isShortString(choice.r, 64) &&
      (choice.g === undefined || (typeof choice.g === 'string' && /^[a-z_ ]{0,200}$/.test(choice.g)));
    return valid
      ? { v: 1, f: choice.f!, c: { ...choice.c! }, d: choice.d!, r: choice.r!, ...(choice.g ? { g: choice.g } : {}) }
      : undefined;
  } catch {
    return undefined;
  }
};

/** Whether a choice allows an optional category: its own `true`, nothing inherited or truthy. */
export const allows = (choice: CookieChoice, category: string): boolean =>
  Object.hasOwn(choice.c, category) && choice.c[category] === true;

export const encodeChoice = (choice: CookieChoice): string => encodeURIComponent(JSON.stringify(choice));

/** Whether a stored choice still answers these cookie rules (a policy's categories). */
export const isCurrent = (
  choice: CookieChoice | undefined,
  categories: readonly CookieCategory[],
): choice is CookieChoice => choice !== undefined && choice.f === cookieFingerprint(categories);

/** Days a choice is kept: shorter after a refusal, so people are asked again sooner. */
export const expiryDays = (choice: CookieChoice, accepted: number, rejected: number): number =>
  Object.values(choice.c).some(Boolean) ? accepted : rejected;
