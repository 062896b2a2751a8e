/**
 * A small schema language for the policy document: shapes are plain data, checked by one
 * interpreter. The same data generates the JSON Schema (scripts/generate-schema.ts), and each
 * shape carries its TypeScript type so the compiler ties it to `types.ts`.
 *
 * Why not a schema library: the elements ship on other people's signup pages with a byte
 * budget, and a general library costs several kilobytes more than this interpreter.
 */
import { formatPath, issue, MAX_DEPTH, MAX_UNBROKEN, type CheckIssue, type IssueCode } from './issues.js';

type Key = string | number;

declare const _optionalKey: unique symbol;

/**
 * T with every key required and the optional ones marked, all the way down. Two types whose
 * reveals are assignable both ways have the same keys, equally optional, with the same value
 * types. Plain assignability is not enough: it lets an optional key be missing and an extra
 * key be present.
 */
type Reveal<T> = T extends readonly (infer E)[]
  ? readonly Reveal<E>[]
  : T extends object
    ? {
        -readonly [K in keyof T]-?:
          Reveal<Exclude<T[K], undefined>> | (Pick<T, K> extends Required<Pick<T, K>> ? never : typeof _optionalKey);
      }
    : T;

/**
 * A shape whose valid values have type T (T is only for the compiler). `Shape<A>` is
 * assignable to `Shape<B>` only when A and B reveal the same (see {@link Reveal}), so
 * annotating a shape with its hand-written type (`const S: Shape<T.Span> = object(…)`) fails
 * to compile when either side has a key the other lacks. `Shape` alone is any shape.
 */
export type Shape<T = unknown> = Kind & {
  readonly __type?: T;
  readonly __exact?: unknown extends T ? unknown : (value: Reveal<T>) => Reveal<T>;
};

type Kind =
  | {
      readonly k: 'string';
      readonly min?: number;
      readonly max?: number;
      readonly pattern?: RegExp;
      readonly test?: (value: string) => boolean;
      readonly code?: IssueCode;
    }
  | { readonly k: 'number'; readonly integer?: boolean; readonly min?: number }
  | { readonly k: 'boolean' }
  | { readonly k: 'enum'; readonly values: readonly (string | number)[]; readonly code?: IssueCode }
  | { readonly k: 'array'; readonly of: Shape; readonly min?: number }
  | { readonly k: 'record'; readonly key: Shape; readonly of: Shape; readonly min?: number }
  | {
      readonly k: 'object';
      readonly fields: Readonly<Record<string, Shape>>;
      readonly optionalKeys: readonly string[];
      /** Extra rule on the whole object; fails with code `empty`. */
      readonly test?: (value: Record<string, unknown>) => boolean;
    }
  | { readonly k: 'union'; readonly of: readonly Shape[] }
  /** Chosen by the value's `key` field; other values go to `fallback`, or are refused. */
  | {
      readonly k: 'variant';
      readonly key: string;
      readonly of: Readonly<Record<string, Shape>>;
      readonly fallback?: Shape;
    }
  | { readonly k: 'ref'; readonly name: string; readonly get: () => Shape }
  | { readonly k: 'unknown' };

/** The type a shape accepts. */
export type Infer<S> = S extends { readonly __type?: infer T } ? T : never;

type Optional<T> = Shape<T> & { readonly optional: true };
type Fields = Record<string, Shape>;
type OptionalKeys<F extends Fields> = { [K in keyof F]: F[K] extends { optional: true } ? K : never }[keyof F];
type ObjectOf<F extends Fields> = { [K in Exclude<keyof F, OptionalKeys<F>>]: Infer<F[K]> } & {
  [K in OptionalKeys<F>]?: Infer<F[K]>;
};

// ─── Constructors ─────────────────────────────────────────────────────────────

