/**
 * The legal bases the law allows for each consent category (PIPA 17(1), 18(2), 22(1)7, 23(1),
 * 24(1), 28-8(1); Network Act 50(1)) and the overseas route cross-checks. A basis other than
 * consent removes the checkbox, so a wrong one would drop a consent the law requires: an error.
 */
import { describe, expect, it } from 'vitest';
import { validatePolicy, type LegalBasis } from '../../src/policy/index.js';
import { checkConsentPolicy } from '../../src/policy/schema-consent.js';
import { checkCookiePolicy } from '../../src/policy/schema-cookies.js';
import { minimalPolicy } from '../fixtures/minimal-policy.js';

type Json = Record<string, unknown>;
const edit = (change: (doc: Json) => void): Json => {
  const doc = structuredClone(minimalPolicy()) as unknown as Json;
  change(doc);
  return doc;
};
const consents = (doc: Json) => doc.consents as Json[];
const sections = (doc: Json) => doc.sections as Json[];

/** The minimal policy with one more consent item. */
const withItem = (item: Json, change: (doc: Json) => void = () => {}): Json =>
  edit((d) => {
    consents(d).push({ id: 'extra', required: false, title: '항목', ...item });
    change(d);
  });

/** An overseas table in its own section. */
const overseasSection = (rows: Json[]): Json => ({
  id: 'overseas',
  title: '국외 이전',
  topics: ['overseas'],
  blocks: [{ type: 'overseas', id: 'overseas-table', rows }],
});
const cloudRow = (route?: string): Json => ({ recipient: 'Cloud Inc.', country: '미국', ...(route ? { route } : {}) });

const ALL_BASES: LegalBasis[] = ['consent', 'contract', 'law', 'public-task', 'vital-interest', 'legitimate-interest'];
const ALLOWED: Record<string, LegalBasis[]> = {
  collection: ALL_BASES,
  'third-party': ['consent', 'law', 'public-task', 'vital-interest', 'legitimate-interest'],
  overseas: ['consent', 'law', 'contract'],
  sensitive: ['consent', 'law'],
  'unique-id': ['consent', 'law'],
  'out-of-purpose': ['consent', 'law', 'vital-interest', 'public-task'],
  marketing: ['consent'],
  'ad-receipt': ['consent'],
};
const ARTICLE: Record<string, string> = {
  'third-party': 'PIPA 17(1)',
  overseas: 'PIPA 28-8(1)',
  sensitive: 'PIPA 23(1)',
  'unique-id': 'PIPA 24(1)',
  'out-of-purpose': 'PIPA 18(2)',
  marketing: 'PIPA 22(1)7',
  'ad-receipt': 'Network Act 50(1)',
};
const cases = Object.entries(ALLOWED).flatMap(([category, allowed]) =>
  ALL_BASES.map((basis) => [category, basis, allowed.includes(basis)] as const),
);

describe('the legal bases each consent category may rest on', () => {
  it.each(cases)('%s on %s: allowed %s', (category, basis, allowed) => {
    // An overseas table keeps the contract route disclosed, so only the basis is under test.
    const doc = withItem({ category, basis }, (d) => sections(d).push(overseasSection([cloudRow()])));
    const issues = validatePolicy(doc).issues;
    if (allowed) {
      expect(issues).toEqual([]);
      return;
    }
    expect(issues).toEqual([expect.objectContaining({ code: 'basis-not-allowed', path: '$.consents[3].basis' })]);
    expect(issues[0]!.detail).toContain(ARTICLE[category]);
    expect(issues[0]!.detail).toContain(`"${basis}"`);
    expect(issues[0]!.message.ko).toContain('처리 근거');
    expect(issues[0]!.message.en).toContain(ARTICLE[category]);
  });

  it('treats a missing basis as consent, which every category allows', () => {
    for (const category of Object.keys(ALLOWED)) expect(validatePolicy(withItem({ category })).issues).toEqual([]);
  });

  it('refuses third-party provision on the contract basis (formerly a lint warning)', () => {
    const doc = edit((d) => (consents(d)[1]!.basis = 'contract'));
    expect(validatePolicy(doc).issues.map((found) => found.code)).toEqual(['basis-not-allowed']);
  });

  it('is checked by the signup form too, which renders the consents', () => {
    const doc = withItem({ category: 'marketing', basis: 'legitimate-interest' });
    expect(checkConsentPolicy(doc).issues).toEqual([
      expect.objectContaining({ code: 'basis-not-allowed', path: '$.consents[3].basis' }),
    ]);
  });

  it('does not trip over consent items the cookie notice leaves unchecked', () => {
    const junk = edit((d) => {
      d.consents = [{ category: '__proto__', basis: 5 }, { category: { a: 1 } }, null, 'x', { category: 'overseas' }];
    });
    expect(() => checkCookiePolicy(junk)).not.toThrow();
    expect(checkCookiePolicy(junk).issues.map((found) => found.code)).not.toContain('basis-not-allowed');
    const wrong = withItem({ category: 'sensitive', basis: 'contract' });
    expect(checkCookiePolicy(wrong).issues.map((found) => found.code)).toEqual(['basis-not-allowed']);
  });
});

