export type { Catalog, CatalogKey } from './catalog.js';
export { DEFAULT_LANG, catalogFor, loadedCatalog, registerCatalog, isSupported } from './registry.js';
export { resolveLang } from './resolve-lang.js';
