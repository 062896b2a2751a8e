/**
 * A small schema language for the policy document: shapes are plain data, checked by one
 * interpreter. The same data generates the JSON Schema (scripts/generate-schema.ts), and each
 * shape carries its TypeScript type so the compiler ties it to `types.ts`.
 *
 * Why not a schema library: the elements ship on other people's signup pages with a byte
 * budget, and a general library costs several kilobytes more than this interpreter.
 */
import { formatPath, issue, type CheckIssue, type IssueCode } from './issues.js';

type Key = string | number;

/** A shape whose valid values have type T (T is only for the compiler). */
export type Shape<T = unknown> = Kind & { readonly __type?: T };

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
export type Infer<S> = S extends Shape<infer T> ? T : never;

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

const depth = (found: readonly CheckIssue[]) => Math.max(...found.map((item) => item.path.split(/[.[]/).length));

/** Checks a value against a shape, adding issues (with `$`-rooted paths) to `out`. */
export const check = (shape: Shape, value: unknown, out: CheckIssue[], path: Key[] = []): void => {
  const at = (...keys: Key[]) => formatPath([...path, ...keys]);
  const add = (code: IssueCode, where: string, detail?: string): void => void out.push(issue(code, where, detail));
  const wrong = () => add('type', at(), `${expected(shape)} ← ${describe(value)}`);
  switch (shape.k) {
    case 'unknown':
      return;
    case 'ref':
      return check(shape.get(), value, out, path);
    case 'string':
      if (typeof value !== 'string') return wrong();
      if (value.length < (shape.min ?? 0)) return add('empty', at());
      if (
        value.length > (shape.max ?? Infinity) ||
        (shape.pattern && !shape.pattern.test(value)) ||
        (shape.test && !shape.test(value))
      )
        add(shape.code ?? 'type', at(), JSON.stringify(value));
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrong();
      if ((shape.integer && !Number.isInteger(value)) || value < (shape.min ?? -Infinity))
        add('number.range', at(), String(value));
      return;
    case 'boolean':
      if (typeof value !== 'boolean') wrong();
      return;
    case 'enum':
      if (!shape.values.includes(value as string))
        add(shape.code ?? 'enum', at(), `${describe(value)} (${expected(shape)})`);
      return;
    case 'array':
      if (!Array.isArray(value)) return wrong();
      if (value.length < (shape.min ?? 0)) return add('empty', at());
      value.forEach((item, index) => check(shape.of, item, out, [...path, index]));
      return;
    case 'record':
    case 'object': {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return wrong();
      const entries = Object.entries(value);
      if (shape.k === 'record') {
        if (entries.length < (shape.min ?? 0)) return add('empty', at());
        for (const [key, inner] of entries) {
          check(shape.key, key, out, [...path, key]);
          check(shape.of, inner, out, [...path, key]);
        }
        return;
      }
      for (const [key, inner] of entries)
        if (!(key in shape.fields)) add('unknown-key', at(key), JSON.stringify(key));
        else if (inner !== undefined || !shape.optionalKeys.includes(key))
          check(shape.fields[key]!, inner, out, [...path, key]);
      for (const key of Object.keys(shape.fields))
        if (!(key in value) && !shape.optionalKeys.includes(key)) add('required', at(key), JSON.stringify(key));
      if (shape.test && !out.length && !shape.test(value as Record<string, unknown>)) add('empty', at());
      return;
    }
    case 'variant': {
      const tag = value && typeof value === 'object' ? (value as Record<string, unknown>)[shape.key] : undefined;
      const chosen = typeof tag === 'string' && Object.hasOwn(shape.of, tag) ? shape.of[tag] : shape.fallback;
      if (!value || typeof value !== 'object' || Array.isArray(value)) return wrong();
      if (!chosen) return add('enum', at(shape.key), `${describe(tag)} (${Object.keys(shape.of).join(' | ')})`);
      return check(chosen, value, out, path);
    }
    case 'union': {
      // Report the alternative that got furthest: deepest into the value (it matched the
      // outline and failed inside), or at the same depth, of the right kind but wrong content
      // (an empty string rather than a number). Otherwise say what was expected.
      const own = formatPath(path).split(/[.[]/).length;
      const score = (found: readonly CheckIssue[]) =>
        depth(found) * 2 + (found.some((item) => item.code !== 'type') ? 1 : 0);
      let best: CheckIssue[] | undefined;
      for (const alternative of shape.of) {
        const found: CheckIssue[] = [];
        check(alternative, value, found, path);
        if (!found.length) return;
        if (!best || score(found) > score(best)) best = found;
      }
      if (best && score(best) > own * 2) out.push(...best);
      else wrong();
      return;
    }
  }
};
