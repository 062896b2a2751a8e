import { describe, expect, it } from 'vitest';
import {
  agreeAllState,
  buildRecord,
  consentForm,
  emptyDecisions,
  isPartial,
  localIsoTime,
  missingRequired,
  reconfirmDate,
  reconfirmDue,
  setAll,
  setChannel,
  setItem,
  setNight,
  toKantaraReceipt,
} from '../../src/consent/index.js';
import { formPolicy } from '../fixtures/form-policy.js';
import { seedPolicy } from './seeds.js';

const policy = formPolicy();
const form = consentForm(policy);

describe('the consent form model', () => {
  it('splits checkbox items from items processed without consent, and keeps the age limit', () => {
    expect(form.items.map((entry) => entry.id)).toEqual([
      'signup',
      'profile',
      'provide',
      'abroad',
      'health',
      'passport',
      'ads',
    ]);
    expect(form.notices.map((entry) => entry.id)).toEqual(['billing']);
    expect(form.age).toEqual({ minimumAge: 14, handling: 'guardian-consent', section: 'rights' });
  });

  it('marks what the law says is important, per category, plus the policy’s own', () => {
    const emphasis = (id: string) => [...form.items.find((entry) => entry.id === id)!.emphasis].sort();
    expect(emphasis('signup')).toEqual(['retention']);
    expect(emphasis('provide')).toEqual(['purpose', 'recipient', 'retention']);
    expect(emphasis('health')).toEqual(['disclosure', 'items', 'retention']);
    expect(emphasis('passport')).toEqual(['items', 'retention']);
    expect(emphasis('ads')).toEqual(['purpose', 'retention']);
    const custom = consentForm({ ...policy, consents: [{ ...policy.consents![0]!, important: ['refusal'] }] });
    expect([...custom.items[0]!.emphasis].sort()).toEqual(['refusal', 'retention']);
  });

  it('takes a provision item’s recipients from its table', () => {
    expect(form.items.find((entry) => entry.id === 'provide')!.rows).toEqual([
      { recipient: '배송 주식회사', purpose: '배송', items: ['주소'], retention: '배송 완료 후 3개월' },
    ]);
    const smartro = consentForm(seedPolicy('smartro'));
    expect(smartro.items.find((entry) => entry.id === 'provide-third-party')!.rows).toHaveLength(30);
  });

  it('starts with nothing granted and reports what is required', () => {
    const empty = emptyDecisions(form);
    expect(Object.values(empty).some((state) => state.granted)).toBe(false);
    expect(empty.ads).toEqual({ granted: false, channels: { sms: false, email: false, push: false }, night: false });
    // In the order shown: the required items, then the age confirmation (their last row).
    expect(missingRequired(form, empty, false)).toEqual(['signup', 'age']);
    expect(missingRequired({ ...form, grouped: false }, empty, false)).toEqual(['age', 'signup']);
    expect(missingRequired(form, setItem(form, empty, 'signup', true), true)).toEqual([]);
  });
});

describe('decisions', () => {
  const empty = emptyDecisions(form);

  it('grants advertising per channel; the item follows its channels', () => {
    const sms = setChannel(form, empty, 'ads', 'sms', true);
    expect(sms.ads).toEqual({ granted: true, channels: { sms: true, email: false, push: false }, night: false });
    expect(isPartial(form.items.at(-1)!, sms.ads)).toBe(true);
    const none = setChannel(form, sms, 'ads', 'sms', false);
    expect(none.ads!.granted).toBe(false);
  });

  it('allows night-time consent only with a daytime channel, and drops it with the last channel', () => {
    expect(setNight(empty, 'ads', true).ads!.night).toBe(false);
    const withNight = setNight(setChannel(form, empty, 'ads', 'email', true), 'ads', true);
    expect(withNight.ads!.night).toBe(true);
    expect(setChannel(form, withNight, 'ads', 'email', false).ads!.night).toBe(false);
  });

  it('전체 동의 grants everything, shows mixed, and clears', () => {
    expect(agreeAllState(form, empty)).toBe('none');
    const all = setAll(form, empty, true);
    expect(agreeAllState(form, all)).toBe('all');
    expect(all.ads).toEqual({ granted: true, channels: { sms: true, email: true, push: true }, night: true });
    expect(agreeAllState(form, setItem(form, all, 'profile', false))).toBe('some');
    expect(agreeAllState(form, setNight(all, 'ads', false))).toBe('some');
    expect(setAll(form, all, false)).toEqual(empty);
  });

  it('ignores unknown items', () => {
    expect(setItem(form, empty, 'nope', true)).toBe(empty);
    expect(setChannel(form, empty, 'signup', 'sms', true)).toBe(empty);
  });
});

