/**
 * privacy-consent: the policy model, the consent record, and the elements that render them.
 * Importing this module registers every element.
 */
export * from './policy/index.js';
export * from './consent/index.js';
export { catalogFor, registerCatalog, registerStrings, resolveLang, type Catalog } from './i18n/index.js';
export * from './privacy-consent.js';
export * from './privacy-policy.js';
export * from './privacy-cookie-notice.js';
