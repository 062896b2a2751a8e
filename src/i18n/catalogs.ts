import type { Catalog, Namespace, NamespaceStrings } from './catalog.js';
import type { Loaders } from './loaders.js';

/**
 * The strings registered so far, by language: the store every element reads. It ships no
 * strings itself, so an element bundles only the ones it needs (see registry.ts for the
 * loaders of the languages the library ships, and the Korean common strings).
 */
export const DEFAULT_LANG = 'ko';

/** Strings by language, merged from the namespaces registered so far (internal: use the functions). */
export const catalogs = new Map<string, Partial<Catalog>>();
/** The namespaces registered per language (internal). */
export const registered = new Map<string, Set<Namespace | 'all'>>();

const NAMES: Record<string, string> = { ko: '한국어', en: 'English' };

/** `en-US` → [`en-us`, `en`]. */
export const candidates = (lang: string): string[] => {
  const tag = lang.toLowerCase();
  const base = tag.split('-')[0]!;
  return base === tag ? [tag] : [tag, base];
};

const merge = (
  lang: string,
  namespace: Namespace | 'all',
  merged: (current?: Partial<Catalog>) => Partial<Catalog>,
) => {
  const tag = lang.toLowerCase();
  catalogs.set(tag, merged(catalogs.get(tag)));
  registered.set(tag, (registered.get(tag) ?? new Set()).add(namespace));
};

/** Adds strings of one namespace for a language (elements register their Korean ones). */
export const registerStrings = <N extends Namespace>(lang: string, namespace: N, strings: NamespaceStrings[N]): void =>
  merge(lang, namespace, (current) => ({
    $lang: lang.toLowerCase(),
    $name: NAMES[lang.toLowerCase()] ?? lang.toLowerCase(),
    ...current,
    ...strings,
  }));

/**
 * Adds an element's default strings without replacing any already there, so strings that load
 * in parts (the cookie banner's first, the rest on use) never undo a host's reworded ones.
 */
export const registerDefaults = <N extends Namespace>(
  lang: string,
  namespace: N,
  strings: Partial<NamespaceStrings[N]>,
): void =>
  merge(lang, namespace, (current) => ({
    $lang: lang.toLowerCase(),
    $name: NAMES[lang.toLowerCase()] ?? lang.toLowerCase(),
    ...strings,
    ...current,
  }));

/** Adds or replaces a whole catalog, e.g. a host's own `ja` or a reworded `ko`. */
export const registerCatalog = (catalog: Catalog): void =>
  merge(catalog.$lang, 'all', (current) => ({ ...current, ...catalog }));

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

/**
 * The strings for a language, loading its missing namespaces with `loaders` (loaders.ts). A
 * language none of them has gets what is registered for it, else Korean.
 */
export const loadStrings = async (
  lang: string,
  namespaces: readonly Namespace[],
  loaders: Loaders,
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
