/**
 * The notice's UI strings: the Korean banner ships with the element; every other string (the
 * settings, errors, what is said after a choice) and every other language load on demand.
 * Lighter than the shared LocalizeController, which bundles the strings every element shares.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalog, CatalogKey, Namespace, NamespaceStrings } from '../../i18n/catalog.js';
import { catalogs, DEFAULT_LANG, loadedCatalog, loadStrings, registerDefaults } from '../../i18n/catalogs.js';
import koBanner from '../../i18n/ko/cookie-banner.js';
import { resolveLang } from '../../i18n/resolve-lang.js';
import { unwatchLang, watchLang } from '../shared/lang-watch.js';

registerDefaults('ko', 'cookies', koBanner);

/** The Korean strings a view brings, by namespace (see {@link CookieLocalizeController.addDefaults}). */
export type KoreanDefaults = { readonly [N in Namespace]?: Partial<NamespaceStrings[N]> };

type Args<K extends CatalogKey> = Catalog[K] extends (...args: infer A) => string ? A : [];

export class CookieLocalizeController implements ReactiveController {
  /** The resolved language tag, e.g. `ko` or `en-US`. */
  lang = DEFAULT_LANG;
  /** The language of the strings in use (`ko` while another one is still loading). */
  catalogLang = DEFAULT_LANG;
  /** While another language's strings load: settles once they have (or failed to). */
  loading?: Promise<void>;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh();
    watchLang(this);
  }

  hostDisconnected(): void {
    unwatchLang(this);
  }

  refresh(): void {
    const lang = resolveLang(this.host);
    if (lang === this.lang) return;
    this.lang = lang;
    const use = (catalog?: Catalog) => {
      if (!catalog || this.lang !== lang) return;
      this.catalogLang = catalog.$lang;
      this.host.requestUpdate();
    };
    const ready = loadedCatalog(lang, ['cookies']);
    if (ready) use(ready);
    else {
      const loading: Promise<void> = import('./other-languages.js')
        .then(({ loaders }) => loadStrings(lang, ['common', 'cookies'], loaders))
        .then(use, () => {})
        .then(() => {
          if (this.loading === loading) this.loading = undefined;
        });
      this.loading = loading;
    }
  }

  /**
   * Registers the Korean strings of a view that just loaded (the settings, a failure, the choice
   * code). The views leave it to this, rather than import the catalog module themselves, so that
   * module stays in the banner's chunk instead of a chunk shared with them: the banner is then
   * one download, not two in a row. A host's own strings are never replaced.
   */
  addDefaults(defaults: KoreanDefaults): void {
    for (const namespace of Object.keys(defaults) as Namespace[])
      registerDefaults('ko', namespace, defaults[namespace] as Partial<NamespaceStrings[typeof namespace]>);
  }

  /** A UI string (read each time: strings loaded later join the same catalog). */
  term<K extends CatalogKey>(key: K, ...args: Args<K>): string {
    const entry = catalogs.get(this.catalogLang.toLowerCase())![key] as string | ((...values: unknown[]) => string);
    return typeof entry === 'function' ? entry(...args) : entry;
  }
}
