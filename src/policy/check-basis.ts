/**
 * Which legal bases the law allows for each consent category, and the cross-checks that hold a
 * document to them. A basis other than `consent` turns an item into a notice without a checkbox,
 * so a basis the statute does not allow would silently drop a consent the law requires: these are
 * validation errors, not lint.
 */
import { formatPath, issue, type CheckIssue } from './issues.js';
import type { ConsentCategory, LegalBasis, PrivacyPolicy } from './types.js';

export interface AllowedBases {
  readonly bases: readonly LegalBasis[];
  /** The provision that lists them. */
  readonly ref: string;
}

/**
 * The bases each category may rest on (korean-law.md P52). Collection may use every basis of
 * PIPA 15(1), so it has no entry.
 */
export const ALLOWED_BASES: Readonly<Partial<Record<ConsentCategory, AllowedBases>>> = {
  // 17(1): consent, or provision within the purpose of a collection under 15(1)2·3·5·6·7; never 15(1)4.
  'third-party': {
    bases: ['consent', 'law', 'public-task', 'vital-interest', 'legitimate-interest'],
    ref: 'PIPA 17(1)',
  },
  // 28-8(1): separate consent; a law or treaty; 처리위탁·보관 necessary for the contract and disclosed.
  overseas: { bases: ['consent', 'law', 'contract'], ref: 'PIPA 28-8(1)' },
  // 23(1): separate consent, or a law that requires or permits it.
  sensitive: { bases: ['consent', 'law'], ref: 'PIPA 23(1)' },
  // 24(1): separate consent, or a law that specifically requires or permits it.
  'unique-id': { bases: ['consent', 'law'], ref: 'PIPA 24(1)' },
  // 18(2): consent, a special provision of law, vital interests, a public body's task.
  'out-of-purpose': { bases: ['consent', 'law', 'vital-interest', 'public-task'], ref: 'PIPA 18(2)' },
  marketing: { bases: ['consent'], ref: 'PIPA 22(1)7' },
  'ad-receipt': { bases: ['consent'], ref: 'Network Act 50(1)' },
  // Terms are accepted, never imposed by notice: the customer must be shown them and agree (약관규제법 3).
  terms: { bases: ['consent'], ref: 'Terms Act 3' },
  // 위치정보법 15(1): consent, or an emergency rescue or police request or a special provision of law; 18(1): consent.
  location: { bases: ['consent', 'law'], ref: 'Location Information Act 15(1), 18(1)' },
};

/** The bases allowed for a category, or undefined when every basis is (or the value is not a category). */
export const allowedBases = (category: unknown): AllowedBases | undefined =>
  typeof category === 'string' && Object.hasOwn(ALLOWED_BASES, category)
    ? ALLOWED_BASES[category as ConsentCategory]
    : undefined;

type Path = (string | number)[];
type Row = { readonly route?: unknown };

/**
 * The lawful-basis checks: a basis the statute does not allow for the item's category; an overseas
 * item on the contract route with no overseas table disclosing it; an overseas row whose route
 * disagrees with the consent item that lists it. Reads defensively: an element that renders only
 * part of the document (the cookie notice) leaves consent items and other blocks unchecked.
 */
export const basisIssues = (policy: PrivacyPolicy): CheckIssue[] => {
  const issues: CheckIssue[] = [];
  const overseasBlocks = new Map<string, { rows: readonly Row[]; path: Path }>();
  let anyOverseas = false;
  const blockLists: [readonly unknown[] | undefined, Path][] = [
    [policy.preface, ['preface']],
    ...policy.sections.map((section, s): [readonly unknown[], Path] => [section.blocks, ['sections', s, 'blocks']]),
    [policy.closing, ['closing']],
  ];
  for (const [blocks, path] of blockLists) {
    if (!Array.isArray(blocks)) continue;
    blocks.forEach((block: { type?: unknown; id?: unknown; rows?: unknown }, b) => {
      if (block?.type !== 'overseas' || !Array.isArray(block.rows)) return;
      anyOverseas = true;
      if (typeof block.id === 'string') overseasBlocks.set(block.id, { rows: block.rows as Row[], path: [...path, b] });
    });
  }

  const consents: readonly unknown[] = Array.isArray(policy.consents) ? policy.consents : [];
  consents.forEach((value, i) => {
    if (!value || typeof value !== 'object') return;
    const item = value as { id?: unknown; category?: unknown; basis?: unknown; rowsFrom?: unknown };
    const basis = item.basis ?? 'consent';
    const allowed = allowedBases(item.category);
    if (allowed && typeof basis === 'string' && !(allowed.bases as readonly string[]).includes(basis))
      issues.push(
        issue(
          'basis-not-allowed',
          formatPath(['consents', i, 'basis']),
          `"${basis}" for ${String(item.category)} (${allowed.ref}: ${allowed.bases.join(', ')})`,
        ),
      );
    if (item.category !== 'overseas') return;
    const table = typeof item.rowsFrom === 'string' ? overseasBlocks.get(item.rowsFrom) : undefined;
    if (basis === 'contract' && !table && !anyOverseas)
      issues.push(issue('overseas-undisclosed', formatPath(['consents', i, 'basis']), `"${String(item.id)}"`));
    if (!table || typeof basis !== 'string') return;
    // A consent item asks for consent: its rows rest on the consent route. An item shown as a
    // notice (no checkbox) cannot carry a transfer that needs consent.
    table.rows.forEach((row, r) => {
      const route = row?.route;
      if (typeof route !== 'string' || (basis === 'consent') === (route === 'consent')) return;
      issues.push(
        issue(
          'overseas-route',
          formatPath([...table.path, 'rows', r, 'route']),
          `"${route}", but $.consents[${i}] ("${String(item.id)}") is on basis "${basis}" (PIPA 28-8(1))`,
        ),
      );
    });
  });
  return issues;
};
