import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  catalogFor,
  DEFAULT_LANG,
  loadedCatalog,
  resolveLang,
  type Catalog,
  type CatalogKey,
  type Namespace,
} from '../../i18n/index.js';
import { unwatchLang, watchLang } from './lang-watch.js';

type Host = ReactiveControllerHost & HTMLElement;
type Args<K extends CatalogKey> = Catalog[K] extends (...args: infer A) => string ? A : [];

/**
 * Gives an element its UI strings in the language resolved from `lang` (its own, the nearest
 * ancestor's, or the page's), loading a non-default catalog on demand.
 */
export class LocalizeController implements ReactiveController {
  /** The resolved language tag, e.g. `ko` or `en-US`. */
  lang = DEFAULT_LANG;
  private catalog: Catalog = loadedCatalog(DEFAULT_LANG)!;

  private readonly namespaces: readonly Namespace[];

  /** `namespaces`: the element's own strings besides the common ones (e.g. `['consent']`). */
  constructor(
    private readonly host: Host,
    namespaces: readonly Namespace[] = [],
  ) {
    this.namespaces = ['common', ...namespaces];
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh();
    watchLang(this);
  }

  hostDisconnected(): void {
    unwatchLang(this);
  }

  /** Re-resolves the language; the host re-renders once its catalog is ready. */
  refresh(): void {
    const lang = resolveLang(this.host);
    if (lang === this.lang && this.catalog) return;
    this.lang = lang;
    const ready = loadedCatalog(lang, this.namespaces);
    if (ready) {
      this.catalog = ready;
      this.host.requestUpdate();
      return;
    }
    void catalogFor(lang, this.namespaces).then((catalog) => {
      if (this.lang !== lang) return;
      this.catalog = catalog;
      this.host.requestUpdate();
    });
  }

  /** The language of the catalog in use (`ko` while another one is still loading). */
  get catalogLang(): string {
    return this.catalog.$lang;
  }

  /** A UI string; functions in the catalog take arguments. */
  term<K extends CatalogKey>(key: K, ...args: Args<K>): string {
    const entry = this.catalog[key] as string | ((...values: unknown[]) => string);
    return typeof entry === 'function' ? entry(...args) : entry;
  }

  /** A calendar date (`YYYY-MM-DD`) written for the language, e.g. `2020년 6월 16일`. */
  date(isoDate: string): string {
    const [year, month, day] = isoDate.split('-').map(Number);
    return new Intl.DateTimeFormat(this.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(year!, month! - 1, day!)),
    );
  }
}
