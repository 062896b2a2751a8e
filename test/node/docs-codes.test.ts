/**
 * Every validation code and lint code is documented in docs/policy-format.md: the codes are
 * stable API, and a code a policy author meets must say what it means and what it rests on.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const docs = read('docs/policy-format.md');

/** The string members of a union type declared in a source file. */
const unionMembers = (source: string, name: string): string[] => {
  const start = source.indexOf(`export type ${name} =`);
  const body = source.slice(start, source.indexOf(';', start));
  return [...body.matchAll(/'([^']+)'/g)].map((match) => match[1]!);
};

describe('docs/policy-format.md', () => {
  it.each([
    ['validation', unionMembers(read('src/policy/issues.ts'), 'IssueCode')],
    ['lint', unionMembers(read('src/policy/lint-types.ts'), 'LintCode')],
  ])('documents every %s code', (_kind, codes) => {
    expect(codes.length).toBeGreaterThan(10);
    expect(codes.filter((code) => !docs.includes(`\`${code}\``))).toEqual([]);
  });
});
