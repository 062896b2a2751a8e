/**
 * `import { PrivacyPolicyElement } from 'privacy-consent/components/privacy-policy.js'`: the
 * class without registering it, to define it under another tag or to extend it. Importing
 * `privacy-consent/privacy-policy` registers it as `<privacy-policy>`.
 */
export { PrivacyPolicyElement } from './privacy-policy/privacy-policy.js';
export type * from './shared/events.js';
