import { describe, expect, it } from 'vitest';
import { policyLabels } from '../../src/policy/labels.js';
import type { CollectionRow, PrivacyPolicy, Section } from '../../src/policy/index.js';
import { everyBlockPolicy } from '../fixtures/every-block-policy.js';
import { minimalPolicy } from '../fixtures/minimal-policy.js';
import { seedPolicy } from './seeds.js';

const withCollection = (...rows: CollectionRow[]): PrivacyPolicy => {
  const policy = minimalPolicy();
  return {
    ...policy,
    sections: policy.sections.map((section) =>
      section.id === 'items' ? { ...section, blocks: [{ type: 'collection', rows }] } : section,
    ),
  };
};

const withSection = (section: Section): PrivacyPolicy => {
  const policy = minimalPolicy();
  return { ...policy, sections: [...policy.sections, section] };
};

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
    expect(qsolution.items).toEqual({ required: 7, optional: 4, unmarked: 0, section: 'items' });
    expect(qsolution.thirdParty).toEqual({ count: undefined, section: 'third-party' });
  });

  it('counts distinct items, not occurrences: smartro lists 150 required items, 66 of them different', () => {
    // 36 different optional items ('가맹점 주소' and '가맹점주소' are one, as are '신청인 휴대폰번호'
    // and '신청인 휴대폰 번호'), 9 of which another row requires: they count once, as required.
    expect(policyLabels(seedPolicy('smartro')).items).toEqual({
      required: 66,
      optional: 27,
      unmarked: 0,
      section: 'items',
    });
  });

  it('counts items marked neither required nor optional as unmarked, not as required', () => {
    // smallticket lists 20 items in its tables (19 different) without saying which are required.
    expect(policyLabels(seedPolicy('smallticket')).items).toMatchObject({ required: 0, optional: 0, unmarked: 19 });
    const mixed = policyLabels(
      withCollection(
        { stage: '가입', required: ['이메일', '비밀번호'], optional: ['생년월일'] },
        { stage: '주문', required: ['주소', { label: '결제', items: ['카드번호', ' 이메일 '] }], items: ['비밀번호'] },
        { stage: '상담', optional: ['주소', '전화번호'], items: ['상담  내용', '상담 내용', '전화번호'] },
      ),
    ).items;
    // Required anywhere wins, then optional; spacing does not make an item new.
    expect(mixed).toEqual({ required: 4, optional: 2, unmarked: 1, section: 'items' });
  });

  it('counts overseas recipients and their countries, decisions, tools, and names the representative', () => {
    const labels = policyLabels(everyBlockPolicy());
    expect(labels.overseas).toEqual({ count: 3, countries: 2, section: 'overseas' });
    expect(labels.overseasCollection).toEqual({ count: 1, section: 'collected-abroad' });
    expect(labels.automatedDecisions).toEqual({ count: 2, section: 'automated' });
    expect(labels.behaviouralAds).toEqual({ count: 2, section: 'ads' });
    expect(labels.domesticAgent.section).toBe('agent');
    expect(labels.domesticAgent.agent?.name).toBe('한국대리 주식회사');
  });

  it('says a block with nothing countable is there (0 tools), and a topic alone only where to read', () => {
    const noTools = policyLabels(
      withSection({
        id: 'ads',
        title: '맞춤형 광고',
        topics: ['behavioural-ads'],
        blocks: [{ type: 'behavioural-ads', data: ['방문 기록'] }],
      }),
    );
    expect(noTools.behaviouralAds).toEqual({ count: 0, section: 'ads' });
    const topicsOnly = policyLabels(
      withSection({
        id: 'more',
        title: '기타',
        topics: ['automated-decisions', 'domestic-agent', 'overseas'],
        blocks: [{ type: 'paragraph', text: '해당 사항이 없습니다.' }],
      }),
    );
    expect(topicsOnly.automatedDecisions).toEqual({ count: undefined, section: 'more' });
    expect(topicsOnly.domesticAgent).toEqual({ agent: undefined, section: 'more' });
    expect(topicsOnly.overseas).toEqual({ count: undefined, countries: undefined, section: 'more' });
  });

  it('reports unstated facts as unstated, not as "none"', () => {
    const policy = minimalPolicy();
    const labels = policyLabels({ ...policy, sections: policy.sections.filter((s) => s.id !== 'third-party') });
    expect(labels.thirdParty).toEqual({ count: undefined, section: undefined });
    expect(labels.sensitive.processed).toBe(false);
    expect(labels.children.policy).toBeUndefined();
    expect(labels.automatedDecisions).toEqual({ count: undefined, section: undefined });
    expect(labels.behaviouralAds).toEqual({ count: undefined, section: undefined });
    expect(labels.overseasCollection).toEqual({ count: undefined, section: undefined });
    expect(labels.domesticAgent).toEqual({ agent: undefined, section: undefined });
  });
});
