import { describe, expect, it } from 'vitest';
import type { CheckIssue } from '../../src/policy/issues.js';
import {
  array,
  boolean,
  check,
  number,
  object,
  oneOf,
  optional as opt,
  record,
  ref,
  string,
  union,
  unknown,
  variant,
  type Shape,
} from '../../src/policy/shape.js';

/** The issues of one value, as `code path` lines (details apart, they are for messages). */
const issues = (shape: Shape, value: unknown): string[] => {
  const out: CheckIssue[] = [];
  check(shape, value, out);
  return out.map((found) => `${found.code} ${found.path}`);
};
const ok = (shape: Shape, value: unknown) => expect(issues(shape, value)).toEqual([]);

describe('the shape interpreter', () => {
  it('string: type, min, max, pattern and test, with the shape’s code', () => {
    const shape = string({ min: 2, max: 4, pattern: /^[a-z]+$/, test: (value) => value !== 'nope', code: 'format.id' });
    ok(shape, 'abc');
    expect(issues(shape, 5)).toEqual(['type $']);
    expect(issues(shape, 'a')).toEqual(['empty $']);
    expect(issues(shape, 'abcde')).toEqual(['format.id $']);
    expect(issues(shape, 'AB')).toEqual(['format.id $']);
    expect(issues(shape, 'nope')).toEqual(['format.id $']);
    expect(issues(string({ max: 1 }), 'ab')).toEqual(['type $']);
  });

  it('number: finite, integer and minimum', () => {
    const shape = number({ integer: true, min: 1 });
    ok(shape, 3);
    expect(issues(shape, '3')).toEqual(['type $']);
    expect(issues(shape, Number.NaN)).toEqual(['type $']);
    expect(issues(shape, Infinity)).toEqual(['type $']);
    expect(issues(shape, 1.5)).toEqual(['number.range $']);
    expect(issues(shape, 0)).toEqual(['number.range $']);
    ok(number(), -2.5);
  });

  it('boolean and enum', () => {
    ok(boolean(), false);
    expect(issues(boolean(), 'true')).toEqual(['type $']);
    ok(oneOf(['a', 1]), 1);
    expect(issues(oneOf(['a', 1]), 'b')).toEqual(['enum $']);
    expect(issues(oneOf([1], 'schema-version'), 2)).toEqual(['schema-version $']);
  });

  it('array: items checked at their index, minimum length', () => {
    const shape = array(number(), 1);
    ok(shape, [1, 2]);
    expect(issues(shape, [])).toEqual(['empty $']);
    expect(issues(shape, { 0: 1 })).toEqual(['type $']);
    expect(issues(shape, [1, 'x', 3, null])).toEqual(['type $[1]', 'type $[3]']);
  });

  it('record: keys and values checked, minimum size', () => {
    const shape = record(string({ pattern: /^[a-z]{2}$/, code: 'format.locale' }), string({ min: 1 }), 1);
    ok(shape, { ko: '가', en: 'a' });
    expect(issues(shape, {})).toEqual(['empty $']);
    expect(issues(shape, [])).toEqual(['type $']);
    expect(issues(shape, { kor: '가', en: '' })).toEqual(['format.locale $.kor', 'empty $.en']);
  });

  it('object: required and optional keys, unknown keys refused', () => {
    const shape = object({ id: string(), note: opt(string()) });
    ok(shape, { id: 'a' });
    ok(shape, { id: 'a', note: 'b' });
    ok(shape, { id: 'a', note: undefined });
    expect(issues(shape, { note: 'b' })).toEqual(['required $.id']);
    expect(issues(shape, { id: undefined })).toEqual(['type $.id']);
    expect(issues(shape, { id: 'a', nope: 1 })).toEqual(['unknown-key $.nope']);
    expect(issues(shape, { id: 'a', 'a b': 1 })).toEqual(['unknown-key $["a b"]']);
    expect(issues(shape, null)).toEqual(['type $']);
    expect(issues(shape, ['a'])).toEqual(['type $']);
  });

  it('object: its own rule runs whenever the object itself is sound', () => {
    const row = object({ title: opt(string()), text: opt(string()) }, (value) => Boolean(value.title ?? value.text));
    ok(row, { title: 'a' });
    expect(issues(row, {})).toEqual(['empty $']);
    // The rule is the object's: an earlier problem elsewhere in the document must not skip it.
    expect(issues(array(row), [{ title: 5 }, {}])).toEqual(['type $[0].title', 'empty $[1]']);
    expect(issues(object({ a: number(), rows: array(row) }), { a: 'x', rows: [{}] })).toEqual([
      'type $.a',
      'empty $.rows[0]',
    ]);
    // An object that is itself broken is reported for that, not also for the rule.
    expect(issues(row, { title: 5 })).toEqual(['type $.title']);
  });

  it('object: keys named like Object.prototype members are unknown keys', () => {
    const shape = object({ id: string() });
    for (const key of ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'])
      expect(issues(shape, JSON.parse(`{"id": "a", ${JSON.stringify(key)}: {}}`)), key).toEqual([
        `unknown-key $.${key}`,
      ]);
    // A required key is present only as the value's own property, not an inherited one.
    expect(issues(shape, Object.create({ id: 'a' }))).toEqual(['required $.id']);
    // A record refuses `__proto__` too: assigning such a key elsewhere would change a prototype.
    expect(issues(record(string(), number()), JSON.parse('{"a": 1, "__proto__": 2}'))).toEqual([
      'unknown-key $.__proto__',
    ]);
  });

  it('union: the alternative that got furthest, or what was expected', () => {
    const item = object({ label: string(), value: number() });
    const shape = union(string({ min: 1 }), item);
    ok(shape, 'a');
    ok(shape, { label: 'a', value: 1 });
    expect(issues(shape, 5)).toEqual(['type $']);
    expect(issues(shape, '')).toEqual(['empty $']);
    expect(issues(shape, { label: 'a', value: 'x' })).toEqual(['type $.value']);
    expect(issues(shape, { label: 'a' })).toEqual(['required $.value']);
  });

  it('variant: chosen by its key, a fallback for other values, refused without one', () => {
    const a = object({ type: oneOf(['a']), n: number() });
    const b = object({ type: oneOf(['b']), s: string() });
    const strict = variant('type', { a, b });
    ok(strict, { type: 'a', n: 1 });
    ok(strict, { type: 'b', s: 'x' });
    expect(issues(strict, { type: 'a', s: 'x' })).toEqual(['unknown-key $.s', 'required $.n']);
    expect(issues(strict, { type: 'c' })).toEqual(['enum $.type']);
    expect(issues(strict, { type: 'toString' })).toEqual(['enum $.type']);
    expect(issues(strict, 'a')).toEqual(['type $']);
    const loose = variant('type', { a }, record(string(), unknown()));
    ok(loose, { type: 'c', anything: [1] });
    expect(issues(loose, { type: 'a' })).toEqual(['required $.n']);
  });

  it('ref: a named and possibly recursive shape', () => {
    interface Tree {
      name: string;
      children?: Tree[];
    }
    const tree: Shape<Tree> = ref('Tree', () => object({ name: string(), children: opt(array(tree)) }));
    ok(tree, { name: 'a', children: [{ name: 'b', children: [{ name: 'c' }] }] });
    expect(issues(tree, { name: 'a', children: [{ name: 'b', children: [{ name: 1 }] }] })).toEqual([
      'type $.children[0].children[0].name',
    ]);
  });

  it('unknown: anything', () => {
    for (const value of [null, 1, 'x', [], {}, { a: [1] }]) ok(unknown(), value);
  });
});