describe('overseas transfer on the contract route (PIPA 28-8(1)3)', () => {
  it('needs an overseas table in the policy that discloses it', () => {
    const undisclosed = withItem({ category: 'overseas', basis: 'contract', recipient: 'Cloud Inc.', country: '미국' });
    const issues = validatePolicy(undisclosed).issues;
    expect(issues).toEqual([
      expect.objectContaining({ code: 'overseas-undisclosed', path: '$.consents[3].basis', detail: '"extra"' }),
    ]);
    expect(issues[0]!.message.ko).toContain('제28조의8제1항제3호');
    expect(issues[0]!.message.en).toContain('28-8(1)3');
  });

  it('is satisfied by the table its rows come from, or by any overseas table', () => {
    const fromRows = withItem({ category: 'overseas', basis: 'contract', rowsFrom: 'overseas-table' }, (d) =>
      sections(d).push(overseasSection([cloudRow('contract')])),
    );
    expect(validatePolicy(fromRows).issues).toEqual([]);
    const elsewhere = withItem({ category: 'overseas', basis: 'contract', recipient: 'Cloud Inc.' }, (d) =>
      sections(d).push(overseasSection([cloudRow('contract')])),
    );
    expect(validatePolicy(elsewhere).issues).toEqual([]);
  });

  it('does not ask consent items or law-basis notices for it', () => {
    expect(validatePolicy(withItem({ category: 'overseas', recipient: 'Cloud Inc.' })).issues).toEqual([]);
    expect(validatePolicy(withItem({ category: 'overseas', basis: 'law', recipient: 'Cloud Inc.' })).issues).toEqual(
      [],
    );
  });
});

describe('an overseas row’s route agrees with the consent item that lists it', () => {
  it('refuses a consent item over rows that rest on another route', () => {
    const doc = withItem({ category: 'overseas', rowsFrom: 'overseas-table' }, (d) =>
      sections(d).push(overseasSection([cloudRow('consent'), cloudRow('certification')])),
    );
    const issues = validatePolicy(doc).issues;
    expect(issues).toEqual([
      expect.objectContaining({ code: 'overseas-route', path: '$.sections[6].blocks[0].rows[1].route' }),
    ]);
    expect(issues[0]!.detail).toContain('$.consents[3]');
    expect(issues[0]!.message.en).toContain('route');
  });

  it('refuses a notice (no checkbox) over rows that need consent', () => {
    const doc = withItem({ category: 'overseas', basis: 'contract', rowsFrom: 'overseas-table' }, (d) =>
      sections(d).push(overseasSection([cloudRow('contract'), cloudRow('consent')])),
    );
    expect(validatePolicy(doc).issues).toEqual([
      expect.objectContaining({ code: 'overseas-route', path: '$.sections[6].blocks[0].rows[1].route' }),
    ]);
  });

  it('leaves rows without a route to the lint, and rows no item lists alone', () => {
    const noRoute = withItem({ category: 'overseas', rowsFrom: 'overseas-table' }, (d) =>
      sections(d).push(overseasSection([cloudRow()])),
    );
    expect(validatePolicy(noRoute).issues).toEqual([]);
    const unlisted = edit((d) => sections(d).push(overseasSection([cloudRow('adequacy'), cloudRow('consent')])));
    expect(validatePolicy(unlisted).issues).toEqual([]);
  });
});
