/**
 * custom-elements.json (analysed afresh with custom-elements-manifest.config.mjs) is the public API,
 * and the API tables in docs/<tag>.md are generated from it (`npm run docs:api`).
 */
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, elementsOf, generate, type Element, type Manifest } from '../../scripts/docs-api.js';

const require = createRequire(import.meta.url);
const TAGS = ['privacy-consent', 'privacy-cookie-notice', 'privacy-policy'];

let manifest: Manifest;
let elements: Element[];
beforeAll(async () => {
  manifest = await analyze();
  elements = elementsOf(manifest).map(({ element }) => element);
}, 30_000);

describe('custom-elements.json', () => {
  it('is a valid Custom Elements Manifest', () => {
    // The schema ships with the analyzer's own dependency.
    const analyzer = dirname(require.resolve('@custom-elements-manifest/analyzer/package.json'));
    const schema = JSON.parse(
      readFileSync(require.resolve('custom-elements-manifest/schema.json', { paths: [analyzer] }), 'utf8'),
    ) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(manifest), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('declares each element in its class entry and registers it from its element entry, nothing else', () => {
    expect(manifest.modules.map((module) => module.path).sort()).toEqual(
      TAGS.flatMap((tag) => [`dist/components/${tag}.js`, `dist/${tag}.js`]).sort(),
    );
    for (const { element, module } of elementsOf(manifest))
      expect(module).toBe(`dist/components/${element.tagName}.js`);
    const definitions = manifest.modules.flatMap(
      (module) =>
        ((module as { exports?: { kind: string; name: string }[] }).exports ?? [])
          .filter((each) => each.kind === 'custom-element-definition')
          .map((each) => `${module.path} ${each.name}`) ?? [],
    );
    expect(definitions.sort()).toEqual(TAGS.map((tag) => `dist/${tag}.js ${tag}`));
  });

  it('lists public API only: no private, protected or # members, no lifecycle or form callbacks', () => {
    for (const element of elements) {
      for (const member of element.members ?? []) {
        expect(member.privacy, `${element.tagName} ${member.name}`).toBeUndefined();
        expect(member.name).not.toMatch(/^#|Callback$|^(render|update|updated|willUpdate|firstUpdated|styles)$/);
      }
    }
  });

  it('types every privacy-* event from HTMLElementEventMap', () => {
    for (const element of elements) {
      expect(element.events?.length, element.tagName).toBeGreaterThan(0);
      for (const event of element.events ?? []) {
        expect(event.type?.text, `${element.tagName} ${event.name}`).toMatch(
          event.name.startsWith('privacy-') ? /^CustomEvent<\w+>$/ : /\S/,
        );
      }
    }
  });

  it('lists lang and the --privacy-* custom properties each element reads, with defaults and descriptions', () => {
    // The tokens: the core every element reads (core-tokens.ts) and the rest (more-tokens.ts, tokens.ts).
    const tokens = ['core-tokens.ts', 'more-tokens.ts', 'tokens.ts']
      .map((file) => readFileSync(new URL(`../../src/components/shared/${file}`, import.meta.url), 'utf8'))
      .join('\n');
    const declared = new Set(tokens.match(/--privacy-[\w-]+/g));
    const listed = new Set<string>();
    for (const element of elements) {
      expect(element.attributes?.map((attribute) => attribute.name)).toContain('lang');
      for (const property of element.cssProperties ?? []) {
        listed.add(property.name);
        expect(declared, property.name).toContain(property.name);
        expect(property.description, property.name).toBeTruthy();
        expect(property.default, property.name).toBeTruthy();
      }
    }
    // Every token is read by some element.
    expect([...listed].sort()).toEqual([...declared].sort());
  });
});

describe('the API tables in docs/', () => {
  it('match custom-elements.json (run `npm run docs:api` if not)', async () => {
    const docs = await generate(manifest);
    expect(docs.map(({ file }) => file.replace(/^.*\/docs\//, 'docs/')).sort()).toEqual(
      TAGS.map((tag) => `docs/${tag}.md`),
    );
    for (const { file, before, after } of docs) expect(before, `${file} is out of date: npm run docs:api`).toBe(after);
  });
});
