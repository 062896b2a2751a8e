/**
 * Fuzzing the policy model with mutated real policies: absurd nesting, huge strings, keys
 * named like Object.prototype members, unicode oddities, very long arrays. Whatever comes in,
 * validatePolicy answers (valid, or invalid with explained codes), lintPolicy and policyHash
 * work on what it accepts, and the work stays proportional to the input: counted, not timed.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintPolicy, policyHash, validatePolicy } from '../../src/policy/index.js';
import { MAX_DEPTH } from '../../src/policy/issues.js';
import { PolicySchema } from '../../src/policy/schema.js';
import { check } from '../../src/policy/shape.js';
import { minimalPolicy } from '../fixtures/minimal-policy.js';
import { SEED_NAMES } from '../fixtures/seed-expectations.js';
import { seedJson } from './seeds.js';

type Key = string | number;
type Node = Record<Key, unknown>;

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'];
const ODDITIES = ['\uD800', '\uDFFF', 'a\u0000b', '\u202Eevil\u202C', '\u200F', '\uFEFF', 'e\u0301', '𝕏', '\u2028'];

// The seeds, and the examples of the richer model (grouped tables, links, figures, nested blocks).
const EXAMPLES = ['example-portal', 'example-public', 'example-travel'];
const docs: unknown[] = [...SEED_NAMES.map(seedJson), ...EXAMPLES.map(seedJson), minimalPolicy()];

/** Every path in a document (containers and leaves), computed once per seed. */
const pathsIn = (value: unknown, path: Key[] = [], into: Key[][] = []): Key[][] => {
  into.push(path);
  if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value))
      pathsIn(inner, [...path, Array.isArray(value) ? Number(key) : key], into);
  return into;
};
const paths = docs.map((doc) => pathsIn(doc));

/** JSON values in a document and how deep it nests, without recursion (it may nest 100 000 deep). */
const measure = (value: unknown): { size: number; depth: number } => {
  let [size, depth] = [0, 0];
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [next, level] = stack.pop()!;
    size++;
    if (!next || typeof next !== 'object') continue;
    depth = Math.max(depth, level + 1);
    for (const inner of Object.values(next)) stack.push([inner, level + 1]);
  }
  return { size, depth };
};

/** The shipped JSON Schema: it must accept whatever validatePolicy accepts (which is stricter). */
const schema = new Ajv2020({ strict: false, logger: false }).compile(
  JSON.parse(readFileSync(new URL('../../schema/policy.schema.json', import.meta.url), 'utf8')) as object,
);

/** Reads of the document while the checker runs, through a Proxy. */
const readsToCheck = (doc: unknown): number => {
  let reads = 0;
  const counted = (value: unknown): unknown =>
    value && typeof value === 'object'
      ? new Proxy(value, {
          get: (target, key, receiver) => (reads++, counted(Reflect.get(target, key, receiver))),
          ownKeys: (target) => (reads++, Reflect.ownKeys(target)),
          getOwnPropertyDescriptor: (target, key) => (reads++, Reflect.getOwnPropertyDescriptor(target, key)),
          has: (target, key) => (reads++, Reflect.has(target, key)),
        })
      : value;
  check(PolicySchema, counted(doc), []);
  return reads;
};

/** As JSON.parse would make it: `__proto__` as an own key, not a prototype. */
const setOwn = (target: Node, key: Key, value: unknown): void =>
  void Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

const nested = (levels: number, open: string, leaf: string, close: string): unknown =>
  JSON.parse(`${open.repeat(levels)}${leaf}${close.repeat(levels)}`);

/** Values that have broken validators, renderers or hashes elsewhere. */
const nasty: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: 60, max: 100_000 }).map((n) => nested(n, '[', '', ']')),
  fc.integer({ min: 60, max: 50_000 }).map((n) => nested(n, '{"a":', '1', '}')),
  fc.integer({ min: 1, max: 40 }).map((n) => nested(n, '{"items":[', '"x"', ']}')),
  fc.constantFrom(...PROTOTYPE_KEYS).map((key) => JSON.parse(`{${JSON.stringify(key)}: {"polluted": true}}`)),
  fc.constant('가'.repeat(300_000)),
  fc.constantFrom(...ODDITIES),
  fc.integer({ min: 1_000, max: 50_000 }).map((n) => Array.from({ length: n }, (_, i) => `항목 ${i}`)),
  fc.integer({ min: 1_000, max: 20_000 }).map((n) => Array.from({ length: n }, () => ({ text: 'x', items: ['y'] }))),
  fc.jsonValue({ maxDepth: 4 }),
);

