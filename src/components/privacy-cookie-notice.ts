/**
 * `import { PrivacyCookieNotice } from 'privacy-consent/components/privacy-cookie-notice.js'`:
 * the class without registering it, to define it under another tag or to extend it. Importing
 * `privacy-consent/privacy-cookie-notice` registers it as `<privacy-cookie-notice>`.
 */
export { PrivacyCookieNotice } from './privacy-cookie-notice/privacy-cookie-notice.js';
export type * from './shared/events.js';
