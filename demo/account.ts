/**
 * 마이페이지 > 개인정보 및 수신 설정: `<privacy-consent mode="manage">` for the demo member, with
 * buttons that simulate what happens later in a membership: a new policy version that changes a
 * consented item (`mode="reconsent"`, with the new version from account-policy.ts, which the demo
 * receiver knows too) and the two-yearly advertising reconfirmation (`mode="reconfirm"`).
 */
import '../src/privacy-consent.js';
import type { ConsentMode } from '../src/privacy-consent.js';
import type { PrivacyPolicy } from '../src/policy/types.js';
import { changedPolicy, CHANGED_VERSION, DEMO_MEMBER } from './account-policy.js';
import { policyUrl } from './seeds.js';

const consent = document.querySelector('privacy-consent')!;
const note = document.querySelector('#mode-note')!;
const stateUrl = `/api/consent/state?subject=${DEMO_MEMBER}`;

const NOTES: Record<ConsentMode, string> = {
  signup: '',
  manage: '선택 항목과 광고 수신 매체를 하나씩 바꿀 수 있습니다. 바꾸는 즉시 저장되고 처리 결과가 안내됩니다.',
  reconsent: `시뮬레이션: 처리방침이 ${CHANGED_VERSION} 버전으로 바뀌어, 선택 정보 수집 항목에 「관심 카테고리」가 더해졌습니다 (마케팅 동의는 이름만 바뀌어 다시 묻지 않습니다).`,
  reconfirm:
    '시뮬레이션: 광고성 정보 수신에 동의한 지 2년이 되어 동의 여부를 다시 확인합니다 (정보통신망법 제50조제8항).',
};

const load = (url: string) => fetch(url).then((response) => response.json() as Promise<PrivacyPolicy>);
const current = load(policyUrl('demo-shop'));

const show = async (mode: ConsentMode) => {
  const policy = await current;
  consent.policy = mode === 'reconsent' ? changedPolicy(policy) : policy;
  // Read the member's consent afresh: what they decided in the other screens is stored by now.
  consent.stateSrc = `${stateUrl}&t=${Date.now()}`;
  consent.mode = mode;
  note.textContent = NOTES[mode];
  for (const button of document.querySelectorAll<HTMLButtonElement>('#mode-nav button'))
    button.setAttribute('aria-pressed', String(button.dataset.mode === mode));
};

for (const button of document.querySelectorAll<HTMLButtonElement>('#mode-nav button'))
  button.addEventListener('click', () => void show(button.dataset.mode as ConsentMode));

void show('manage');
