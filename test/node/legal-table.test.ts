/**
 * docs/legal.md is the product's claim about Korean law: every requirement of the research
 * (numbered 1–62), its status, and the test that proves it. This keeps the claim honest: every
 * requirement has a row, and every test a row names exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const table = readFileSync(new URL('docs/legal.md', root), 'utf8');

interface Row {
  readonly number: number;
  readonly status: string;
  readonly proof: string;
}

const rows: Row[] = table
  .split('\n')
  .filter((line) => /^\|\s*\d+\s*\|/.test(line))
  .map((line) => {
    const cells = line.split('|').map((cell) => cell.trim());
    return { number: Number(cells[1]), status: cells[3]!, proof: cells[5]! };
  });

/** `path` › test name; several separated by `; `. */
const references = (proof: string) =>
  proof.split(/;\s*(?=`)/).map((reference) => {
    const match = /^`([^`]+)`\s*›\s*(.+)$/.exec(reference.trim());
    return match ? { file: match[1]!, name: match[2]!.trim() } : { file: '', name: reference };
  });

/** The names of the tests in a file: the first argument of every it(…). */
const testNames = (file: string): string[] =>
  [...readFileSync(new URL(file, root), 'utf8').matchAll(/\bit\(\s*(['`])((?:\\.|(?!\1).)*)\1/g)].map(
    (match) => match[2]!,
  );

describe('docs/legal.md', () => {
  it('has one row per requirement, 1 to 62, in order', () => {
    expect(rows.map((row) => row.number)).toEqual(Array.from({ length: 62 }, (_, i) => i + 1));
  });

  it('gives every row a known status', () => {
    for (const row of rows) expect(['done', 'partial', 'host', 'note'], `#${row.number}`).toContain(row.status);
  });

  it('names, in every row, tests that exist', () => {
    for (const row of rows) {
      const named = references(row.proof);
      expect(named.length, `#${row.number}`).toBeGreaterThan(0);
      for (const { file, name } of named) {
        expect(file && existsSync(new URL(file, root)), `#${row.number}: ${file}`).toBeTruthy();
        expect(
          testNames(file).some((test) => test.includes(name)),
          `#${row.number}: no test "${name}" in ${file}`,
        ).toBe(true);
      }
    }
  });
});
