import { describe, expect, it } from 'vitest';
import { consentForm } from '../../src/consent/form-model.js';
import {
  changeEvent,
  memberDecisions,
  olderVersions,
  reconfirmDecision,
  reconfirmItems,
  reconsentDecisions,
  reconsentItems,
  stateDecision,
} from '../../src/consent/member.js';
import { latestDecision, readSubjectState, subjectState, withRecord } from '../../src/consent/member-state.js';
import type { ConsentRecord } from '../../src/consent/record.js';
import type { PrivacyPolicy } from '../../src/policy/types.js';
import { formPolicy } from '../fixtures/form-policy.js';
import { makeRecord } from '../fixtures/record.js';

const policy = formPolicy();
const form = consentForm(policy);
const entry = (id: string) => form.items.find((item) => item.id === id)!;

const record = (overrides: Partial<ConsentRecord>): ConsentRecord =>
  makeRecord({ policy: { id: policy.id, version: policy.version, hash: 'sha256-AAAA' }, ...overrides });

const signup = record({
  items: [
    { id: 'signup', category: 'collection', required: true, basis: 'consent', granted: true },
    { id: 'profile', category: 'collection', required: false, basis: 'consent', granted: false },
    {
      id: 'ads',
      category: 'ad-receipt',
      required: false,
      basis: 'consent',
      granted: true,
      channels: [
        { id: 'sms', granted: true, night: true },
        { id: 'email', granted: true, night: false },
        { id: 'push', granted: false, night: false },
      ],
    },
  ],
});

const withdrawEmail = record({
  event: 'change',
  items: [
    {
      id: 'ads',
      category: 'ad-receipt',
      required: false,
      basis: 'consent',
      granted: true,
      channels: [
        { id: 'sms', granted: true, night: true },
        { id: 'email', granted: false, night: false },
        { id: 'push', granted: false, night: false },
      ],
    },
  ],
});

const state = subjectState('member-7', [
  { record: signup, receivedAt: '2024-03-02T01:00:00.000Z' },
  { record: withdrawEmail, receivedAt: '2025-01-10T01:00:00.000Z' },
]);

describe('a member state', () => {
  it('holds the latest decision per item and channel, each with its date, event and version', () => {
    expect(state.updatedAt).toBe('2025-01-10T01:00:00.000Z');
    const ads = latestDecision(state, policy.id, 'ads')!;
    expect(ads).toMatchObject({ granted: true, event: 'change', decidedAt: '2025-01-10T01:00:00.000Z' });
    expect(ads.channels!.map((c) => [c.id, c.granted, c.night])).toEqual([
      ['sms', true, true],
      ['email', false, false],
      ['push', false, false],
    ]);
    // A record changes only the items it decides.
    expect(latestDecision(state, policy.id, 'signup')).toMatchObject({ granted: true, event: 'grant' });
    expect(latestDecision(state, 'other-policy', 'signup')).toBeUndefined();
  });

  it('folds one more record as the store would', () => {
    const withdrawn = record({
      event: 'withdraw',
      items: [{ id: 'signup', category: 'collection', required: true, basis: 'consent', granted: false }],
    });
    const next = withRecord(state, withdrawn, '2026-01-01T00:00:00.000Z');
    expect(latestDecision(next, policy.id, 'signup')).toMatchObject({ granted: false, event: 'withdraw' });
    expect(next).toEqual(
      subjectState('member-7', [
        { record: signup, receivedAt: '2024-03-02T01:00:00.000Z' },
        { record: withdrawEmail, receivedAt: '2025-01-10T01:00:00.000Z' },
        { record: withdrawn, receivedAt: '2026-01-01T00:00:00.000Z' },
      ]),
    );
  });

  it('reads what a state endpoint answers, and names the first problem', () => {
    expect(readSubjectState(JSON.parse(JSON.stringify(state)))).toEqual(state);
    expect(() => readSubjectState([])).toThrow(/\$ is not an object/);
    expect(() => readSubjectState({ subject: 'x', items: {} })).toThrow(/\$\.items is not a list/);
    expect(() => readSubjectState({ subject: 'x', items: [{ ...state.items[0], decidedAt: 'soon' }] })).toThrow(
      /\$\.items\[0\]\.decidedAt/,
    );
    const badChannel = { ...state.items[2], channels: [{ id: 'sms' }] };
    expect(() => readSubjectState({ subject: 'x', items: [badChannel] })).toThrow(/channels\[0\]\.granted/);
  });
});

