/**
 * `import 'privacy-consent/privacy-cookie-notice'` registers `<privacy-cookie-notice>`.
 * (`privacy-consent/components/privacy-cookie-notice.js` is the class alone.)
 */
import { PrivacyCookieNotice } from './components/privacy-cookie-notice.js';
import { defineElement } from './components/shared/define.js';

defineElement('privacy-cookie-notice', PrivacyCookieNotice);

export * from './components/privacy-cookie-notice.js';
