/**
 * `import { PrivacyConsent } from 'privacy-consent/components/privacy-consent.js'`: the class
 * without registering it, to define it under another tag or to extend it. Importing
 * `privacy-consent/privacy-consent` registers it as `<privacy-consent>`.
 */
export { PrivacyConsent } from './privacy-consent/privacy-consent.js';
export type * from './shared/events.js';