describe('decisions from a member state', () => {
  it('gives each item its standing decision, never-decided items refused', () => {
    const decisions = memberDecisions(form, state, policy.id);
    expect(decisions.signup).toEqual({ granted: true });
    expect(decisions.health).toEqual({ granted: false });
    expect(decisions.ads).toEqual({ granted: true, channels: { sms: true, email: false, push: false }, night: true });
    expect(stateDecision(entry('ads'), undefined)).toEqual({
      granted: false,
      channels: { sms: false, email: false, push: false },
      night: false,
    });
  });

  it('calls a change that leaves nothing granted a withdrawal', () => {
    expect(changeEvent({ granted: false })).toBe('withdraw');
    expect(changeEvent({ granted: true, channels: { sms: true } })).toBe('change');
  });
});

describe('re-consent', () => {
  const newer: PrivacyPolicy = {
    ...policy,
    version: '2027-01-01',
    consents: policy.consents!.map((item) =>
      item.id === 'profile'
        ? { ...item, purpose: ['맞춤 서비스 제공', '광고 효과 분석'] }
        : item.id === 'signup'
          ? { ...item, title: '회원가입 정보 수집·이용 동의' }
          : item,
    ),
  };
  const decidedAll = subjectState('member-7', [
    {
      record: record({
        items: form.items.map((item) => ({
          id: item.id,
          category: item.category as 'collection',
          required: item.required,
          basis: 'consent' as const,
          granted: true,
        })),
      }),
      receivedAt: '2024-03-02T01:00:00.000Z',
    },
  ]);

  it('asks only the items whose consent-relevant content changed (wording does not count)', () => {
    expect(olderVersions(newer, decidedAll)).toEqual([policy.version]);
    const asked = reconsentItems(consentForm(newer), newer, decidedAll, new Map([[policy.version, policy]]));
    expect(asked.map((item) => [item.entry.id, item.reason])).toEqual([['profile', 'changed']]);
    expect(asked[0]!.change!.facts).toEqual(['purpose']);
  });

  it('asks everything decided under a version it cannot compare, and items never decided', () => {
    const asked = reconsentItems(consentForm(newer), newer, state, new Map());
    const reasons = Object.fromEntries(asked.map((item) => [item.entry.id, item.reason]));
    expect(reasons.signup).toBe('unknown');
    expect(reasons.health).toBe('added');
  });

  it('keeps the other items as they stood in the re-consent record', () => {
    const decisions = reconsentDecisions(consentForm(newer), decidedAll, policy.id, { profile: { granted: false } });
    expect(decisions.profile).toEqual({ granted: false });
    expect(decisions.signup).toEqual({ granted: true });
  });
});

describe('the two-yearly reconfirmation', () => {
  it('lists the granted channels with the date each falls due', () => {
    const [target] = reconfirmItems(form, state, policy.id);
    expect(target!.entry.id).toBe('ads');
    expect(target!.channels).toEqual([{ id: 'sms', decidedAt: '2025-01-10T01:00:00.000Z', due: '2027-01-10' }]);
    expect(target!.due).toBe('2027-01-10');
    const none = subjectState('member-8', [{ record: signup, receivedAt: '2024-03-02T01:00:00.000Z' }]);
    expect(reconfirmItems(form, withRecord(none, withdrawEmail, '2025-01-01T00:00:00Z'), policy.id)).toHaveLength(1);
  });

  it('keeps the channels left ticked, with their night-time consent, and withdraws the rest', () => {
    const [target] = reconfirmItems(form, state, policy.id);
    expect(reconfirmDecision(target!, new Set(['sms']))).toEqual({
      granted: true,
      channels: { sms: true, email: false, push: false },
      night: true,
    });
    expect(reconfirmDecision(target!, new Set())).toEqual({
      granted: false,
      channels: { sms: false, email: false, push: false },
      night: false,
    });
  });
});
