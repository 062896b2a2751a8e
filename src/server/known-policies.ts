/**
 * The policy documents the receiver accepts records for. A record names its policy by id and
 * version and carries the hash of the document the person saw; the receiver looks the
 * document up here and compares.
 */
import { readFile } from 'node:fs/promises';
import { policyHash } from '../policy/canonical.js';
import type { PrivacyPolicy } from '../policy/types.js';
import { validatePolicy } from '../policy/validate.js';

/** A policy document with its content hash (`policyHash`). */
export interface KnownPolicy {
  readonly policy: PrivacyPolicy;
  readonly hash: string;
}

/** Finds the document of a policy id and version, e.g. in a database of published versions. */
export type PolicyLookup = (id: string, version: string) => KnownPolicy | undefined | Promise<KnownPolicy | undefined>;

/** Either every known document, or a function that finds one. */
export type PolicySource = Iterable<KnownPolicy> | PolicyLookup;

/** Pairs a valid policy with its content hash. */
export const knownPolicy = async (policy: PrivacyPolicy): Promise<KnownPolicy> => ({
  policy,
  hash: await policyHash(policy),
});

/**
 * Reads, validates and hashes policy JSON files. Rejects on the first file that cannot be
 * read or is not a valid policy, naming the file and the first problems: a receiver must not
 * start with a policy it would misjudge.
 */
export const loadPolicyFiles = async (files: Iterable<string>): Promise<KnownPolicy[]> =>
  Promise.all(
    [...files].map(async (file) => {
      let json: unknown;
      try {
        json = JSON.parse(await readFile(file, 'utf8'));
      } catch (error) {
        throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
      }
      const result = validatePolicy(json);
      if (!result.valid) {
        const problems = result.issues.slice(0, 3).map((problem) => `${problem.path} ${problem.message.en}`);
        throw new Error(`${file} is not a valid policy: ${problems.join('; ')}`);
      }
      return knownPolicy(result.policy);
    }),
  );

const key = (id: string, version: string): string => JSON.stringify([id, version]);

/**
 * Turns a {@link PolicySource} into a lookup. A list with two documents for one id and
 * version is a configuration error and throws: which of them a record was made under
 * would be a guess.
 */
export const policyLookup = (source: PolicySource): PolicyLookup => {
  if (typeof source === 'function') return source;
  const byKey = new Map<string, KnownPolicy>();
  for (const known of source) {
    const { id, version } = known.policy;
    if (byKey.has(key(id, version))) throw new Error(`Two known policies are ${id}@${version}`);
    byKey.set(key(id, version), known);
  }
  return (id, version) => byKey.get(key(id, version));
};
