import '../src/privacy-cookie-notice.js';
import { wireCookieControls } from './cookie-controls.js';

// The five seeds state no optional cookie categories (notice mode); demo-shop does (opt-in).
const CHOICES = ['smartro', 'qsolution', 'smallticket', 'sellmate', 'esolutiontg', 'demo-shop'];
const params = new URLSearchParams(location.search);
const policy = CHOICES.find((name) => name === params.get('policy')) ?? 'smartro';
const notice = document.querySelector('privacy-cookie-notice')!;
notice.mode = policy === 'demo-shop' ? 'opt-in' : 'notice';
notice.cookieName = `privacy_consent_${policy.replace(/-/g, '_')}`;
notice.policyHref = `./policy.html?policy=${policy}&section=cookies`;
// The small cookie document (served by demo/server, derived from the policy), not the policy itself.
notice.src = `./cookies/${policy}.json`;
document.querySelector('#mode')!.textContent = `· ${policy} (${notice.mode})`;

document.querySelector('#seed-nav')!.replaceChildren(
  ...CHOICES.map((name) => {
    const link = Object.assign(document.createElement('a'), { href: `?policy=${name}`, textContent: name });
    if (name === policy) link.setAttribute('aria-current', 'page');
    return link;
  }),
);
wireCookieControls(notice);
