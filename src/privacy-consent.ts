/**
 * `import 'privacy-consent/privacy-consent'` registers `<privacy-consent>`.
 * (`privacy-consent/components/privacy-consent.js` is the class alone.)
 */
import { PrivacyConsent } from './components/privacy-consent.js';
import { defineElement } from './components/shared/define.js';

defineElement('privacy-consent', PrivacyConsent);

export * from './components/privacy-consent.js';
