/**
 * The cookie notice alone as a script-tag file: `<script src="privacy-cookie-notice.iife.js">`
 * registers `<privacy-cookie-notice>` and exposes its class as
 * `window.PrivacyCookieNoticeBundle.PrivacyCookieNotice`: for pages that show the cookie notice and
 * nothing else (most pages of a site), without the consent form's and the policy's code.
 */
export * from './privacy-cookie-notice.js';