export const string = (
  rules: { min?: number; max?: number; pattern?: RegExp; test?: (value: string) => boolean; code?: IssueCode } = {},
): Shape<string> => ({
  k: 'string',
  ...rules,
});
export const number = (rules: { integer?: boolean; min?: number } = {}): Shape<number> => ({ k: 'number', ...rules });
export const boolean = (): Shape<boolean> => ({ k: 'boolean' });
export const oneOf = <const V extends readonly (string | number)[]>(values: V, code?: IssueCode): Shape<V[number]> => ({
  k: 'enum',
  values,
  ...(code ? { code } : {}),
});
export const array = <T>(of: Shape<T>, min?: number): Shape<T[]> => ({ k: 'array', of, ...(min ? { min } : {}) });
export const record = <T>(key: Shape<string>, of: Shape<T>, min?: number): Shape<Record<string, T>> => ({
  k: 'record',
  key,
  of,
  ...(min ? { min } : {}),
});
export const optional = <T>(shape: Shape<T>): Optional<T | undefined> =>
  ({ ...shape, optional: true }) as Optional<T | undefined>;
export const object = <F extends Fields>(
  fields: F,
  test?: (value: Record<string, unknown>) => boolean,
): Shape<ObjectOf<F>> => ({
  k: 'object',
  fields,
  optionalKeys: Object.keys(fields).filter((key) => (fields[key] as { optional?: boolean }).optional),
  ...(test ? { test } : {}),
});
export const union = <S extends readonly Shape[]>(...of: S): Shape<Infer<S[number]>> => ({ k: 'union', of });
export const variant = <S extends Record<string, Shape>>(
  key: string,
  of: S,
  fallback?: Shape,
): Shape<Infer<S[keyof S]>> => ({
  k: 'variant',
  key,
  of,
  ...(fallback ? { fallback } : {}),
});
/** A named shape: a JSON Schema definition, and the way to write a recursive shape. */
export const ref = <T>(name: string, get: () => Shape<T>): Shape<T> => ({ k: 'ref', name, get });
export const unknown = (): Shape<unknown> => ({ k: 'unknown' });

// ─── Checking ─────────────────────────────────────────────────────────────────

/**
 * A path from the leaf up. Extending it is O(1) and it is spelled out only for a reported
 * issue: copying key arrays per level made deep documents quadratic to check.
 */
interface Path {
  readonly parent: Path | undefined;
  readonly key: Key;
  /** Keys from the root. */
  readonly depth: number;
}

const step = (parent: Path | undefined, key: Key): Path => ({ parent, key, depth: (parent?.depth ?? 0) + 1 });

const spell = (at: Path | undefined): string => {
  const keys: Key[] = [];
  for (let node = at; node; node = node.parent) keys.push(node.key);
  return formatPath(keys.reverse());
};

interface Found {
  readonly code: IssueCode;
  readonly at: Path | undefined;
  readonly detail: string;
}

/**
 * The issues under one value, as a tree of chunks: a union adopts its best alternative's
 * issues in O(1) instead of copying them at every level. `deepest` and `content` say how far
 * an alternative got without rescanning its issues.
 */
interface Sink {
  readonly items: (Found | Sink)[];
  count: number;
  deepest: number;
  /** Some issue is more than a wrong type (the value had the right kind, wrong content). */
  content: boolean;
}

const sink = (): Sink => ({ items: [], count: 0, deepest: -1, content: false });

const adopt = (into: Sink, item: Found | Sink): void => {
  into.items.push(item);
  if ('items' in item) {
    into.count += item.count;
    into.deepest = Math.max(into.deepest, item.deepest);
    into.content ||= item.content;
  } else {
    into.count += 1;
    into.deepest = Math.max(into.deepest, item.at?.depth ?? 0);
    into.content ||= item.code !== 'type';
  }
};

/** The issues in document order (iterative: the chunk tree is as deep as the unions nest). */
const flatten = (root: Sink, out: CheckIssue[]): void => {
  const stack: (Found | Sink)[] = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if ('items' in item) for (let i = item.items.length - 1; i >= 0; i--) stack.push(item.items[i]!);
    else out.push(issue(item.code, spell(item.at), item.detail));
  }
};

