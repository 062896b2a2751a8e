/**
 * The loaders of the languages the library ships besides Korean, for the notice: a module of its
 * own, so the notice's first load carries none of them and the registry is loaded only when a
 * page is in another language.
 */
export { catalogFor } from '../../i18n/registry.js';
