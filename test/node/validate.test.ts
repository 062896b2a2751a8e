import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath, parsePolicyJson, validatePolicy, type PolicyIssue } from '../../src/policy/index.js';
import { MAX_DEPTH, MAX_UNBROKEN } from '../../src/policy/issues.js';
import { minimalPolicy } from '../fixtures/minimal-policy.js';
import { SEED_NAMES } from '../fixtures/seed-expectations.js';
import { seedJson } from './seeds.js';

type Json = Record<string, unknown>;
const edit = (change: (doc: Json) => void): Json => {
  const doc = structuredClone(minimalPolicy()) as unknown as Json;
  change(doc);
  return doc;
};
const issuesOf = (doc: unknown): readonly PolicyIssue[] => validatePolicy(doc).issues;
const sections = (doc: Json) => doc.sections as Json[];
const blocks = (doc: Json, s: number) => sections(doc)[s]!.blocks as Json[];

describe('validatePolicy', () => {
  it('accepts a complete policy and freezes it', () => {
    const result = validatePolicy(minimalPolicy());
    expect(result.issues).toEqual([]);
    expect(result.valid && Object.isFrozen(result.policy.sections[0]!.blocks)).toBe(true);
  });

  it.each([
    ['not an object', 42, 'type', '$'],
    ['wrong schema version', edit((d) => (d.schemaVersion = 2)), 'schema-version', '$.schemaVersion'],
    ['missing id', edit((d) => delete d.id), 'required', '$.id'],
    ['malformed id', edit((d) => (d.id = '1st')), 'format.id', '$.id'],
    ['impossible date', edit((d) => (d.effectiveOn = '2020-02-30')), 'format.date', '$.effectiveOn'],
    ['date in another format', edit((d) => (d.announcedOn = '2020년 6월 16일')), 'format.date', '$.announcedOn'],
    ['bad language tag', edit((d) => (d.lang = 'Korean')), 'format.locale', '$.lang'],
    ['unknown key', edit((d) => (d.efectiveOn = '2020-01-01')), 'unknown-key', '$.efectiveOn'],
    ['empty title', edit((d) => (d.title = '')), 'empty', '$.title'],
    ['no sections', edit((d) => (d.sections = [])), 'empty', '$.sections'],
    [
      'unknown block type',
      edit((d) => (blocks(d, 0)[0] = { type: 'poem', text: 'x' })),
      'enum',
      '$.sections[0].blocks[0].type',
    ],
    [
      'unknown category',
      edit((d) => ((d.consents as Json[])[0]!.category = 'everything')),
      'enum',
      '$.consents[0].category',
    ],
    [
      'bad locale key in a text map',
      edit((d) => (d.title = { Korean: '처리방침' })),
      'format.locale',
      '$.title.Korean',
    ],
    [
      'wrong type deep inside a row',
      edit((d) => (((blocks(d, 2)[0]!.rows as Json[])[0]!.period as unknown) = 5)),
      'type',
      '$.sections[2].blocks[0].rows[0].period',
    ],
    [
      'a list item that is neither text nor an item',
      edit((d) => (blocks(d, 4)[0] = { type: 'list', items: [{ ko: '항목' }] })),
      'unknown-key',
      '$.sections[4].blocks[0].items[0].ko',
    ],
    ['duplicate section id', edit((d) => (sections(d)[1]!.id = 'purposes')), 'duplicate-id', '$.sections[1].id'],
    [
      'duplicate anchor between a block and a section',
      edit((d) => (blocks(d, 0)[0]!.id = 'officer')),
      'duplicate-id',
      '$.sections[0].blocks[0].id',
    ],
    [
      'duplicate consent id',
      edit((d) => ((d.consents as Json[])[1]!.id = 'collect-required')),
      'duplicate-id',
      '$.consents[1].id',
    ],
    [
      'consent pointing at no section',
      edit((d) => ((d.consents as Json[])[0]!.section = 'nowhere')),
      'unknown-section',
      '$.consents[0].section',
    ],
    [
      'rows taken from a block that is not a provision table',
      edit((d) => ((d.consents as Json[])[1]!.rowsFrom = 'retention-table')),
      'unknown-block',
      '$.consents[1].rowsFrom',
    ],
    [
      'previous version repeating the current one',
      edit((d) => (d.previousVersions = [{ version: '2026-01-01' }])),
      'duplicate-id',
      '$.previousVersions[0].version',
    ],
    [
      'negative age limit',
      edit((d) => (d.children = { minimumAge: 0, handling: 'not-offered' })),
      'number.range',
      '$.children.minimumAge',
    ],
  ])('rejects %s with a precise path', (_name, doc, code, path) => {
    const issues = issuesOf(doc);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues).toContainEqual(expect.objectContaining({ code, path }));
  });

  const withLink = (href: string, url = 'https://example.com') =>
    edit((d) => {
      blocks(d, 4)[0] = { type: 'paragraph', text: ['보기: ', { text: '여기', href }] };
      (blocks(d, 5)[0] as Json).url = url;
    });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'jav\nascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    'blob:https://example.com/x',
  ])('refuses the link %j, which renderers would not link', (href) => {
    expect(issuesOf(withLink(href))).toEqual([
      expect.objectContaining({ code: 'format.url', path: '$.sections[4].blocks[0].text[1].href' }),
    ]);
    expect(issuesOf(withLink('https://example.com', href))).toEqual([
      expect.objectContaining({ code: 'format.url', path: '$.sections[5].blocks[0].url' }),
    ]);
  });

  it.each([
    'https://www.kopico.go.kr',
    'HTTP://EXAMPLE.COM',
    'mailto:privacy@example.com',
    'tel:02-000-0000',
    '/privacy/2025.json',
    'old/policy.html',
    '#p-cookies',
    '?version=1',
    '//example.com/policy',
    'javascript-free.html',
    'java script:alert(1)',
  ])('accepts the link %j', (href) => {
    expect(issuesOf(withLink(href, href))).toEqual([]);
  });

  it('explains a refused link in Korean and English', () => {
    const [found] = issuesOf(withLink('javascript:alert(1)'));
    expect(found!.message.ko).toContain('http(s)·mailto·tel');
    expect(found!.message.en).toContain('http(s), mailto or tel');
  });

  it('explains every issue in Korean and English', () => {
    const issues = issuesOf(edit((d) => ((d.title as unknown) = 7)));
    expect(issues[0]!.message.ko).toMatch(/[가-힣]/);
    expect(issues[0]!.message.en).toMatch(/[A-Za-z]/);
  });

  it('reports unreadable JSON with its own code', () => {
    const result = parsePolicyJson('{"schemaVersion": 1,');
    expect(result.valid).toBe(false);
    expect(result.issues[0]!.code).toBe('json.parse');
  });

  it('accepts previous versions given inline and validates them too', () => {
    const previous = { ...minimalPolicy(), version: '2025-01-01', effectiveOn: '2025-01-01' };
    expect(
      validatePolicy({ ...minimalPolicy(), previousVersions: [{ version: '2025-01-01', policy: previous }] }).valid,
    ).toBe(true);
    const broken = { ...previous, sections: 'none' };
    expect(
      issuesOf({ ...minimalPolicy(), previousVersions: [{ version: '2025-01-01', policy: broken }] })[0]!.path,
    ).toBe('$.previousVersions[0].policy.sections');
  });

  // Property tests run a fixed number of cases from a fixed seed, with a timeout far above
  // their usual second: the machine running them may be busy with other work.
  const PROPERTY_RUNS = { seed: 20_261_122, numRuns: 200 } as const;

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validatePolicy(value);
        return typeof result.valid === 'boolean' && result.issues.every((i) => i.path.startsWith('$'));
      }),
      PROPERTY_RUNS,
    );
  }, 60_000);

  it('never throws on seed documents with a random part replaced by arbitrary JSON', () => {
    const leafPaths = (value: unknown, path: (string | number)[] = []): (string | number)[][] =>
      value && typeof value === 'object'
        ? Object.entries(value).flatMap(([key, inner]) =>
            leafPaths(inner, [...path, Array.isArray(value) ? Number(key) : key]),
          )
        : [path];
    const docs = SEED_NAMES.map(seedJson);
    // Once per seed, not per run.
    const pathsOf = docs.map((doc) => leafPaths(doc));
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.jsonValue(), (d, p, replacement) => {
        const doc = structuredClone(docs[d % docs.length]!);
        const paths = pathsOf[d % docs.length]!;
        const path = paths[p % paths.length]!;
        let target = doc as Record<string | number, unknown>;
        for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
        target[path.at(-1)!] = replacement;
        const result = validatePolicy(doc);
        return result.valid || result.issues.length > 0;
      }),
      { ...PROPERTY_RUNS, numRuns: 100 },
    );
  }, 60_000);

  it('refuses keys named like Object.prototype members in every object, from JSON text too', () => {
    const names = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'];
    const objects = (value: unknown, keys: (string | number)[] = []): (string | number)[][] =>
      value && typeof value === 'object'
        ? [
            ...(Array.isArray(value) ? [] : [keys]),
            ...Object.entries(value).flatMap(([key, inner]) =>
              objects(inner, [...keys, Array.isArray(value) ? Number(key) : key]),
            ),
          ]
        : [];
    const places = objects(minimalPolicy());
    expect(places.length).toBeGreaterThanOrEqual(25);
    const accepted: string[] = [];
    for (const keys of places)
      for (const name of names) {
        const doc = structuredClone(minimalPolicy()) as unknown as Record<string | number, unknown>;
        let target = doc;
        for (const key of keys) target = target[key] as Record<string | number, unknown>;
        target['\u0000placeholder'] = {};
        // JSON.parse makes `__proto__` an own key, as a policy file or a posted body would have it.
        const text = JSON.stringify(doc).replace('"\\u0000placeholder"', JSON.stringify(name));
        const at = `${formatPath(keys)}.${name}`;
        if (!parsePolicyJson(text).issues.some((found) => found.path === at)) accepted.push(at);
      }
    expect(accepted).toEqual([]);
    // A property passed from code: inherited keys are neither extra nor present.
    expect(issuesOf({ ...minimalPolicy(), toString: () => '' })).toContainEqual(
      expect.objectContaining({ code: 'unknown-key', path: '$.toString' }),
    );
    const { id: _id, ...noId } = minimalPolicy();
    expect(issuesOf(Object.assign(Object.create({ id: 'inherited' }) as object, noId))).toContainEqual(
      expect.objectContaining({ code: 'required', path: '$.id' }),
    );
  });

  it('survives a cyclic object passed as a property: it nests without end, so it is too deep', () => {
    const cyclic = minimalPolicy() as unknown as Json;
    cyclic.extensions = { self: cyclic };
    expect(() => validatePolicy(cyclic)).not.toThrow();
    expect(issuesOf(cyclic).map((found) => found.code)).toEqual(['too-deep']);
  });
});

