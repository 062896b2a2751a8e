export type { Catalog, CatalogKey, Namespace, NamespaceStrings } from './catalog.js';
export { DEFAULT_LANG, catalogFor, loadedCatalog, registerCatalog, registerStrings, isSupported } from './registry.js';
export { resolveLang } from './resolve-lang.js';
