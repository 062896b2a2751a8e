/**
 * Terms and location items (issue 12): the model, the order of the form, the record's document
 * versions and the receiver's check of them.
 */
import { describe, expect, it } from 'vitest';
import {
  agreeAllState,
  buildRecord,
  consentForm,
  documentHashes,
  emptyDecisions,
  setAll,
  type ConsentRecord,
} from '../../src/consent/index.js';
import { contentHash, lintPolicy, validatePolicy, type PrivacyPolicy } from '../../src/policy/index.js';
import { checkConsentPolicy } from '../../src/policy/schema-consent.js';
import { checkCookiePolicy } from '../../src/policy/schema-cookies.js';
import { checkRecordAgainstPolicy, knownPolicy, parseRecord, type ReceiverError } from '../../src/server/index.js';
import { termsPolicy, TOS_TEXT } from '../fixtures/terms-policy.js';

const policy = termsPolicy();
const form = consentForm(policy);

const withItem = (index: number, change: Record<string, unknown>): unknown => ({
  ...policy,
  consents: policy.consents!.map((item, i) => (i === index ? { ...item, ...change } : item)),
});
const tosIndex = policy.consents!.findIndex((item) => item.id === 'tos');
const locationIndex = policy.consents!.findIndex((item) => item.id === 'location');

const record = async (target: PrivacyPolicy = policy): Promise<ConsentRecord> => {
  const targetForm = consentForm(target);
  return buildRecord({
    policy: target,
    hash: (await knownPolicy(target)).hash,
    form: targetForm,
    decisions: setAll(targetForm, emptyDecisions(targetForm), true),
    ageConfirmed: true,
    documentHashes: await documentHashes(targetForm, contentHash),
    locale: 'ko',
  });
};

const refusal = (run: () => void): ReceiverError => {
  try {
    run();
  } catch (error) {
    return error as ReceiverError;
  }
  throw new Error('not refused');
};

describe('terms and location items in the policy', () => {
  it('validates a whole signup screen: terms with a url or inline text, and personal location data', () => {
    expect(validatePolicy(policy).valid).toBe(true);
    expect(checkConsentPolicy(policy).valid).toBe(true);
    // The other elements accept the ordering opt-out they do not read.
    expect(checkCookiePolicy({ ...policy, consentOrder: 'as-listed' }).valid).toBe(true);
  });

  it('needs a terms document to have a url or inline text, and a version', () => {
    const result = validatePolicy(withItem(tosIndex, { document: { title: '이용약관', version: '1' } }));
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.issues[0]!.path).toMatch(/^\$\.consents\[2\]\.document/);
    const noVersion = validatePolicy(withItem(tosIndex, { document: { title: '이용약관', url: 'https://x.example' } }));
    expect(noVersion.valid).toBe(false);
    if (!noVersion.valid)
      expect(noVersion.issues.map((issue) => issue.path)).toContain('$.consents[2].document.version');
    const script = validatePolicy(
      withItem(tosIndex, { document: { title: '이용약관', version: '1', url: 'javascript:alert(1)' } }),
    );
    expect(script.valid).toBe(false);
    if (!script.valid) expect(script.issues.map((issue) => issue.code)).toContain('format.url');
  });

  it('accepts terms only as agreed, location data by consent or law', () => {
    const codes = (json: unknown) => {
      const result = validatePolicy(json);
      return result.valid ? [] : result.issues.map((issue) => issue.code);
    };
    expect(codes(withItem(tosIndex, { basis: 'contract' }))).toEqual(['basis-not-allowed']);
    expect(codes(withItem(locationIndex, { basis: 'contract' }))).toEqual(['basis-not-allowed']);
    expect(codes(withItem(locationIndex, { basis: 'law' }))).toEqual([]);
    expect(codes({ ...policy, consentOrder: 'alphabetical' })).toEqual(['enum']);
  });

  it('lets terms and location consent be required without a lint warning', () => {
    const required = withItem(locationIndex, { required: true }) as PrivacyPolicy;
    const warned = lintPolicy(required).filter((warning) => warning.code === 'consent.must-be-optional');
    expect(warned.map((warning) => warning.path)).toEqual([]);
  });
});

