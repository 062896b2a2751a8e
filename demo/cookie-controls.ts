import type { PrivacyCookieNotice } from '../src/privacy-cookie-notice.js';

/** The cookie pages' two demo buttons: open the settings again, and forget the stored choice. */
export const wireCookieControls = (notice: PrivacyCookieNotice): void => {
  document.querySelector('#reopen')!.addEventListener('click', () => notice.show());
  document.querySelector('#forget')!.addEventListener('click', () => {
    document.cookie = `${notice.cookieName}=; Path=/; Max-Age=0`;
    location.reload();
  });
};
