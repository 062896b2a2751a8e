import { readFileSync } from 'node:fs';
import { parsePolicyJson, type PrivacyPolicy } from '../../src/policy/index.js';

export const seedPath = (name: string): string => new URL(`../../demo/policies/${name}.json`, import.meta.url).pathname;

export const seedText = (name: string): string => readFileSync(seedPath(name), 'utf8');

export const seedJson = (name: string): Record<string, unknown> =>
  JSON.parse(seedText(name)) as Record<string, unknown>;

export const seedPolicy = (name: string): PrivacyPolicy => {
  const result = parsePolicyJson(seedText(name));
  if (!result.valid) throw new Error(`${name} is invalid: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return result.policy;
};
