/**
 * What the demo's account page (account.html) and its backend (server/) share: the member the
 * page stands for, the policy it uses, and the "policy change" its button simulates. The change
 * is a new version of the policy whose optional profile item collects one more field (a change
 * that needs consent again, PIPA 15(2)) while another item is only reworded (which does not).
 */
import type { PrivacyPolicy } from '../src/policy/types.js';

/** The member account.html shows: the demo's stand-in for a signed-in member. */
export const DEMO_MEMBER = 'demo-member';

/** The seed policy (demo/policies/) the account page uses. */
export const ACCOUNT_POLICY = 'demo-shop';

/** The version the simulated change publishes. */
export const CHANGED_VERSION = '2027-03-01';

/** The next version of `policy`: the profile item also collects 관심 카테고리, the marketing item is reworded. */
export const changedPolicy = (policy: PrivacyPolicy): PrivacyPolicy => {
  // The simulated version is in force: whatever the policy announced as upcoming is left out.
  const { previousVersions = [], upcoming: _upcoming, ...current } = policy;
  return {
    ...current,
    version: CHANGED_VERSION,
    announcedOn: '2027-02-01',
    effectiveOn: CHANGED_VERSION,
    // The version the member consented under travels inline, so the element can show what changed.
    previousVersions: [
      { version: policy.version, effectiveOn: policy.effectiveOn, policy: current },
      ...previousVersions,
    ],
    consents: (policy.consents ?? []).map((item) =>
      item.id === 'profile'
        ? { ...item, items: [...(Array.isArray(item.items) ? item.items : []), '관심 카테고리'] }
        : item.id === 'marketing'
          ? { ...item, title: '마케팅 정보 활용 동의' }
          : item,
    ),
  };
};
