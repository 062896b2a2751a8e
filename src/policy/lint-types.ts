/** What the lint modules share: the warning codes, the warning, and the context each rule gets. */
import type { Message } from './issues.js';
import type { PrivacyPolicy, RichText } from './types.js';
import type { PathKey } from './walk.js';

/** Stable lint codes; docs/policy-format.md lists each with the provision it rests on. */
export type LintCode =
  // The document (lint-document.ts)
  | 'topic.missing'
  | 'section.empty'
  | 'date.effective-missing'
  | 'purpose.empty'
  | 'retention.incomplete'
  | 'third-party.incomplete'
  | 'children.minimum-age'
  // What a child is asked about the guardian (lint-guardian.ts)
  | 'children.guardian-items'
  | 'link.unsafe'
  // Consent items (lint-consent.ts)
  | 'consent.notice-missing'
  | 'consent.third-party-notice-missing'
  | 'consent.out-of-purpose-notice-missing'
  | 'consent.contract-basis'
  | 'consent.must-be-optional'
  // Overseas transfer (lint-overseas.ts)
  | 'consent.overseas-incomplete'
  | 'overseas.incomplete'
  | 'overseas.route-missing'
  | 'overseas.consent-missing'
  // Sensitive data and identifiers in any item list (lint-data.ts)
  | 'consent.rrn'
  | 'data.rrn'
  | 'data.sensitive'
  | 'data.unique-id'
  // Retention stated vaguely (lint-retention.ts)
  | 'retention.vague'
  // Consent notices and the policy disagree (lint-match.ts)
  | 'consent.mismatch'
  | 'collection.not-in-consent'
  // The 2023–2025 blocks (lint-blocks.ts)
  | 'domestic-agent.missing'
  | 'domestic-agent.incomplete'
  | 'automated-decisions.incomplete'
  | 'transmission.incomplete'
  | 'behavioural-ads.missing'
  | 'behavioural-ads.incomplete'
  | 'behavioural-ads.tool-incomplete'
  // Dates and previous versions (lint-versions.ts)
  | 'date.mismatch'
  | 'version.media-type'
  | 'version.dates'
  // Public bodies, recipients, figures, nesting (lint-tables.ts)
  | 'public.collection-incomplete'
  | 'third-party.recipients-unnamed'
  | 'figure.alt'
  | 'block.nested';

export interface LintWarning {
  readonly code: LintCode;
  readonly path: string;
  readonly message: Message;
  /** The provision the warning rests on, e.g. `PIPA 30(1)`. */
  readonly ref?: string;
}

export type Warn = (code: LintCode, path: readonly PathKey[], message: Message, ref?: string) => void;

/**
 * Choices where the law is unsettled (korean-law.md marks them [U]); each defaults to the
 * conservative reading.
 */
export interface LintOptions {
  /**
   * Which overseas transfers must state how to refuse and what refusing means (PIPA 28-8(2)5,
   * unconfirmed): `every-route` (default: also transfers on the contract, law, certification or
   * adequacy route) or `consent-route` (only those resting on consent).
   */
  readonly overseasRefusal?: 'every-route' | 'consent-route';
}

/** What every lint rule gets: the document, where to report, and plain text in its language. */
export interface LintContext {
  readonly policy: PrivacyPolicy;
  readonly options: Required<LintOptions>;
  readonly warn: Warn;
  /** Plain text of (rich) text in the document's language. */
  readonly text: (value: RichText | undefined) => string;
}

/** `a, b` in Korean and English. */
export const joinNames = (parts: readonly Message[]): Message => ({
  ko: parts.map((part) => part.ko).join(', '),
  en: parts.map((part) => part.en).join(', '),
});

/** A quoted value kept short in a message: its first 60 characters. */
export const clip = (value: string, max = 60): string => (value.length > max ? `${value.slice(0, max)}…` : value);

/** Values quoted in a message: the first ten, clipped, and how many more there are. */
export const quoteList = (values: readonly string[], shown = 10): { ko: string; en: string } => {
  const list = values
    .slice(0, shown)
    .map((value) => `'${clip(value)}'`)
    .join(', ');
  const more = values.length - shown;
  return more > 0 ? { ko: `${list} 외 ${more}개`, en: `${list} and ${more} more` } : { ko: list, en: list };
};
