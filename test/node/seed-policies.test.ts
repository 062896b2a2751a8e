import { describe, expect, it } from 'vitest';
import { lintPolicy, validatePolicy } from '../../src/policy/index.js';
import { countPolicy } from '../fixtures/count-policy.js';
import { SEED_EXPECTATIONS, SEED_NAMES } from '../fixtures/seed-expectations.js';
import { seedJson, seedPolicy } from './seeds.js';

describe('the five seed policies', () => {
  for (const name of SEED_NAMES) {
    describe(name, () => {
      const expected = SEED_EXPECTATIONS[name]!;

      it('is a valid policy document', () => {
        const result = validatePolicy(seedJson(name));
        expect(result.issues).toEqual([]);
        expect(result.valid).toBe(true);
      });

      it('has the counts of its source', () => {
        const counts = countPolicy(seedPolicy(name));
        const { lint: _lint, ...wanted } = expected;
        for (const [key, value] of Object.entries(wanted))
          expect(counts[key as keyof typeof counts], key).toEqual(value);
        if (!expected.announcedOn) expect(counts.announcedOn).toBeUndefined();
        if (!expected.effectiveOn) expect(counts.effectiveOn).toBeUndefined();
      });

      it('reports the gaps of its source in lint, and nothing else', () => {
        const codes = [...new Set(lintPolicy(seedPolicy(name)).map((warning) => warning.code))].sort();
        expect(codes).toEqual([...expected.lint].sort());
      });

      it('declares the consent items its signup form shows', () => {
        const policy = seedPolicy(name);
        const ids = policy.consents?.map((item) => item.id) ?? [];
        expect(ids).toContain('collect-required');
        const counts = countPolicy(policy);
        expect(ids.includes('provide-third-party')).toBe(counts.thirdPartyRows > 0);
        const marketingPurpose = policy.consents?.some((item) => item.category === 'marketing');
        expect(ids.includes('ad-receipt')).toBe(Boolean(marketingPurpose));
        for (const item of policy.consents ?? [])
          if (item.category === 'marketing' || item.category === 'ad-receipt') expect(item.required).toBe(false);
      });
    });
  }

  it('keeps the gaps the issue names instead of fixing them', () => {
    const smartro = seedPolicy('smartro');
    const warnings = lintPolicy(smartro);
    expect(warnings.find((w) => w.code === 'purpose.empty')?.message.ko).toContain('결제서비스');
    const gapRow = warnings.find((w) => w.code === 'retention.incomplete');
    expect(gapRow?.message.en).toContain('record, basis');
    expect(seedPolicy('sellmate').effectiveOn).toBeUndefined();
  });
});