const describe = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : typeof value === 'string'
        ? JSON.stringify(value.slice(0, 40))
        : typeof value === 'object'
          ? 'object'
          : String(value);

/** What a shape expects, for messages. */
const expected = (shape: Shape): string =>
  shape.k === 'ref'
    ? shape.name
    : shape.k === 'union'
      ? shape.of.map(expected).join(' | ')
      : shape.k === 'enum'
        ? shape.values.map((value) => JSON.stringify(value)).join(' | ')
        : shape.k === 'record'
          ? 'object'
          : shape.k;

const isObject = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value);

// Top-level helpers, not closures per call: visit runs once per value and alternative.
const add = (out: Sink, code: IssueCode, at: Path | undefined, detail = ''): void => adopt(out, { code, at, detail });
const wrong = (out: Sink, shape: Shape, value: unknown, at: Path | undefined): void =>
  add(out, 'type', at, `${expected(shape)} ← ${describe(value)}`);

/** How far a union alternative got: see the `union` case. */
const score = (found: Sink): number => found.deepest * 2 + (found.content ? 1 : 0);

const visit = (shape: Shape, value: unknown, out: Sink, path: Path | undefined): void => {
  switch (shape.k) {
    case 'unknown':
      return;
    case 'ref':
      return visit(shape.get(), value, out, path);
    case 'string':
      if (typeof value !== 'string') return wrong(out, shape, value, path);
      if (value.length < (shape.min ?? 0)) return add(out, 'empty', path);
      if (
        value.length > (shape.max ?? Infinity) ||
        (shape.pattern && !shape.pattern.test(value)) ||
        (shape.test && !shape.test(value))
      )
        add(out, shape.code ?? 'type', path, JSON.stringify(value));
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrong(out, shape, value, path);
      if ((shape.integer && !Number.isInteger(value)) || value < (shape.min ?? -Infinity))
        add(out, 'number.range', path, String(value));
      return;
    case 'boolean':
      if (typeof value !== 'boolean') wrong(out, shape, value, path);
      return;
    case 'enum':
      if (!shape.values.includes(value as string))
        add(out, shape.code ?? 'enum', path, `${describe(value)} (${expected(shape)})`);
      return;
    case 'array':
      if (!Array.isArray(value)) return wrong(out, shape, value, path);
      if (value.length < (shape.min ?? 0)) return add(out, 'empty', path);
      value.forEach((item, index) => visit(shape.of, item, out, step(path, index)));
      return;
    case 'record':
    case 'object': {
      if (!isObject(value)) return wrong(out, shape, value, path);
      const entries = Object.entries(value);
      if (shape.k === 'record') {
        if (entries.length < (shape.min ?? 0)) return add(out, 'empty', path);
        for (const [key, inner] of entries) {
          // JSON.parse makes `__proto__` an own key; a host merging it by assignment would
          // change an object's prototype, so no key of ours may be called that.
          if (key === '__proto__') add(out, 'unknown-key', step(path, key), JSON.stringify(key));
          else visit(shape.key, key, out, step(path, key));
          visit(shape.of, inner, out, step(path, key));
        }
        return;
      }
      const before = out.count;
      // Own properties only: `key in fields` took `toString` or `__proto__` for a field.
      for (const [key, inner] of entries)
        if (!Object.hasOwn(shape.fields, key)) add(out, 'unknown-key', step(path, key), JSON.stringify(key));
        else if (inner !== undefined || !shape.optionalKeys.includes(key))
          visit(shape.fields[key]!, inner, out, step(path, key));
      for (const key of Object.keys(shape.fields))
        if (!Object.hasOwn(value, key) && !shape.optionalKeys.includes(key))
          add(out, 'required', step(path, key), JSON.stringify(key));
      // The rule needs this object sound; problems elsewhere in the document do not matter.
      if (shape.test && out.count === before && !shape.test(value)) add(out, 'empty', path);
      return;
    }
    case 'variant': {
      if (!isObject(value)) return wrong(out, shape, value, path);
      const tag = value[shape.key];
      const chosen = typeof tag === 'string' && Object.hasOwn(shape.of, tag) ? shape.of[tag] : shape.fallback;
      if (!chosen)
        return add(out, 'enum', step(path, shape.key), `${describe(tag)} (${Object.keys(shape.of).join(' | ')})`);
      return visit(chosen, value, out, path);
    }
    case 'union': {
      // Report the alternative that got furthest: deepest into the value (it matched the
      // outline and failed inside), or at the same depth, of the right kind but wrong content
      // (an empty string rather than a number). Otherwise say what was expected.
      const own = path?.depth ?? 0;
      let best: Sink | undefined;
      for (const alternative of shape.of) {
        const found = sink();
        visit(alternative, value, found, path);
        if (!found.count) return;
        if (!best || score(found) > score(best)) best = found;
      }
      if (best && score(best) > own * 2) adopt(out, best);
      else wrong(out, shape, value, path);
      return;
    }
  }
};

