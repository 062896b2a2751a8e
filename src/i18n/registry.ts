import type { Catalog, Namespace } from './catalog.js';
import { candidates, catalogs, loadStrings, registerStrings } from './catalogs.js';
import koCommon from './ko/common.js';
import { loaders } from './loaders.js';

export { DEFAULT_LANG, loadedCatalog, registerCatalog, registerStrings } from './catalogs.js';

// Korean common strings come with every element that loads languages through here.
registerStrings('ko', 'common', koCommon);

/** Whether the library can provide `lang` (registered or loadable). */
export const isSupported = (lang: string): boolean =>
  candidates(lang).some((tag) => catalogs.has(tag) || tag in loaders);

/**
 * The strings for a language, loading the namespaces the library ships. A language the
 * library does not have gets Korean.
 */
export const catalogFor = (
  lang: string,
  namespaces: readonly Namespace[] = ['common', 'consent', 'account', 'policy', 'cookies'],
): Promise<Catalog> => loadStrings(lang, namespaces, loaders);
