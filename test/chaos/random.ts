/** mulberry32: a tiny seeded PRNG, so a chaos run draws the same faults in the same order. */
export const mulberry32 = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** One of `choices`, drawn with `random`. */
export const pick = <T>(random: () => number, choices: readonly T[]): T =>
  choices[Math.min(choices.length - 1, Math.floor(random() * choices.length))]!;

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A version-4 UUID drawn from `random` (reproducible, unlike `crypto.randomUUID`). */
export const seededUuid = (random: () => number): string =>
  'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (char) => {
    const digit = Math.floor(random() * 16);
    return (char === 'x' ? digit : 8 + (digit % 4)).toString(16);
  });
