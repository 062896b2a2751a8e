import { describe, expect, it } from 'vitest';
import { buildCookieChoice, cookieCategories, optionalCategories } from '../../src/consent/cookie-record.js';
import {
  allows,
  cookieFingerprint,
  decodeChoice,
  encodeChoice,
  expiryDays,
  isCurrent,
} from '../../src/consent/cookie-choice.js';
import { policyHash } from '../../src/policy/index.js';
import { cookieDocument } from '../../src/policy/derive-cookie-document.js';
import { checkRecordAgainstPolicy } from '../../src/server/policy-checks.js';
import { COOKIE_CATEGORIES, cookiePolicy } from '../fixtures/cookie-policy.js';
import { seedPolicy } from './seeds.js';

describe('the cookie choice', () => {
  it('fingerprints substance: categories, kinds, purposes count, cookies, Consent Mode — not wording', () => {
    const base = cookieFingerprint(cookieCategories(cookiePolicy()));
    const edit = (change: (category: (typeof COOKIE_CATEGORIES)[number]) => object) =>
      cookieFingerprint(
        cookieCategories(
          cookiePolicy(COOKIE_CATEGORIES.map((c) => (c.id === 'analytics' ? { ...c, ...change(c) } : c))),
        ),
      );
    expect(edit(() => ({ title: '다른 이름', description: '다른 설명', purposes: ['다른 문구'] }))).toBe(base);
    expect(edit((c) => ({ purposes: [...(c.purposes as string[]), '광고 측정'] }))).not.toBe(base);
    expect(edit(() => ({ kind: 'advertising' }))).not.toBe(base);
    expect(edit(() => ({ cookies: [{ name: '_ga' }, { name: '_gid' }] }))).not.toBe(base);
    expect(edit(() => ({ consentMode: ['analytics_storage', 'ad_storage'] }))).not.toBe(base);
    expect(cookieFingerprint(cookieCategories(cookiePolicy([...COOKIE_CATEGORIES].reverse())))).toBe(base);
  });

  it('round-trips through the cookie value and rejects anything malformed', async () => {
    const { choice } = buildCookieChoice({
      document: cookieDocument(cookiePolicy(), await policyHash(cookiePolicy())),
      allowed: { analytics: true, unknown: true },
      locale: 'ko',
      gpc: false,
    });
    expect(choice.c).toEqual({ analytics: true, advertising: false });
    expect(decodeChoice(encodeChoice(choice))).toEqual(choice);
    for (const bad of [undefined, '', 'not-json', encodeURIComponent('{"v":2}'), encodeURIComponent('[]')])
      expect(decodeChoice(bad)).toBeUndefined();
    expect(isCurrent(choice, cookieCategories(cookiePolicy()))).toBe(true);
    expect(isCurrent(choice, cookieCategories(cookiePolicy(COOKIE_CATEGORIES.slice(0, 2))))).toBe(false);
  });

  it('treats a tampered, mistyped or oversized cookie as no choice', async () => {
    const hash = await policyHash(cookiePolicy());
    const { choice } = buildCookieChoice({
      document: cookieDocument(cookiePolicy(), hash),
      allowed: {},
      locale: 'ko',
      gpc: false,
    });
    const tampered = (change: Record<string, unknown>) => encodeURIComponent(JSON.stringify({ ...choice, ...change }));
    for (const bad of [
      tampered({ c: { analytics: 'false' } }),
      tampered({ c: { analytics: 1 } }),
      tampered({ c: ['analytics'] }),
      tampered({ c: null }),
      tampered({ f: 42 }),
      tampered({ d: 'yesterday' }),
      tampered({ r: '' }),
      tampered({ c: Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`c${i}`, true])) }),
      tampered({ r: 'x'.repeat(5000) }),
      'x'.repeat(5000),
    ])
      expect(decodeChoice(bad), bad.slice(0, 80)).toBeUndefined();
  });

  it('allows a category only on its own true: nothing inherited, nothing merely truthy', async () => {
    const hash = await policyHash(cookiePolicy());
    const { choice } = buildCookieChoice({
      document: cookieDocument(cookiePolicy(), hash),
      allowed: { analytics: true },
      locale: 'ko',
      gpc: false,
    });
    const stored = decodeChoice(encodeChoice(choice))!;
    expect(allows(stored, 'analytics')).toBe(true);
    expect(allows(stored, 'advertising')).toBe(false);
    for (const inherited of ['toString', 'constructor', '__proto__', 'hasOwnProperty'])
      expect(allows(stored, inherited), inherited).toBe(false);
    const withProto = decodeChoice(
      encodeURIComponent(JSON.stringify(choice).replace('"c":{', '"c":{"__proto__":true,')),
    );
    expect(withProto, 'a key that is no category id voids the cookie').toBeUndefined();
  });

  it('keeps a refusal for less time than an acceptance', async () => {
    const hash = await policyHash(cookiePolicy());
    const make = (allowed: Record<string, boolean>) =>
      buildCookieChoice({ document: cookieDocument(cookiePolicy(), hash), allowed, locale: 'ko', gpc: false }).choice;
    expect(expiryDays(make({ analytics: true }), 365, 180)).toBe(365);
    expect(expiryDays(make({}), 365, 180)).toBe(180);
  });

  it('records every optional category (refusals too) and shows necessary ones as notices', async () => {
    const policy = cookiePolicy();
    const hash = await policyHash(policy);
    const { record } = buildCookieChoice({
      document: cookieDocument(policy, hash),
      allowed: { advertising: true },
      locale: 'en',
      gpc: true,
    });
    expect(record).toMatchObject({
      method: 'cookie_notice',
      gpc: true,
      locale: 'en',
      policy: { id: 'cookie-example', hash },
    });
    expect(record.items.map((item) => [item.id, item.granted])).toEqual([
      ['analytics', false],
      ['advertising', true],
    ]);
    expect(record.notices).toEqual([{ id: 'necessary', basis: 'legitimate-interest' }]);
    // The reference receiver accepts it against the same document.
    expect(() => checkRecordAgainstPolicy(record, { policy, hash })).not.toThrow();
    expect(() => checkRecordAgainstPolicy({ ...record, items: record.items.slice(1) }, { policy, hash })).toThrow(
      /missing/,
    );
  });

  it('works for a seed that states no cookie categories (nothing optional, nothing to record but the notice)', async () => {
    const policy = seedPolicy('smartro');
    expect(optionalCategories(policy)).toEqual([]);
    const { record } = buildCookieChoice({
      document: cookieDocument(policy, await policyHash(policy)),
      allowed: {},
      locale: 'ko',
      gpc: false,
    });
    expect(record.items).toEqual([]);
  });
});
