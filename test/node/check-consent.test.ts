import { describe, expect, it } from 'vitest';
import { checkConsentPolicy } from '../../src/policy/schema-consent.js';
import { checkPolicy } from '../../src/policy/index.js';
import { minimalPolicy } from '../fixtures/minimal-policy.js';
import { SEED_NAMES } from '../fixtures/seed-expectations.js';
import { seedJson } from './seeds.js';

type Json = Record<string, unknown>;
const edit = (change: (doc: Json) => void): Json => {
  const doc = structuredClone(minimalPolicy()) as unknown as Json;
  change(doc);
  return doc;
};
const sections = (doc: Json) => doc.sections as { blocks: Json[] }[];

describe('checkConsentPolicy: what the signup form renders', () => {
  it.each(SEED_NAMES)('accepts the %s seed', (name) => {
    expect(checkConsentPolicy(seedJson(name)).issues).toEqual([]);
  });

  it('checks the consent items, the age limit and the document envelope', () => {
    const wrongCategory = edit((d) => ((d.consents as Json[])[0]!.category = 'all'));
    expect(checkConsentPolicy(wrongCategory).issues[0]).toMatchObject({ code: 'enum', path: '$.consents[0].category' });
    const wrongAge = edit((d) => (d.children = { minimumAge: 'fourteen', handling: 'not-offered' }));
    expect(checkConsentPolicy(wrongAge).issues[0]).toMatchObject({ code: 'type', path: '$.children.minimumAge' });
    const wrongDate = edit((d) => (d.effectiveOn = '2026-13-01'));
    expect(checkConsentPolicy(wrongDate).issues[0]).toMatchObject({ code: 'format.date', path: '$.effectiveOn' });
  });

  it('checks the provision tables the items point at, and their references', () => {
    const badRow = edit((d) => (sections(d)[3]!.blocks[0]!.rows = [{ purpose: '배송' }]));
    expect(checkConsentPolicy(badRow).issues[0]).toMatchObject({
      code: 'required',
      path: '$.sections[3].blocks[0].rows[0].recipient',
    });
    const dangling = edit((d) => ((d.consents as Json[])[1]!.rowsFrom = 'nowhere'));
    expect(checkConsentPolicy(dangling).issues[0]).toMatchObject({ code: 'unknown-block' });
  });

  it('leaves the policy text it does not render to the full check', () => {
    const poem = edit((d) => sections(d)[4]!.blocks.push({ type: 'poem', verses: 3 }));
    expect(checkConsentPolicy(poem).valid).toBe(true);
    expect(checkPolicy(poem).valid).toBe(false);
    const brokenRetention = edit((d) => (sections(d)[2]!.blocks[0]!.rows = 'none'));
    expect(checkConsentPolicy(brokenRetention).valid).toBe(true);
  });
});
