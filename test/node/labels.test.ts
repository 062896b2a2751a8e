import { describe, expect, it } from 'vitest';
import { policyLabels } from '../../src/policy/labels.js';
import { minimalPolicy } from '../fixtures/minimal-policy.js';
import { seedPolicy } from './seeds.js';

describe('policyLabels (the labelling summary)', () => {
  it('counts what the seeds state and points at their sections', () => {
    const smartro = policyLabels(seedPolicy('smartro'));
    expect(smartro.thirdParty).toEqual({ count: 24, section: 'third-party' });
    expect(smartro.entrustment).toEqual({ count: 8, section: 'entrustment' });
    expect(smartro.overseas.count).toBeUndefined();
    expect(smartro.children.policy).toMatchObject({ minimumAge: 14, handling: 'not-offered' });
    expect(smartro.cookies).toEqual({ used: true, section: 'cookies' });
    expect(smartro.officer.contact?.name).toBe('김병곤');
    const qsolution = policyLabels(seedPolicy('qsolution'));
    expect(qsolution.items).toEqual({ required: 7, optional: 4, section: 'items' });
    expect(qsolution.thirdParty.count).toBeUndefined();
  });

  it('reports unstated facts as unstated, not as "none"', () => {
    const policy = minimalPolicy();
    const labels = policyLabels({ ...policy, sections: policy.sections.filter((s) => s.id !== 'third-party') });
    expect(labels.thirdParty).toEqual({ count: undefined, section: undefined });
    expect(labels.sensitive.processed).toBe(false);
    expect(labels.children.policy).toBeUndefined();
  });
});
