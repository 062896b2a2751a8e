/**
 * Rules that must exist once: a second copy drifts (a scheme allowed by the renderer but not
 * by validation, a Consent Mode type checked but never sent to tags, a locale the receiver
 * refuses although the policy accepts it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [relative(root, join(dir, entry.name))]
        : [],
  );

const holders = (needle: string): string[] =>
  sources(join(root, 'src')).filter((file) => readFileSync(join(root, file), 'utf8').includes(needle));

describe('one copy of each shared rule in src/', () => {
  it.each([
    ['the safe-link pattern', 'https?:|mailto:|tel:', 'src/policy/links.ts'],
    ['the Consent Mode storage types', "'ad_personalization'", 'src/policy/types.ts'],
    ['the locale pattern', '[a-z]{2,3}(-[A-Za-z0-9]{1,8})', 'src/policy/schema.ts'],
  ])('%s', (_name, needle, home) => {
    expect(holders(needle)).toEqual([home]);
  });
});
