import { expect } from '@open-wc/testing';
import { loadPolicy, lintPolicy, PolicyLoadError, policyHash } from '../../src/policy/index.js';
import { countPolicy } from '../fixtures/count-policy.js';
import { SEED_EXPECTATIONS, SEED_NAMES } from '../fixtures/seed-expectations.js';

const seedUrl = (name: string) => new URL(`../../demo/policies/${name}.json`, import.meta.url).href;
const recordedHashes = async (): Promise<Record<string, string>> =>
  (await (await fetch(new URL('../fixtures/seed-hashes.json', import.meta.url))).json()) as Record<string, string>;

describe('the policy model in the browser', () => {
  for (const name of SEED_NAMES) {
    it(`loads ${name}, with the same hash as Node and the same counts`, async () => {
      const loaded = await loadPolicy(seedUrl(name));
      expect(loaded.hash).to.equal((await recordedHashes())[name]);
      expect(await policyHash(loaded.policy)).to.equal(loaded.hash);
      const { lint: _lint, ...expected } = SEED_EXPECTATIONS[name]!;
      const counts = countPolicy(loaded.policy) as Record<string, unknown>;
      for (const [key, value] of Object.entries(expected)) expect(counts[key], key).to.deep.equal(value);
      expect(lintPolicy(loaded.policy).map((w) => w.code)).to.include.members(SEED_EXPECTATIONS[name]!.lint);
    });
  }

  it('reports a missing file as HTTP 404', async () => {
    try {
      await loadPolicy(seedUrl('no-such-policy'));
      expect.fail('should not load');
    } catch (error) {
      expect(error).to.be.instanceOf(PolicyLoadError);
      expect((error as PolicyLoadError).status).to.equal(404);
    }
  });

  it('reports a file that is not JSON', async () => {
    try {
      await loadPolicy(new URL('../../demo/index.html', import.meta.url).href);
      expect.fail('should not load');
    } catch (error) {
      expect((error as PolicyLoadError).code).to.equal('not-json');
    }
  });

  it('hashes without WebCrypto, as on a plain-http page', async () => {
    const loaded = await loadPolicy(seedUrl('sellmate'));
    const subtle = Object.getOwnPropertyDescriptor(Crypto.prototype, 'subtle')!;
    Object.defineProperty(Crypto.prototype, 'subtle', { get: () => undefined, configurable: true });
    try {
      expect(crypto.subtle).to.equal(undefined);
      expect(await policyHash(loaded.policy)).to.equal(loaded.hash);
    } finally {
      Object.defineProperty(Crypto.prototype, 'subtle', subtle);
    }
  });
});
