/**
 * Pairing and ordering shared by the section, block and row diffs: which older item each newer
 * item continues, and one merged sequence in the newer order.
 */
import { canonicalize } from './canonical.js';

/** For each newer index, the index of its older counterpart; a hole or `undefined` means added. */
export type Pairing = readonly (number | undefined)[];

/** One entry of a merged sequence: `before` absent when added, `after` absent when removed. */
export interface Aligned<T> {
  readonly before?: T;
  readonly after?: T;
  /** In the newer list, or in the older one when removed. */
  readonly index: number;
}

/** Equality of JSON values, blind to key order (localized maps may list locales in any order). */
export const sameJson = (before: unknown, after: unknown): boolean =>
  canonicalize(before ?? null) === canonicalize(after ?? null);

/**
 * Adds to `pairing` the still-unpaired items that share a key: the 1st older with the 1st
 * newer, and so on. Items whose key is undefined are left alone.
 */
export const pairByKey = <T>(
  older: readonly T[],
  newer: readonly T[],
  keyOf: (item: T) => string | undefined,
  pairing: Pairing = [],
): Pairing => {
  const taken = new Set(pairing);
  const queues = new Map<string, number[]>();
  older.forEach((item, index) => {
    const key = keyOf(item);
    if (key === undefined || taken.has(index)) return;
    const queue = queues.get(key);
    if (queue) queue.push(index);
    else queues.set(key, [index]);
  });
  return newer.map((item, index) => {
    if (pairing[index] !== undefined) return pairing[index];
    const key = keyOf(item);
    return key === undefined ? undefined : queues.get(key)?.shift();
  });
};

/**
 * Merges both lists in the newer order. A removed item goes right after the item that preceded
 * it in the older list (after that item's newer counterpart), so it shows where it used to be.
 */
export const align = <T>(older: readonly T[], newer: readonly T[], pairing: Pairing): Aligned<T>[] => {
  const newerIndexOf = new Map<number, number>();
  pairing.forEach((olderIndex, newerIndex) => {
    if (olderIndex !== undefined) newerIndexOf.set(olderIndex, newerIndex);
  });
  // Keyed by the newer index of the last paired item before them; -1 is the very start.
  const removedAfter = new Map<number, Aligned<T>[]>();
  let anchor = -1;
  older.forEach((before, index) => {
    const paired = newerIndexOf.get(index);
    if (paired !== undefined) anchor = paired;
    else removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), { before, index }]);
  });
  return [
    ...(removedAfter.get(-1) ?? []),
    ...newer.flatMap((after, index): Aligned<T>[] => {
      const olderIndex = pairing[index];
      const entry = olderIndex === undefined ? { after, index } : { before: older[olderIndex], after, index };
      return [entry, ...(removedAfter.get(index) ?? [])];
    }),
  ];
};

/** The fields (object keys, or array indices) whose values differ; a plain value counts as `text`. */
export const differingFields = (before: unknown, after: unknown): string[] => {
  const older = asFields(before);
  const newer = asFields(after);
  const fields = new Set([...Object.keys(newer), ...Object.keys(older)]);
  return [...fields].filter((field) => !sameJson(older[field], newer[field]));
};

// A list item is a string or `{ label, text, items }`: comparing a string as its `text` lets an
// item that gained a marker show as a changed `label`, not a whole new item.
const asFields = (value: unknown): Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : { text: value };
