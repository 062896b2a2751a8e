import type { Catalog } from './catalog.js';
import ko from './ko.js';

export const DEFAULT_LANG = 'ko';

const catalogs = new Map<string, Catalog>([[ko.$lang, ko]]);

/** Loaders for the locales that ship with the library; each is a separate chunk. */
const loaders: Record<string, () => Promise<{ default: Catalog }>> = {
  en: () => import('./en.js'),
};

/** Adds or replaces a catalog, e.g. a host's own `ja` or a reworded `ko`. */
export const registerCatalog = (catalog: Catalog): void => {
  catalogs.set(catalog.$lang.toLowerCase(), catalog);
};

/** `en-US` → [`en-us`, `en`]. */
const candidates = (lang: string): string[] => {
  const tag = lang.toLowerCase();
  const base = tag.split('-')[0]!;
  return base === tag ? [tag] : [tag, base];
};

/** The catalog for a language if it is loaded: the exact tag, then its base; undefined otherwise. */
export const loadedCatalog = (lang: string): Catalog | undefined =>
  candidates(lang)
    .map((tag) => catalogs.get(tag))
    .find(Boolean);

/** Whether the library can provide `lang` (loaded, registered or loadable). */
export const isSupported = (lang: string): boolean =>
  candidates(lang).some((tag) => catalogs.has(tag) || tag in loaders);

/**
 * The catalog for a language, loading it if the library ships it. Unknown languages get
 * the default (Korean) catalog.
 */
export const catalogFor = async (lang: string): Promise<Catalog> => {
  const loaded = loadedCatalog(lang);
  if (loaded) return loaded;
  const tag = candidates(lang).find((candidate) => candidate in loaders);
  if (!tag) return catalogs.get(DEFAULT_LANG)!;
  const { default: catalog } = await loaders[tag]!();
  registerCatalog(catalog);
  return catalog;
};