describe('the form', () => {
  it('puts required items first, then optional ones, each in the policy’s order', () => {
    expect(form.grouped).toBe(true);
    expect(form.items.map((entry) => entry.id)).toEqual([
      'signup',
      'tos',
      'efinance',
      'profile',
      'provide',
      'abroad',
      'health',
      'passport',
      'ads',
      'lbs-terms',
      'location',
    ]);
    const listed = consentForm({ ...policy, consentOrder: 'as-listed' });
    expect(listed.grouped).toBe(false);
    expect(listed.items.map((entry) => entry.id).slice(0, 4)).toEqual(['signup', 'profile', 'tos', 'efinance']);
  });

  it('emphasises the purpose and period of location data, nothing of a terms document', () => {
    const emphasis = (id: string) => [...form.items.find((entry) => entry.id === id)!.emphasis].sort();
    expect(emphasis('location')).toEqual(['purpose', 'retention']);
    expect(emphasis('tos')).toEqual([]);
  });

  it('counts the age confirmation in 전체 동의 when given', () => {
    const all = setAll(form, emptyDecisions(form), true);
    expect(agreeAllState(form, all)).toBe('all');
    expect(agreeAllState(form, all, false)).toBe('some');
    expect(agreeAllState(form, all, true)).toBe('all');
    expect(agreeAllState(form, emptyDecisions(form), true)).toBe('some');
    expect(agreeAllState(form, emptyDecisions(form), false)).toBe('none');
  });
});

describe('the record', () => {
  it('stores each terms item’s document version, with the content hash of inline text', async () => {
    const built = await record();
    const byId = Object.fromEntries(built.items.map((item) => [item.id, item]));
    expect(byId.tos!.document).toEqual({ version: '2026-01-01', hash: await contentHash(TOS_TEXT) });
    expect(byId.efinance!.document).toEqual({ version: 'v3' });
    expect(byId['lbs-terms']!.document).toEqual({ version: '2025-07-01' });
    expect(byId.location).toMatchObject({ category: 'location', granted: true });
    expect(byId.location!.document).toBeUndefined();
    expect(byId.signup!.document).toBeUndefined();
    expect(parseRecord(JSON.parse(JSON.stringify(built)))).toMatchObject({ ok: true });
  });

  it('cannot be built without the hash of an inline text', () => {
    expect(() =>
      buildRecord({
        policy,
        hash: 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
        form,
        decisions: emptyDecisions(form),
        locale: 'ko',
      }),
    ).toThrow(/content hash of the terms text of "tos"/);
  });

  it('is refused by the record schema with a malformed document hash', async () => {
    const built = await record();
    const items = built.items.map((item) =>
      item.id === 'tos' ? { ...item, document: { version: '1', hash: 'md5-x' } } : item,
    );
    expect(parseRecord({ ...built, items })).toMatchObject({ ok: false, path: '$.items[1].document.hash' });
  });
});

describe('the receiver', () => {
  const check = async (change: (record: ConsentRecord) => ConsentRecord) => {
    const known = await knownPolicy(policy);
    const built = change(await record());
    return () => checkRecordAgainstPolicy(built, known);
  };
  const withDocument = (id: string, document: unknown) => (built: ConsentRecord) => ({
    ...built,
    items: built.items.map((item) => (item.id === id ? { ...item, document } : item)) as ConsentRecord['items'],
  });

  it('accepts the versions the policy gives, its hash of the inline text computed as the form does', async () => {
    expect(await check((built) => built)).not.toThrow();
  });

  it('refuses a terms item without its version, with another version, or with another text', async () => {
    for (const [change, path] of [
      [withDocument('tos', undefined), '$.items[1].document'],
      [withDocument('efinance', { version: 'v2' }), '$.items[2].document.version'],
      [
        withDocument('tos', { version: '2026-01-01', hash: await contentHash('다른 약관') }),
        '$.items[1].document.hash',
      ],
      [withDocument('tos', { version: '2026-01-01' }), '$.items[1].document.hash'],
      [withDocument('efinance', { version: 'v3', hash: await contentHash(TOS_TEXT) }), '$.items[2].document.hash'],
      [withDocument('signup', { version: '1' }), '$.items[0].document'],
    ] as const) {
      const error = refusal(await check(change));
      expect(error.code, path).toBe('document-mismatch');
      expect(error.toBody().error.path).toBe(path);
    }
  });

  it('checks a changed document as a changed policy: the old version is refused', async () => {
    const next: PrivacyPolicy = {
      ...policy,
      version: '2026-06-01',
      consents: policy.consents!.map((item) =>
        item.id === 'efinance' ? { ...item, document: { ...item.document!, version: 'v4' } } : item,
      ),
    };
    const known = await knownPolicy(next);
    const old = await record();
    const error = refusal(() =>
      checkRecordAgainstPolicy({ ...old, policy: { ...old.policy, version: next.version, hash: known.hash } }, known),
    );
    expect(error.code).toBe('document-mismatch');
    const fresh = await record(next);
    expect(fresh.items.find((item) => item.id === 'efinance')!.document).toEqual({ version: 'v4' });
    expect(() => checkRecordAgainstPolicy(fresh, known)).not.toThrow();
  });
});