describe('nesting depth', () => {
  /** `levels` arrays nested inside each other around `inner`. */
  const nest = (levels: number, inner: unknown = 'x'): unknown => {
    let value = inner;
    for (let i = 0; i < levels; i++) value = [value];
    return value;
  };

  it(`accepts ${MAX_DEPTH} levels of arrays and objects, the document counting as one`, () => {
    // The document is level 1 and `extensions` level 2.
    expect(validatePolicy({ ...minimalPolicy(), extensions: { deep: nest(MAX_DEPTH - 2) } }).valid).toBe(true);
  });

  it('refuses one level more with one issue, explained in Korean and English', () => {
    const issues = issuesOf({ ...minimalPolicy(), extensions: { deep: nest(MAX_DEPTH - 1) } });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'too-deep', detail: String(MAX_DEPTH) });
    expect(issues[0]!.path).toBe(`$.extensions.deep${'[0]'.repeat(MAX_DEPTH - 2)}`);
    expect(issues[0]!.message.ko).toContain(`${MAX_DEPTH}단계`);
    expect(issues[0]!.message.en).toContain(`${MAX_DEPTH} levels`);
  });

  it('is well above the depth of the real policies', () => {
    const depth = (value: unknown): number =>
      value && typeof value === 'object' ? 1 + Math.max(0, ...Object.values(value).map(depth)) : 0;
    expect(Math.max(...SEED_NAMES.map((name) => depth(seedJson(name))))).toBeLessThanOrEqual(MAX_DEPTH / 4);
  });

  it('answers 100 000 nested arrays from JSON.parse without overflowing the stack', () => {
    const text = `{"schemaVersion": 1, "extensions": {"a": ${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    expect(parsePolicyJson(text).issues.map((found) => found.code)).toEqual(['too-deep']);
    const listItems = `${'{"items": ['.repeat(50_000)}"x"${']}'.repeat(50_000)}`;
    const doc = edit((d) => (blocks(d, 0)[0] = { type: 'list', items: [JSON.parse(listItems)] }));
    expect(issuesOf(doc).map((found) => found.code)).toEqual(['too-deep']);
    expect(issuesOf(nest(100_000)).map((found) => found.code)).toEqual(['too-deep']);
  });
});

describe('unbroken text', () => {
  const withParagraph = (text: string) => edit((d) => void blocks(d, 0).push({ type: 'paragraph', text }));

  it(`accepts ${MAX_UNBROKEN} characters in a row without whitespace, and long text with spaces`, () => {
    expect(validatePolicy(withParagraph('가'.repeat(MAX_UNBROKEN))).valid).toBe(true);
    expect(validatePolicy(withParagraph('가나다라 마바사'.repeat(20_000))).valid).toBe(true);
  });

  it('refuses one character more with one issue at its path, explained in Korean and English', () => {
    const issues = issuesOf(withParagraph(`앞 ${'a가'.repeat(MAX_UNBROKEN / 2)}b 뒤`));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'unbroken-text', detail: String(MAX_UNBROKEN) });
    expect(issues[0]!.path).toMatch(/^\$\.sections\[0\]\.blocks\[\d+\]\.text$/);
    expect(issues[0]!.message.ko).toContain(`${MAX_UNBROKEN}자`);
    expect(issues[0]!.message.en).toContain(`${MAX_UNBROKEN} characters`);
  });

  it('counts Unicode spaces as breaks', () => {
    const run = 'a'.repeat(MAX_UNBROKEN);
    for (const space of ['\u00a0', '\u3000', '\u2009', '\n'])
      expect(validatePolicy(withParagraph(`${run}${space}${run}`)).valid, JSON.stringify(space)).toBe(true);
  });
});
