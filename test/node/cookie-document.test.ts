import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { buildCookieChoice, cookieCategories } from '../../src/consent/cookie-record.js';
import { isCookieDocument, type CookieDocument } from '../../src/policy/cookie-document.js';
import { cookieDocument } from '../../src/policy/derive-cookie-document.js';
import { policyHash } from '../../src/policy/index.js';
import { cookiePolicy } from '../fixtures/cookie-policy.js';
import { seedJson, seedPath } from './seeds.js';

const cookies = async (...args: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(['cookies', ...args], { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
};

describe('the cookie document', () => {
  it('`privacy-consent cookies` prints it: the categories, refusal steps and the full policy’s identity and hash', async () => {
    const { code, out } = await cookies(seedPath('qsolution'), '--url', 'https://example.com/privacy');
    expect(code).toBe(0);
    const doc = JSON.parse(out) as CookieDocument;
    const policy = seedJson('qsolution') as unknown as Parameters<typeof cookieCategories>[0];
    expect(isCookieDocument(doc)).toBe(true);
    expect(doc.policy).toMatchObject({
      id: policy.id,
      version: policy.version,
      hash: await policyHash(policy),
      url: 'https://example.com/privacy',
    });
    expect(doc.categories).toEqual(cookieCategories(policy));
    expect(doc.refusal.length).toBe(2);
    // The point of it: a page ships this instead of the whole policy.
    expect(out.length).toBeLessThan(JSON.stringify(policy).length / 10);
  });

  it('refuses bad usage: two files, a --url that is not http(s), --url on another command', async () => {
    expect((await cookies(seedPath('qsolution'), seedPath('smartro'))).code).toBe(2);
    expect((await cookies(seedPath('qsolution'), '--url', 'javascript:alert(1)')).code).toBe(2);
    expect(await run(['hash', seedPath('qsolution'), '--url', 'https://example.com'], { out() {}, err() {} })).toBe(2);
  });

  it('binds a choice made from it to the full policy’s hash', async () => {
    const policy = cookiePolicy();
    const hash = await policyHash(policy);
    const { record } = buildCookieChoice({
      document: cookieDocument(policy, hash),
      allowed: { analytics: true },
      locale: 'ko',
      gpc: false,
    });
    expect(record.policy).toEqual({ id: policy.id, version: policy.version, effectiveOn: policy.effectiveOn, hash });
  });

  it('is recognised only when well formed and bounded', async () => {
    const doc = cookieDocument(cookiePolicy(), await policyHash(cookiePolicy()));
    expect(isCookieDocument(doc)).toBe(true);
    expect(isCookieDocument(cookiePolicy()), 'a full policy is not one').toBe(false);
    type Loose = {
      v: number;
      policy: Record<string, unknown>;
      categories: Record<string, unknown>[];
      refusal: unknown[];
    };
    const broken = (change: (copy: Loose) => void) => {
      const copy = structuredClone(doc) as unknown as Loose;
      change(copy);
      return isCookieDocument(copy);
    };
    expect(broken((copy) => (copy.v = 2))).toBe(false);
    expect(broken((copy) => delete copy.policy.hash)).toBe(false);
    expect(broken((copy) => (copy.categories[0]!.kind = 'everything'))).toBe(false);
    expect(broken((copy) => (copy.categories[0]!.id = '__proto__'))).toBe(false);
    expect(broken((copy) => (copy.categories[0]!.title = { ko: 5 }))).toBe(false);
    expect(broken((copy) => (copy.refusal = Array.from({ length: 100 }, () => ({ steps: 'x' }))))).toBe(false);
    expect(isCookieDocument(null)).toBe(false);
  });

  it('refuses the links a policy may not hold, as validation of a policy does', async () => {
    const doc = cookieDocument(cookiePolicy(), await policyHash(cookiePolicy()));
    const withLinks = (url: string) => {
      const copy = structuredClone(doc) as unknown as {
        policy: Record<string, unknown>;
        refusal: Record<string, unknown>[];
      };
      copy.policy.url = url;
      copy.policy.baseUrl = url;
      copy.refusal = [{ steps: '설정에서 쿠키를 차단합니다.', url }];
      return isCookieDocument(copy);
    };
    for (const url of ['https://example.com/privacy', '/privacy#cookies', 'mailto:privacy@example.com'])
      expect(withLinks(url), url).toBe(true);
    for (const url of ['javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x'])
      expect(withLinks(url), url).toBe(false);
    const long = `https://example.com/${'a'.repeat(2000)}`;
    expect(withLinks(long), 'longer than 2,000 characters').toBe(false);
  });
});
