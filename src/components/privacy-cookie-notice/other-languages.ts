/**
 * The loaders of the languages the library ships besides Korean, for the notice: a module of its
 * own, so the notice's first load carries none of them, and one that imports no catalog code, so
 * the catalog module stays in the banner's chunk (one download, see cookie-localize-controller.ts).
 */
export { loaders } from '../../i18n/loaders.js';
