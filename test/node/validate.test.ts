import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePolicyJson, validatePolicy, type PolicyIssue } from '../../src/policy/index.js';
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

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validatePolicy(value);
        return typeof result.valid === 'boolean' && result.issues.every((i) => i.path.startsWith('$'));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on seed documents with a random part replaced by arbitrary JSON', () => {
    const leafPaths = (value: unknown, path: (string | number)[] = []): (string | number)[][] =>
      value && typeof value === 'object'
        ? Object.entries(value).flatMap(([key, inner]) =>
            leafPaths(inner, [...path, Array.isArray(value) ? Number(key) : key]),
          )
        : [path];
    const docs = SEED_NAMES.map(seedJson);
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.jsonValue(), (d, p, replacement) => {
        const doc = structuredClone(docs[d % docs.length]!);
        const paths = leafPaths(doc);
        const path = paths[p % paths.length]!;
        let target = doc as Record<string | number, unknown>;
        for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
        target[path.at(-1)!] = replacement;
        const result = validatePolicy(doc);
        return result.valid || result.issues.length > 0;
      }),
      { numRuns: 300 },
    );
  });

  it('survives a cyclic object passed as a property', () => {
    const cyclic = minimalPolicy() as unknown as Json;
    cyclic.extensions = { self: cyclic };
    expect(() => validatePolicy(cyclic)).not.toThrow();
  });
});
