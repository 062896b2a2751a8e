/**
 * privacy-consent: the policy model and the elements that render it.
 * Importing this module registers every element that has landed.
 */
export * from './policy/index.js';
export { catalogFor, registerCatalog, resolveLang, type Catalog } from './i18n/index.js';
