/**
 * Type-level tests, checked by `tsc --noEmit -p .` (not run by vitest): a shape annotated with
 * its hand-written type must have exactly that type's keys. Each `@ts-expect-error` line must
 * fail to compile; if one compiled, tsc would report the directive as unused.
 */
import type { ConsentRecord } from '../../src/consent/record.js';
import { DataItemsSchema, TextSchema } from '../../src/policy/schema.js';
import { array, boolean, number, object, optional as opt, string, type Shape } from '../../src/policy/shape.js';
import type { ChildrenPolicy, Span } from '../../src/policy/types.js';

interface Row {
  readonly name: string;
  readonly note?: string;
  readonly parts?: readonly { readonly label: string; readonly size?: number }[];
}

export const exact: Shape<Row> = object({
  name: string(),
  note: opt(string()),
  parts: opt(array(object({ label: string(), size: opt(number()) }))),
});

// @ts-expect-error an optional key of the type is missing from the shape
export const missingOptional: Shape<Row> = object({
  name: string(),
  parts: opt(array(object({ label: string(), size: opt(number()) }))),
});

// @ts-expect-error a required key of the type is missing from the shape
export const missingRequired: Shape<Row> = object({
  note: opt(string()),
  parts: opt(array(object({ label: string(), size: opt(number()) }))),
});

// @ts-expect-error the shape has an optional key the type lacks
export const extraOptional: Shape<Row> = object({
  name: string(),
  note: opt(string()),
  parts: opt(array(object({ label: string(), size: opt(number()) }))),
  colour: opt(string()),
});

// @ts-expect-error the shape has a required key the type lacks
export const extraRequired: Shape<Row> = object({
  name: string(),
  note: opt(string()),
  parts: opt(array(object({ label: string(), size: opt(number()) }))),
  colour: string(),
});

// @ts-expect-error optional in the type, required in the shape
export const madeRequired: Shape<Row> = object({
  name: string(),
  note: string(),
  parts: opt(array(object({ label: string(), size: opt(number()) }))),
});

// @ts-expect-error an optional key missing from a nested object without an annotation of its own
export const nestedMissing: Shape<Row> = object({
  name: string(),
  note: opt(string()),
  parts: opt(array(object({ label: string() }))),
});

// @ts-expect-error an extra key in a nested object
export const nestedExtra: Shape<Row> = object({
  name: string(),
  note: opt(string()),
  parts: opt(array(object({ label: string(), size: opt(number()), unit: opt(string()) }))),
});

// @ts-expect-error the policy type `Span` has an optional `underline` this shape forgets
export const span: Shape<Span> = object({ text: TextSchema, href: opt(string()), strong: opt(boolean()) });

// @ts-expect-error `ChildrenPolicy` has no `maximumAge`
export const children: Shape<ChildrenPolicy> = object({
  minimumAge: number(),
  maximumAge: opt(number()),
  handling: string() as Shape<'not-offered' | 'guardian-consent'>,
  guardianItems: opt(DataItemsSchema),
  note: opt(TextSchema),
  section: opt(string()),
});

// @ts-expect-error `subject` is optional in ConsentRecord and missing from this shape
export const record: Shape<Pick<ConsentRecord, 'recordId' | 'subject'>> = object({ recordId: string() });
