/**
 * Hostile policies through all three elements, in every engine: absurd nesting, huge and unbroken
 * strings, keys named like Object.prototype members, unsafe links, unicode oddities, and random
 * mutations of a real policy. Each element must settle (privacy-load or privacy-error) within a
 * bounded wait, never throw where the page can see it, and never render a policy it refused.
 */
import { expect, oneEvent } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/privacy-consent.js';
import '../../src/privacy-cookie-notice.js';
import '../../src/privacy-policy.js';
import { cookiePolicy } from '../fixtures/cookie-policy.js';
import { mount } from './helpers.js';

type Json = Record<string, unknown>;

const ODDITIES = ['\uD800', '\uDFFF', 'a\u0000b', '\u202Eevil\u202C', '\u200F', '\uFEFF', 'e\u0301', '𝕏', '\u2028'];
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'];

// A deep copy: mutations must not reach the fixture's shared category objects.
const base = (): Json => structuredClone(cookiePolicy()) as unknown as Json;
const parsed = (text: string): unknown => JSON.parse(text);

type Tag = 'privacy-consent' | 'privacy-policy' | 'privacy-cookie-notice';

/**
 * Hand-picked hostile documents: name → [document, accepted?]. Accepted may depend on the
 * element: each checks what it renders (the form and the banner never render policy paragraphs).
 */
const HOSTILE: Record<string, () => [unknown, boolean | ((tag: Tag) => boolean)]> = {
  'nesting 100 000 deep': () => [parsed(`{"schemaVersion":1,"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`), false],
  'a cycle': () => {
    const doc = base();
    doc.extensions = { self: doc };
    return [doc, false];
  },
  'an unbroken 300 000-character title': () => [{ ...base(), title: 'a가'.repeat(150_000) }, false],
  'a 200 000-character title with spaces': () => [{ ...base(), title: '개인정보 처리방침 '.repeat(20_000) }, true],
  'a javascript: link': () => {
    const doc = base() as { sections: { blocks: unknown[] }[] };
    doc.sections[0]!.blocks.push({ type: 'paragraph', text: [{ text: '클릭', href: 'javascript:alert(1)' }] });
    return [doc, (tag) => tag !== 'privacy-policy'];
  },
  'unicode oddities in every title': () => {
    const text = JSON.stringify(base()).replace(/"title":"[^"]*"/g, `"title":${JSON.stringify(ODDITIES.join(' '))}`);
    return [parsed(text), true];
  },
  ...Object.fromEntries(
    PROTOTYPE_KEYS.map((key) => [
      `an own "${key}" key`,
      () => [parsed(JSON.stringify(base()).replace('{', `{${JSON.stringify(key)}:{"polluted":true},`)), false],
    ]),
  ),
  'not an object': () => [42, false],
  null: () => [null, false],
  'an array': () => [[base()], false],
};

/** Random single-point mutations of a real policy, fixed seed: replace any value with junk. */
const mutations = (): [string, unknown][] => {
  const junk = fc.oneof(
    fc.constant(null),
    fc.integer(),
    fc.string({ maxLength: 20 }),
    fc.constantFrom(...ODDITIES),
    fc.constant('javascript:alert(1)'),
    fc.constant({ __proto__: null, constructor: 1 }),
    fc.constant([]),
  );
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value))
        walk(inner, [...path, Array.isArray(value) ? Number(key) : key]);
  };
  walk(base(), []);
  return fc
    .sample(fc.tuple(fc.integer({ min: 1, max: paths.length - 1 }), junk), { seed: 20261130, numRuns: 12 })
    .map(([index, value]) => {
      const doc = base();
      const path = paths[index]!;
      let node = doc as Record<string | number, unknown>;
      for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
      node[path.at(-1)!] = value;
      return [`${path.join('.')} = ${JSON.stringify(value)?.slice(0, 30)}`, doc];
    });
};

const ELEMENTS = [
  { tag: 'privacy-consent', ready: '.base' },
  { tag: 'privacy-policy', ready: '.document' },
  { tag: 'privacy-cookie-notice', ready: '[part=banner]' },
] as const;

let cookies = 0;
const uncaught: string[] = [];
const onError = (event: ErrorEvent) => uncaught.push(String(event.message));
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
before(() => {
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});
after(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});

/** Gives the element the policy and waits (bounded) for it to settle; returns whether it loaded. */
const settle = async (tag: Tag, policy: unknown): Promise<boolean> => {
  const el = await mount(tag, tag === 'privacy-cookie-notice' ? `cookie-name="fuzz_${++cookies}"` : '');
  const outcome = Promise.race([
    oneEvent(el, 'privacy-load').then(() => true),
    oneEvent(el, 'privacy-error').then(() => false),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`<${tag}> did not settle`)), 8000)),
  ]);
  (el as { policy?: unknown }).policy = policy;
  const loaded = await outcome;
  await el.updateComplete;
  const rendered = el.shadowRoot!.querySelector(ELEMENTS.find((entry) => entry.tag === tag)!.ready) !== null;
  expect(rendered, loaded ? 'a loaded policy is shown' : 'a refused policy is never shown').to.equal(loaded);
  expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
  return loaded;
};

for (const { tag } of ELEMENTS)
  describe(`<${tag}> with hostile policies`, () => {
    afterEach(() => expect(uncaught.splice(0)).to.deep.equal([]));

    for (const [name, make] of Object.entries(HOSTILE))
      it(`settles on ${name}`, async () => {
        const [policy, accepted] = make();
        expect(await settle(tag, policy)).to.equal(typeof accepted === 'function' ? accepted(tag) : accepted);
      });

    it('settles on random mutations of a policy, showing only what validates', async () => {
      for (const [, policy] of mutations()) await settle(tag, policy);
    });

    it('still works after all that', async () => {
      expect(await settle(tag, base())).to.equal(true);
    });
  });
