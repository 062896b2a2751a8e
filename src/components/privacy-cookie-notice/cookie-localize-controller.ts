/**
 * The notice's UI strings: the Korean banner ships with the element; every other string (the
 * settings, errors, what is said after a choice) and every other language load on demand.
 * Lighter than the shared LocalizeController, which bundles the strings every element shares.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalog, CatalogKey } from '../../i18n/catalog.js';
import { catalogs, DEFAULT_LANG, loadedCatalog, registerDefaults } from '../../i18n/catalogs.js';
import koBanner from '../../i18n/ko/cookie-banner.js';
import { resolveLang } from '../../i18n/resolve-lang.js';
import { unwatchLang, watchLang } from '../shared/lang-watch.js';

registerDefaults('ko', 'cookies', koBanner);

type Args<K extends CatalogKey> = Catalog[K] extends (...args: infer A) => string ? A : [];

export class CookieLocalizeController implements ReactiveController {
  /** The resolved language tag, e.g. `ko` or `en-US`. */
  lang = DEFAULT_LANG;
  /** The language of the strings in use (`ko` while another one is still loading). */
  catalogLang = DEFAULT_LANG;

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
    else
      import('./other-languages.js')
        .then(({ catalogFor }) => catalogFor(lang, ['common', 'cookies']))
        .then(use, () => {});
  }

  /** A UI string (read each time: strings loaded later join the same catalog). */
  term<K extends CatalogKey>(key: K, ...args: Args<K>): string {
    const entry = catalogs.get(this.catalogLang.toLowerCase())![key] as string | ((...values: unknown[]) => string);
    return typeof entry === 'function' ? entry(...args) : entry;
  }
}
