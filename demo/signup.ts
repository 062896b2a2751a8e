import '../src/privacy-consent.js';
import { withExampleTerms } from './example-terms.js';
import { SEEDS, policyUrl } from './seeds.js';
import type { PrivacyPolicy } from '../src/policy/types.js';

const params = new URLSearchParams(location.search);
const choices: readonly string[] = [...SEEDS, 'demo-shop'];
const seed = choices.find((name) => name === params.get('policy')) ?? SEEDS[0];
const layout = params.get('layout') === 'sheet' ? 'sheet' : 'inline';
const consent = document.querySelector('privacy-consent')!;
consent.layout = layout;
// A pseudonymous id the host would give; here a random one per visit.
consent.subject = `demo-${crypto.randomUUID().slice(0, 8)}`;
// The seed's consents plus an example 서비스 이용약관 (the demo's receiver knows this document too).
void fetch(policyUrl(seed))
  .then((response) => response.json() as Promise<PrivacyPolicy>)
  .then((policy) => (consent.policy = withExampleTerms(policy)))
  .catch(() => (consent.src = policyUrl(seed)));

const link = (href: string, text: string, current: boolean) => {
  const anchor = Object.assign(document.createElement('a'), { href, textContent: text });
  if (current) anchor.setAttribute('aria-current', 'page');
  return anchor;
};
document
  .querySelector('#seed-nav')!
  .replaceChildren(...choices.map((name) => link(`?policy=${name}&layout=${layout}`, name, name === seed)));
document
  .querySelector('#layout-nav')!
  .replaceChildren(
    link(`?policy=${seed}&layout=inline`, '펼쳐 보기 (inline)', layout === 'inline'),
    link(`?policy=${seed}&layout=sheet`, '보기 시트 (sheet)', layout === 'sheet'),
  );

consent.addEventListener('privacy-load', (event) => {
  document.querySelector('#company')!.textContent = `· ${String(
    typeof event.detail.policy.controller.name === 'string'
      ? event.detail.policy.controller.name
      : event.detail.policy.controller.name.ko,
  )}`;
});

// The demo has no account backend: it keeps the page and shows the outcome instead of
// navigating. The consent record goes to /api/consent either way (see receipts.html).
const form = document.querySelector<HTMLFormElement>('#signup')!;
const result = document.querySelector('#result')!;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  result.textContent = '가입 신청을 처리하는 중입니다…';
});
consent.addEventListener('privacy-submitted', () => {
  result.textContent =
    '가입 신청이 접수되었습니다 (데모). 동의 결과는 위에, 저장된 기록은 「저장된 동의 기록」에서 볼 수 있습니다.';
});
consent.addEventListener('privacy-error', (event) => {
  if (!event.detail.willRetry && event.detail.error.name !== 'PolicyLoadError')
    result.textContent = '동의 기록을 전송하지 못했습니다.';
});

// A child under the age limit (where the policy offers a guardian's consent): the element hands us
// the draft record; we would verify the guardian here. The demo's "verification" is a labelled
// stand-in that checks nothing, then completes the signup with what was entered.
const guardian = document.querySelector<HTMLElement>('#guardian')!;
const guardianForm = document.querySelector<HTMLFormElement>('#guardian-form')!;
consent.addEventListener('privacy-guardian-required', () => {
  guardian.hidden = false;
  guardian.querySelector('input')!.focus();
});
guardianForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(guardianForm);
  void consent
    .completeGuardian({
      method: data.get('method') as 'mobile',
      verifiedAt: new Date(),
      name: String(data.get('name')),
      contact: String(data.get('contact')),
    })
    .then(() => (guardian.hidden = true))
    .catch((error: Error) => (result.textContent = `법정대리인 동의를 기록하지 못했습니다: ${error.message}`));
});
