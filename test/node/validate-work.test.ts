/**
 * Validation work grows linearly with the document. Counted, never timed (CI is a busy
 * 2-core machine): reads of the document through a Proxy, and path keys spelled out by
 * formatPath, which the checker must do only for issues it reports.
 */
import { describe, expect, it, vi } from 'vitest';
import type * as Issues from '../../src/policy/issues.js';
import type { CheckIssue } from '../../src/policy/issues.js';
import { PolicySchema } from '../../src/policy/schema.js';
import { check } from '../../src/policy/shape.js';
import { minimalPolicy } from '../fixtures/minimal-policy.js';

const work = vi.hoisted(() => ({ reads: 0, formatted: 0, keys: 0 }));

vi.mock('../../src/policy/issues.js', async (importOriginal) => {
  const actual = await importOriginal<typeof Issues>();
  return {
    ...actual,
    formatPath: (keys: readonly (string | number)[]) => {
      work.formatted += 1;
      work.keys += keys.length;
      return actual.formatPath(keys);
    },
  };
});

/** The value behind a Proxy that counts every read of a key, a key list or a property. */
const counted = (value: unknown): unknown =>
  value && typeof value === 'object'
    ? new Proxy(value, {
        get: (target, key, receiver) => (work.reads++, counted(Reflect.get(target, key, receiver))),
        ownKeys: (target) => (work.reads++, Reflect.ownKeys(target)),
        getOwnPropertyDescriptor: (target, key) => (work.reads++, Reflect.getOwnPropertyDescriptor(target, key)),
        has: (target, key) => (work.reads++, Reflect.has(target, key)),
      })
    : value;

/** Checks a document and returns the work done and the issues. */
const measure = (doc: unknown) => {
  Object.assign(work, { reads: 0, formatted: 0, keys: 0 });
  const out: CheckIssue[] = [];
  check(PolicySchema, counted(doc), out);
  return { ...work, issues: out };
};

/** The minimal policy with one more block. */
const withBlock = (block: unknown): unknown => {
  const doc = structuredClone(minimalPolicy()) as unknown as { sections: { blocks: unknown[] }[] };
  doc.sections[0]!.blocks.push(block);
  return doc;
};

/** A list nested `levels` deep (2 levels of JSON each), with `leaf` at the bottom. */
const nestedList = (levels: number, leaf: unknown, label?: unknown) => {
  let item = leaf;
  for (let i = 0; i < levels; i++) item = { ...(label === undefined ? {} : { label }), items: [item] };
  return withBlock({ type: 'list', items: [item] });
};

/** A list of `count` items, each a span array and a nested list. */
const wideList = (count: number, leaf: unknown) =>
  withBlock({
    type: 'list',
    items: Array.from({ length: count }, () => ({
      text: ['a', { text: 'b', href: 'https://a.example' }],
      items: [leaf],
    })),
  });

/** How many JSON values a document holds. */
const size = (value: unknown): number =>
  1 +
  (value && typeof value === 'object' ? Object.values(value).reduce<number>((sum, inner) => sum + size(inner), 0) : 0);

const base = measure(withBlock({ type: 'paragraph', text: 'x' })).reads;

describe('validation work', () => {
  it.each<[string, (n: number) => unknown, number]>([
    ['a valid nested list', (n) => nestedList(n, 'x'), 7],
    ['a nested list with one bad leaf', (n) => nestedList(n, 5), 7],
    ['a nested list wrong at every level', (n) => nestedList(n, 5, 5), 7],
    ['a valid wide list', (n) => wideList(n, 'x'), 50],
    ['a wide list with a bad leaf in every item', (n) => wideList(n, 5), 50],
  ])('grows linearly for %s', (_name, make, n) => {
    const [small, large] = [make(n), make(4 * n)];
    const [a, b] = [measure(small), measure(large)];
    // Four times the content takes about four times the reads; quadratic would be about 16.
    expect((b.reads - base) / (a.reads - base)).toBeLessThan(5);
    // A few reads per JSON value, whatever the shape of the document.
    expect(b.reads).toBeLessThan(12 * size(large));
    // Paths are spelled out only for the issues reported, never per level or per alternative.
    expect(a.formatted).toBe(a.issues.length);
    expect(b.formatted).toBe(b.issues.length);
  });

  it('spells out no path at all for a valid document', () => {
    const { formatted, issues } = measure(nestedList(28, 'x'));
    expect(issues).toEqual([]);
    expect(formatted).toBe(0);
  });
});
