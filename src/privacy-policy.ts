/**
 * `import 'privacy-consent/privacy-policy'` registers `<privacy-policy>`.
 * (`privacy-consent/components/privacy-policy.js` is the class alone.)
 */
import { PrivacyPolicyElement } from './components/privacy-policy.js';
import { defineElement } from './components/shared/define.js';

defineElement('privacy-policy', PrivacyPolicyElement);

export * from './components/privacy-policy.js';
