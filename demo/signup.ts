import '../src/privacy-consent.js';
import { SEEDS, policyUrl } from './seeds.js';

const params = new URLSearchParams(location.search);
const choices: readonly string[] = [...SEEDS, 'demo-shop'];
const seed = choices.find((name) => name === params.get('policy')) ?? SEEDS[0];
const consent = document.querySelector('privacy-consent')!;
consent.src = policyUrl(seed);
// A pseudonymous id the host would give; here a random one per visit.
consent.subject = `demo-${crypto.randomUUID().slice(0, 8)}`;

const nav = document.querySelector('#seed-nav')!;
nav.replaceChildren(
  ...choices.map((name) => {
    const link = Object.assign(document.createElement('a'), { href: `?policy=${name}`, textContent: name });
    if (name === seed) link.setAttribute('aria-current', 'page');
    return link;
  }),
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
