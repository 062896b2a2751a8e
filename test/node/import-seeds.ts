/** The five seed texts (as retrieved, in test/fixtures/seed-texts/) imported, beside their hand-made files. */
import { readFileSync } from 'node:fs';
import { importPolicy, type ImportResult } from '../../src/authoring/import/index.js';
import type { PrivacyPolicy } from '../../src/policy/types.js';
import { SEED_NAMES } from '../fixtures/seed-expectations.js';
import { fidelity, type Fidelity } from './import-fidelity.js';

const ROOT = new URL('../../', import.meta.url);

export const seedSourceText = (name: string): string =>
  readFileSync(new URL(`test/fixtures/seed-texts/${name}.txt`, ROOT), 'utf8');

export const importSeed = (name: string): ImportResult =>
  importPolicy(seedSourceText(name), { format: 'text', document: `${name}.txt`, today: '2026-01-01' });

export const seedFidelity = (): { name: string; fidelity: Fidelity }[] =>
  SEED_NAMES.map((name) => {
    const hand = JSON.parse(readFileSync(new URL(`demo/policies/${name}.json`, ROOT), 'utf8')) as PrivacyPolicy;
    return { name, fidelity: fidelity(importSeed(name).policy, hand) };
  });
