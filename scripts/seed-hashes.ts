// Records the content hash of each seed policy in test/fixtures/seed-hashes.json, which
// the Node and the browser tests both check against (`npx tsx scripts/seed-hashes.ts`).
import { readFile, writeFile } from 'node:fs/promises';
import { parsePolicyJson, policyHash } from '../src/policy/index.js';
import { SEED_NAMES } from '../test/fixtures/seed-expectations.js';

const hashes: Record<string, string> = {};
for (const name of SEED_NAMES) {
  const result = parsePolicyJson(await readFile(new URL(`../demo/policies/${name}.json`, import.meta.url), 'utf8'));
  if (!result.valid) throw new Error(`${name} is invalid`);
  hashes[name] = await policyHash(result.policy);
}
await writeFile(new URL('../test/fixtures/seed-hashes.json', import.meta.url), `${JSON.stringify(hashes, null, 2)}\n`);
console.log(hashes);
