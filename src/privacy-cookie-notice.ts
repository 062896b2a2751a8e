/**
 * `import 'privacy-consent/privacy-cookie-notice'` registers `<privacy-cookie-notice>`.
 */
import { PrivacyCookieNotice } from './components/privacy-cookie-notice/privacy-cookie-notice.js';
import { defineElement } from './components/shared/define.js';

defineElement('privacy-cookie-notice', PrivacyCookieNotice);

export { PrivacyCookieNotice };
export type { PrivacyCookieChangeDetail } from './components/privacy-cookie-notice/privacy-cookie-notice.js';
