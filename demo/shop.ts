/**
 * An example shop's signup: terms (이용약관, 전자금융거래 이용약관, optional 위치기반서비스 이용약관)
 * and personal location data in one agreement screen, from demo/policies/demo-market.json. The
 * sheet layout by default, as Korean shopping apps show it; `?layout=inline` for the other one.
 */
import '../src/privacy-consent.js';

const layout = new URLSearchParams(location.search).get('layout') === 'inline' ? 'inline' : 'sheet';
const consent = document.querySelector('privacy-consent')!;
consent.layout = layout;
consent.subject = `demo-${crypto.randomUUID().slice(0, 8)}`;
consent.src = new URL('./policies/demo-market.json', import.meta.url).href;

const link = (value: 'inline' | 'sheet', text: string) => {
  const anchor = Object.assign(document.createElement('a'), { href: `?layout=${value}`, textContent: text });
  if (value === layout) anchor.setAttribute('aria-current', 'page');
  return anchor;
};
document
  .querySelector('#layout-nav')!
  .replaceChildren(link('sheet', '보기 시트 (sheet)'), link('inline', '펼쳐 보기 (inline)'));

const form = document.querySelector<HTMLFormElement>('#signup')!;
const result = document.querySelector('#result')!;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  result.textContent = '가입 신청을 처리하는 중입니다…';
});
consent.addEventListener('privacy-submitted', () => {
  result.textContent = '가입 신청이 접수되었습니다 (데모). 저장된 기록은 「저장된 동의 기록」에서 볼 수 있습니다.';
});