describe('the consent record', () => {
  const decisions = setNight(
    setChannel(form, setItem(form, emptyDecisions(form), 'signup', true), 'ads', 'sms', true),
    'ads',
    true,
  );
  const record = buildRecord({
    policy,
    hash: 'sha256-abc',
    url: 'https://example.com/policy.json',
    form,
    decisions,
    ageConfirmed: true,
    subject: 'user-1',
    locale: 'ko',
    gpc: true,
    page: { origin: 'https://example.com', path: '/signup' },
    recordId: '00000000-0000-4000-8000-000000000000',
    now: new Date('2026-11-22T01:15:00Z'),
  });

  it('binds every decision to the policy version and hash, refusals included', () => {
    expect(record.policy).toEqual({
      id: 'form-example',
      version: '2026-01-01',
      effectiveOn: '2026-01-01',
      hash: 'sha256-abc',
      url: 'https://example.com/policy.json',
    });
    expect(record.items.map((item) => [item.id, item.granted])).toEqual([
      ['signup', true],
      ['profile', false],
      ['provide', false],
      ['abroad', false],
      ['health', false],
      ['passport', false],
      ['ads', true],
    ]);
    expect(record.items.at(-1)!.channels).toEqual([
      { id: 'sms', granted: true, night: true },
      { id: 'email', granted: false, night: false },
      { id: 'push', granted: false, night: false },
    ]);
    expect(record.notices).toEqual([{ id: 'billing', basis: 'contract' }]);
    expect(record).toMatchObject({
      subject: 'user-1',
      gpc: true,
      age: { minimumAge: 14, confirmed: true },
      method: 'web_form',
      jurisdiction: 'KR',
    });
  });

  it('writes the client time with its offset', () => {
    expect(localIsoTime(new Date('2026-11-22T01:15:00Z'))).toMatch(/^2026-11-2[12]T\d\d:15:00\.000[+-]\d\d:\d\d$/);
    expect(Date.parse(record.clientTime)).toBe(Date.parse('2026-11-22T01:15:00Z'));
  });

  it('exports to Kantara CR 1.1 with the Korean extension', () => {
    const receipt = toKantaraReceipt(record, policy);
    expect(receipt).toMatchObject({
      version: 'KI-CR-v1.1.0',
      jurisdiction: 'KR',
      consentTimestamp: Date.parse('2026-11-22T01:15:00Z') / 1000,
      consentReceiptID: record.recordId,
      piiPrincipalId: 'user-1',
      policyUrl: 'https://example.com/policy.json',
      sensitive: false,
      spiCat: [],
    });
    expect(receipt.piiControllers[0]!.piiController).toBe('예시 주식회사');
    expect(receipt.services[0]!.purposes.map((purpose) => purpose.purposeCategory)).toEqual([
      ['collection'],
      ['ad-receipt'],
    ]);
    expect(receipt.services[0]!.purposes[0]).toMatchObject({
      consentType: 'EXPLICIT',
      primaryPurpose: true,
      termination: '회원 탈퇴 시까지',
    });
    expect(receipt['x-kr']).toMatchObject({
      refused: ['profile', 'provide', 'abroad', 'health', 'passport'],
      // Without the receiver's dates: from the record's time, per granted channel.
      reconfirmDueAt: [{ item: 'ads', channel: 'sms', due: '2028-11-22' }],
      notices: [{ id: 'billing', basis: 'contract' }],
      gpc: true,
    });
  });

  it('exports the reconfirmation dates and time the receiver stored, when given', () => {
    const stored = {
      receivedAt: '2026-11-22T15:30:00.000Z',
      reconfirmDueAt: [{ item: 'ads', channel: 'sms', due: '2028-11-23' }],
    };
    const receipt = toKantaraReceipt(record, policy, stored);
    expect(receipt['x-kr']).toMatchObject({
      receivedAt: '2026-11-22T15:30:00.000Z',
      reconfirmDueAt: [{ item: 'ads', channel: 'sms', due: '2028-11-23' }],
    });
  });

  it('is not a day late for consent given on 29 February', () => {
    const leap = buildRecord({
      policy,
      hash: 'sha256-x',
      form,
      decisions,
      locale: 'ko',
      now: new Date('2024-02-29T03:00:00Z'),
    });
    expect(toKantaraReceipt(leap, policy)['x-kr'].reconfirmDueAt).toEqual([
      { item: 'ads', channel: 'sms', due: '2026-02-28' },
    ]);
  });

  it('names sensitive categories and third parties when granted', () => {
    const all = buildRecord({
      policy,
      hash: 'sha256-x',
      form,
      decisions: setAll(form, emptyDecisions(form), true),
      locale: 'ko',
    });
    const receipt = toKantaraReceipt(all, policy);
    expect(receipt.sensitive).toBe(true);
    expect(receipt.spiCat).toEqual(['건강 상태']);
    const abroad = receipt.services[0]!.purposes.find(
      (purpose) => (purpose.purposeCategory as string[])[0] === 'overseas',
    )!;
    expect(abroad).toMatchObject({ thirdPartyDisclosure: true, thirdPartyName: 'Cloud Hosting Inc.' });
  });
});

