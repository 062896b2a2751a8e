/**
 * `import 'privacy-consent/privacy-policy'` registers `<privacy-policy>`.
 */
import { PrivacyPolicyElement } from './components/privacy-policy/privacy-policy.js';
import { defineElement } from './components/shared/define.js';

defineElement('privacy-policy', PrivacyPolicyElement);

export { PrivacyPolicyElement };
export type * from './components/shared/events.js';
