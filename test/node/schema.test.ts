import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePolicy } from '../../src/policy/index.js';
import { generateSchema } from '../../scripts/generate-schema.js';
import { minimalPolicy } from '../fixtures/minimal-policy.js';
import { SEED_NAMES } from '../fixtures/seed-expectations.js';
import { seedJson } from './seeds.js';

const committed = readFileSync(new URL('../../schema/policy.schema.json', import.meta.url), 'utf8');

describe('the shipped JSON Schema', () => {
  it('is generated from the runtime schema and up to date (run `npm run schema` if not)', () => {
    expect(committed).toBe(generateSchema());
  });

  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const check = ajv.compile(JSON.parse(committed) as object);

  it.each(SEED_NAMES)('accepts the %s seed, as validatePolicy does', (name) => {
    expect(check(seedJson(name)), JSON.stringify(check.errors?.slice(0, 3))).toBe(true);
  });

  it.each([
    ['a misspelt key', { ...minimalPolicy(), efectiveOn: '2026-01-01' }],
    ['a wrong type', { ...minimalPolicy(), sections: 'none' }],
    ['an unknown block type', { ...minimalPolicy(), sections: [{ id: 'a', title: 'A', blocks: [{ type: 'poem' }] }] }],
    ['a malformed date', { ...minimalPolicy(), effectiveOn: '16.06.2020' }],
  ])('rejects %s, as validatePolicy does', (_name, doc) => {
    expect(check(doc)).toBe(false);
    expect(validatePolicy(doc).valid).toBe(false);
  });
});