describe('reconfirming advertising consent every two years (Network Act 50(8))', () => {
  it('falls on the same month and day two years later, by the calendar in Seoul', () => {
    expect(reconfirmDate('2026-11-22T01:15:00.000Z')).toBe('2028-11-22');
    expect(reconfirmDate(new Date('2026-11-22T01:15:00.000Z'))).toBe('2028-11-22');
    // 15:00 UTC is midnight in Seoul: the day of consent is the Korean one.
    expect(reconfirmDate('2026-11-21T14:59:59.999Z')).toBe('2028-11-21');
    expect(reconfirmDate('2026-11-21T15:00:00.000Z')).toBe('2028-11-22');
    expect(reconfirmDate('2026-12-31T15:30:00.000Z')).toBe('2029-01-01');
    expect(reconfirmDate('2026-11-22T00:10:00.000+09:00')).toBe('2028-11-22');
  });

  it('takes the last day of February when 29 February has no match (Civil Act 160(3))', () => {
    expect(reconfirmDate('2024-02-29T03:00:00.000Z')).toBe('2026-02-28');
    // 20:00 UTC on the 28th is already the 29th in Seoul.
    expect(reconfirmDate('2024-02-28T20:00:00.000Z')).toBe('2026-02-28');
    expect(reconfirmDate('2028-02-29T00:00:00.000+09:00')).toBe('2030-02-28');
    expect(reconfirmDate('2024-03-01T00:00:00.000+09:00')).toBe('2026-03-01');
    expect(reconfirmDate('2026-02-28T12:00:00.000+09:00')).toBe('2028-02-28');
    expect(reconfirmDate('2022-02-28T12:00:00.000+09:00')).toBe('2024-02-28');
  });

  it('refuses a time it cannot read', () => {
    expect(() => reconfirmDate('yesterday')).toThrow(RangeError);
  });

  it('lists one date per granted channel of each advertising item, none for refusals', () => {
    const at = '2026-11-22T01:15:00.000Z';
    const two = setChannel(form, setChannel(form, emptyDecisions(form), 'ads', 'sms', true), 'ads', 'push', true);
    const built = (d: typeof two) => buildRecord({ policy, hash: 'sha256-x', form, decisions: d, locale: 'ko' });
    expect(reconfirmDue(built(two), at)).toEqual([
      { item: 'ads', channel: 'sms', due: '2028-11-22' },
      { item: 'ads', channel: 'push', due: '2028-11-22' },
    ]);
    expect(reconfirmDue(built(emptyDecisions(form)), at)).toEqual([]);
    // Marketing processing (PIPA 22(1)7) is not advertising receipt.
    const marketing = built(setAll(form, emptyDecisions(form), true));
    expect(reconfirmDue({ ...marketing, items: marketing.items.filter((i) => i.id !== 'ads') }, at)).toEqual([]);
    // An advertising item without channels counts once.
    const plain = {
      ...marketing,
      items: [
        { id: 'ads', category: 'ad-receipt' as const, required: false, basis: 'consent' as const, granted: true },
      ],
    };
    expect(reconfirmDue(plain, at)).toEqual([{ item: 'ads', due: '2028-11-22' }]);
  });
});