/** A change to one place of a document. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: nasty }),
  fc.record({
    kind: fc.constant('add-key' as const),
    at: fc.nat(),
    key: fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 12 })),
    value: nasty,
  }),
  fc.record({ kind: fc.constant('append' as const), at: fc.nat(), value: fc.constantFrom(...ODDITIES) }),
  fc.record({
    kind: fc.constant('extension' as const),
    key: fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 12 })),
    value: nasty,
  }),
);

/** A seed with one to three mutations, each at some path of the seed (if still there). */
const mutated = fc
  .tuple(fc.nat({ max: docs.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }))
  .map(([d, changes]) => {
    const doc = structuredClone(docs[d]) as Node;
    for (const change of changes) {
      // Host data is not checked inside, so it is where absurd values get furthest.
      if (change.kind === 'extension') {
        setOwn(doc, 'extensions', {});
        setOwn(doc.extensions as Node, change.key, change.value);
        continue;
      }
      const path = paths[d]![change.at % paths[d]!.length]!;
      let parent: unknown = undefined;
      let target: unknown = doc;
      for (const key of path) [parent, target] = [target, (target as Node | undefined)?.[key]];
      const key = path.at(-1);
      if (change.kind === 'replace' && parent && typeof parent === 'object' && key !== undefined)
        setOwn(parent as Node, key, change.value);
      else if (change.kind === 'add-key' && target && typeof target === 'object' && !Array.isArray(target))
        setOwn(target as Node, change.key, change.value);
      else if (change.kind === 'append' && typeof target === 'string' && parent && key !== undefined)
        setOwn(parent as Node, key, target + change.value);
    }
    return doc;
  });

describe('fuzzing the policy model', () => {
  it('always answers, and hashes and lints what it accepts, with work proportional to the input', async () => {
    let valid = 0;
    let invalid = 0;
    await fc.assert(
      fc.asyncProperty(mutated, async (doc) => {
        const result = validatePolicy(doc);
        if (result.valid) {
          valid++;
          expect(measure(result.policy).depth).toBeLessThanOrEqual(MAX_DEPTH);
          expect(schema(result.policy), JSON.stringify(schema.errors?.slice(0, 2))).toBe(true);
          expect(Array.isArray(lintPolicy(result.policy))).toBe(true);
          expect(await policyHash(result.policy)).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
        } else {
          invalid++;
          expect(result.issues.length).toBeGreaterThan(0);
          for (const found of result.issues) {
            expect(found.path.startsWith('$')).toBe(true);
            expect(found.message.ko.length * found.message.en.length).toBeGreaterThan(0);
          }
        }
        // Bounded by counting: a few reads per JSON value, however the value is built.
        expect(readsToCheck(doc)).toBeLessThan(12 * measure(doc).size + 100);
      }),
      // No shrinking: the inputs are huge, and the first failure says enough.
      { seed: 20_261_122, numRuns: 150, endOnFailure: true },
    );
    // The mutations reach both outcomes (an odd character in a text stays valid).
    expect(valid).toBeGreaterThan(10);
    expect(invalid).toBeGreaterThan(40);
  }, 120_000);

  it('answers each kind of absurd input with its own code', () => {
    const codes = (doc: unknown) => validatePolicy(doc).issues.map((found) => found.code);
    const base = () => structuredClone(minimalPolicy()) as unknown as Node;
    const deep = base();
    deep.extensions = { a: nested(100_000, '[', '', ']') };
    expect(codes(deep)).toEqual(['too-deep']);
    const huge = base();
    huge.id = `1${'x'.repeat(300_000)}`;
    expect(codes(huge)).toEqual(['unbroken-text']);
    huge.id = 'x'.repeat(2000);
    expect(codes(huge)).toEqual([]);
    const long = base();
    long.title = '개인정보 처리방침 '.repeat(30_000);
    expect(codes(long)).toEqual([]);
    const polluted = base();
    setOwn(polluted, '__proto__', { polluted: true });
    expect(codes(polluted)).toEqual(['unknown-key']);
    const odd = base();
    odd.title = ODDITIES.join(' ');
    expect(codes(odd)).toEqual([]);
  });
});