// Whitespace as the line breaker sees it: spaces, tabs, line breaks, and the Unicode spaces.
const isSpace = (code: number): boolean =>
  code === 0x20 ||
  (code >= 0x09 && code <= 0x0d) ||
  code === 0xa0 ||
  code === 0x3000 ||
  (code >= 0x2000 && code <= 0x200b);

/** Whether a string has more than {@link MAX_UNBROKEN} characters in a row without whitespace. */
const hasUnbrokenRun = (text: string): boolean => {
  if (text.length <= MAX_UNBROKEN) return false;
  let run = 0;
  for (let index = 0; index < text.length; index++) {
    run = isSpace(text.charCodeAt(index)) ? 0 : run + 1;
    if (run > MAX_UNBROKEN) return true;
  }
  return false;
};

/**
 * Where a value nests more than {@link MAX_DEPTH} arrays and objects deep (`too-deep`), or holds
 * a string with more than {@link MAX_UNBROKEN} characters without whitespace (`unbroken-text`),
 * or undefined. Iterative, so it measures any input (JSON.parse builds 100 000 nested arrays
 * without complaint) before the recursive check runs; a cycle counts as too deep.
 */
const outOfBounds = (value: unknown): { code: 'too-deep' | 'unbroken-text'; at: Path | undefined } | undefined => {
  const stack: [unknown, Path | undefined][] = [[value, undefined]];
  while (stack.length) {
    const [node, at] = stack.pop()!;
    if (typeof node === 'string' && hasUnbrokenRun(node)) return { code: 'unbroken-text', at };
    if (!node || typeof node !== 'object') continue;
    if ((at?.depth ?? 0) >= MAX_DEPTH) return { code: 'too-deep', at };
    for (const [key, inner] of Object.entries(node))
      if (inner && (typeof inner === 'object' || typeof inner === 'string'))
        stack.push([inner, step(at, Array.isArray(node) ? Number(key) : key)]);
  }
  return undefined;
};

/**
 * Checks a value against a shape, adding issues (with `$`-rooted paths) to `out`. A value
 * nested deeper than {@link MAX_DEPTH} gets one `too-deep` issue, and one holding a string with a
 * run longer than {@link MAX_UNBROKEN} one `unbroken-text` issue; such a value is not checked further.
 * Work grows linearly with the size of the value, as long as at most one alternative of a
 * union descends into it (true of every shape here: the others fail at its outline).
 */
export const check = (shape: Shape, value: unknown, out: CheckIssue[]): void => {
  const bound = outOfBounds(value);
  if (bound)
    return void out.push(
      issue(bound.code, spell(bound.at), String(bound.code === 'too-deep' ? MAX_DEPTH : MAX_UNBROKEN)),
    );
  const found = sink();
  visit(shape, value, found, undefined);
  flatten(found, out);
};
