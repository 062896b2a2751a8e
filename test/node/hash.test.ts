import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { canonicalize, contentHash, policyHash } from '../../src/policy/index.js';
import { MAX_DEPTH } from '../../src/policy/issues.js';
import { SEED_NAMES } from '../fixtures/seed-expectations.js';
import { seedJson, seedPolicy } from './seeds.js';

const SEED_HASHES = JSON.parse(
  readFileSync(new URL('../fixtures/seed-hashes.json', import.meta.url), 'utf8'),
) as Record<string, string>;

/** The same value with every object's keys in a different order. */
const shuffleKeys = (value: unknown, seed: number): unknown => {
  if (Array.isArray(value)) return value.map((item, i) => shuffleKeys(item, seed + i));
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  const rotated = entries.map((_, i) => entries[(i + seed) % entries.length]!).reverse();
  return Object.fromEntries(rotated.map(([key, inner]) => [key, shuffleKeys(inner, seed + 1)]));
};

describe('canonicalize (RFC 8785)', () => {
  it('sorts keys by UTF-16 code units and writes no whitespace', () => {
    expect(canonicalize({ b: 1, a: [true, null, 'x'], '€': 0, '\u0080': 1, A: { d: 2, c: 1 } })).toBe(
      '{"A":{"c":1,"d":2},"a":[true,null,"x"],"b":1,"\u0080":1,"€":0}',
    );
  });

  it('writes numbers and strings as ECMAScript does (RFC 8785 §3.2.2)', () => {
    expect(canonicalize([1e21, 1e-7, -0, 0.1, 333333333.3333333, '\u2028', 'é', '"\\'])).toBe(
      '[1e+21,1e-7,0,0.1,333333333.3333333,"\u2028","é","\\"\\\\"]',
    );
  });

  it('skips undefined members and rejects numbers JSON cannot hold', () => {
    expect(canonicalize({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(() => canonicalize({ a: Number.NaN })).toThrow(TypeError);
  });

  it(`refuses nesting deeper than ${MAX_DEPTH} levels, or a cycle, with a TypeError, never a stack overflow`, async () => {
    let deep: unknown = 1;
    for (let i = 0; i < MAX_DEPTH; i++) deep = [deep];
    expect(canonicalize(deep)).toBe(`${'['.repeat(MAX_DEPTH)}1${']'.repeat(MAX_DEPTH)}`);
    expect(() => canonicalize([deep])).toThrow(TypeError);
    const absurd: unknown = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(() => canonicalize(absurd)).toThrow(/nested more than/);
    await expect(contentHash(absurd)).rejects.toThrow(TypeError);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    await expect(policyHash(cyclic)).rejects.toThrow(TypeError);
  });
});

describe('policy content hash', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each(SEED_NAMES)('%s hashes to the recorded value (the browser test checks the same)', async (name) => {
    const hash = await policyHash(seedPolicy(name));
    expect(hash).toBe(SEED_HASHES[name]);
    // An independent digest of the canonical text (node:crypto) agrees.
    const { $schema: _hint, ...content } = seedJson(name);
    expect(hash).toBe(`sha256-${createHash('sha256').update(canonicalize(content)).digest('base64')}`);
  });

  it('is the same for the raw file and the validated document', async () => {
    for (const name of SEED_NAMES) expect(await policyHash(seedJson(name))).toBe(await policyHash(seedPolicy(name)));
  });

  it('ignores $schema but not content', async () => {
    const doc = seedJson('qsolution');
    const base = await policyHash(doc);
    expect(await policyHash({ ...doc, $schema: 'https://example.com/other.json' })).toBe(base);
    expect(await policyHash({ ...doc, version: '2015-02-16' })).not.toBe(base);
  });

  // Fixed seeds and run counts, and timeouts far above the usual run: CI machines are busy.
  it('is stable under key reordering (property)', async () => {
    const docs = SEED_NAMES.map(seedJson);
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), async (d, seed) => {
        const doc = docs[d % docs.length]!;
        return (await policyHash(shuffleKeys(doc, seed) as object)) === (await policyHash(doc));
      }),
      { seed: 20_261_122, numRuns: 25 },
    );
  }, 60_000);

  it('is stable under key reordering of arbitrary JSON (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.nat(), async (value, seed) => {
        return (await contentHash(shuffleKeys(value, seed))) === (await contentHash(value));
      }),
      { seed: 20_261_122, numRuns: 200 },
    );
  }, 60_000);

  it('gives the same hash without WebCrypto (plain-http pages)', async () => {
    const expected = await policyHash(seedPolicy('sellmate'));
    vi.stubGlobal('crypto', {});
    expect(await policyHash(seedPolicy('sellmate'))).toBe(expected);
  });
});
