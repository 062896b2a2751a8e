/**
 * The typed message catalog for built-in UI strings. Policy text is data and never lives
 * here. Korean is the default and always bundled; other locales load on demand.
 */
export interface Catalog {
  /** The locale this catalog is for, e.g. `ko`. */
  readonly $lang: string;
  /** The language's own name, e.g. `한국어`. */
  readonly $name: string;
  readonly required: string;
  readonly optional: string;
  readonly loading: string;
  readonly loadError: string;
  readonly retry: string;
  readonly invalidPolicy: string;
  readonly invalidPolicyDetail: (count: number) => string;
  readonly close: string;
  readonly showDetails: string;
  readonly hideDetails: string;
  readonly opensInNewWindow: string;
}

export type CatalogKey = Exclude<keyof Catalog, `$${string}`>;
