/**
 * `import { PrivacyConsent } from 'privacy-consent/components/privacy-consent.js'`: the class
 * without registering it, to define it under another tag or to extend it. Importing
 * `privacy-consent/privacy-consent` registers it as `<privacy-consent>`.
 */
export { PrivacyConsent, type ConsentMode } from './privacy-consent/privacy-consent.js';
export type { StateLoadError } from './privacy-consent/member-modes.js';
export type * from './shared/events.js';
