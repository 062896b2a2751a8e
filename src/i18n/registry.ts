import type { Catalog, Namespace, NamespaceStrings } from './catalog.js';
import { candidates, catalogs, DEFAULT_LANG, loadedCatalog, registered, registerStrings } from './catalogs.js';
import koCommon from './ko/common.js';

export { DEFAULT_LANG, loadedCatalog, registerCatalog, registerStrings } from './catalogs.js';

// Korean common strings come with every element that loads languages through here.
registerStrings('ko', 'common', koCommon);

/** The languages that ship with the library besides Korean: one chunk per namespace. */
const loaders: Record<string, { [N in Namespace]: () => Promise<{ default: NamespaceStrings[N] }> }> = {
  en: {
    common: () => import('./en/common.js'),
    consent: () => import('./en/consent.js'),
    account: () => import('./en/account.js'),
    policy: () => import('./en/policy.js'),
    cookies: () => import('./en/cookies.js'),
  },
};

/** Whether the library can provide `lang` (registered or loadable). */
export const isSupported = (lang: string): boolean =>
  candidates(lang).some((tag) => catalogs.has(tag) || tag in loaders);

/**
 * The strings for a language, loading the namespaces the library ships. A language the
 * library does not have gets Korean.
 */
export const catalogFor = async (
  lang: string,
  namespaces: readonly Namespace[] = ['common', 'consent', 'account', 'policy', 'cookies'],
): Promise<Catalog> => {
  const ready = loadedCatalog(lang, namespaces);
  if (ready) return ready;
  const tag = candidates(lang).find((candidate) => candidate in loaders);
  if (!tag) return (loadedCatalog(lang) ?? catalogs.get(DEFAULT_LANG)) as Catalog;
  const missing = namespaces.filter((namespace) => !registered.get(tag)?.has(namespace));
  const modules = await Promise.all(missing.map((namespace) => loaders[tag]![namespace]()));
  missing.forEach((namespace, index) => registerStrings(tag, namespace, modules[index]!.default as never));
  return catalogs.get(tag) as Catalog;
};
