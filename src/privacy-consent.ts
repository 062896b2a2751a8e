/**
 * `import 'privacy-consent/privacy-consent'` registers `<privacy-consent>`.
 */
import { PrivacyConsent } from './components/privacy-consent/privacy-consent.js';
import { defineElement } from './components/shared/define.js';

defineElement('privacy-consent', PrivacyConsent);

export { PrivacyConsent };
export type * from './components/privacy-consent/events.js';
