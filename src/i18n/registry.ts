import type { Catalog, Namespace, NamespaceStrings } from './catalog.js';
import koCommon from './ko/common.js';

export const DEFAULT_LANG = 'ko';

/** Strings by language, merged from the namespaces registered so far. */
const catalogs = new Map<string, Partial<Catalog>>([['ko', { $lang: 'ko', $name: '한국어', ...koCommon }]]);
const registered = new Map<string, Set<Namespace | 'all'>>([['ko', new Set(['common'])]]);

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
const NAMES: Record<string, string> = { en: 'English' };

/** `en-US` → [`en-us`, `en`]. */
const candidates = (lang: string): string[] => {
  const tag = lang.toLowerCase();
  const base = tag.split('-')[0]!;
  return base === tag ? [tag] : [tag, base];
};

/** Adds strings of one namespace for a language (elements register their Korean ones). */
export const registerStrings = <N extends Namespace>(
  lang: string,
  namespace: N,
  strings: NamespaceStrings[N],
): void => {
  const tag = lang.toLowerCase();
  catalogs.set(tag, { $lang: tag, $name: NAMES[tag] ?? tag, ...catalogs.get(tag), ...strings });
  registered.set(tag, (registered.get(tag) ?? new Set()).add(namespace));
};

/** Adds or replaces a whole catalog, e.g. a host's own `ja` or a reworded `ko`. */
export const registerCatalog = (catalog: Catalog): void => {
  const tag = catalog.$lang.toLowerCase();
  catalogs.set(tag, { ...catalogs.get(tag), ...catalog });
  registered.set(tag, (registered.get(tag) ?? new Set()).add('all'));
};

const has = (tag: string, namespaces: readonly Namespace[]) => {
  const set = registered.get(tag);
  return Boolean(set && (set.has('all') || namespaces.every((namespace) => set.has(namespace))));
};

/**
 * The strings for a language if its namespaces are loaded (the exact tag, then its base);
 * undefined otherwise.
 */
export const loadedCatalog = (lang: string, namespaces: readonly Namespace[] = ['common']): Catalog | undefined => {
  const tag = candidates(lang).find((candidate) => has(candidate, namespaces));
  return tag ? (catalogs.get(tag) as Catalog) : undefined;
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
