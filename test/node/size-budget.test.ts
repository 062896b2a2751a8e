import { describe, expect, it } from 'vitest';
import { ENTRIES, overBudget, type Measured } from '../../bench/size.js';

const measured = (entry: string, brotli: number, budget?: number, budgetOn?: 'raw' | 'brotli'): Measured => ({
  entry,
  raw: brotli * 3,
  gzip: brotli + 100,
  brotli,
  ...(budget ? { budget } : {}),
  ...(budgetOn ? { budgetOn } : {}),
  lazy: [],
});

describe('bench:size --check', () => {
  it('fails an entry over its budget (brotli by default, raw bytes where said) and passes the rest', () => {
    expect(
      overBudget([
        measured('<a>', 9 * 1024, 9 * 1024),
        measured('<b>', 9 * 1024 + 1, 9 * 1024),
        measured('unbudgeted', 99_999),
        measured('head', 400, 1024, 'raw'),
      ]),
    ).toEqual(['<b>: 9.00 kB brotli over its 9.00 kB budget', 'head: 1.17 kB raw over its 1.00 kB budget']);
  });

  it('holds the budgets of the issue: 14 / 14 / 9 kB first load, 1 kB head script', () => {
    const budgets = Object.fromEntries(Object.entries(ENTRIES).map(([name, entry]) => [name, entry.budget]));
    expect(budgets).toMatchObject({
      '<privacy-consent>': 14 * 1024,
      '<privacy-policy>': 14 * 1024,
      '<privacy-cookie-notice>': 9 * 1024,
      'Consent Mode head script (inlined as it is)': 1024,
    });
  });
});
