import type { Catalog, CatalogKey } from '../../i18n/index.js';
import type { ConsentStrings } from '../../i18n/catalog.js';
import { LocalizeController } from '../shared/localize-controller.js';

type Args<K extends CatalogKey> = Catalog[K] extends (...args: infer A) => string ? A : [];
type Entry = string | ((...values: unknown[]) => string);

/** The Korean strings the views loaded on demand brought so far. */
const korean: Partial<Record<CatalogKey, Entry>> = {};

/** A view loaded on demand brings its Korean strings (the element's first load has the form's only). */
export const addKorean = (strings: Partial<ConsentStrings>): void => void Object.assign(korean, strings);

/**
 * The strings of `<privacy-consent>` and its views: the catalog's; where the catalog in use lacks
 * one (the Korean catalog holds only what the element's first load registered), the Korean one
 * its view brought. English and a host's catalogs are whole, so they always answer first.
 */
export class ConsentLocalize extends LocalizeController {
  override term<K extends CatalogKey>(key: K, ...args: Args<K>): string {
    const own = super.term(key, ...args) as string | undefined;
    if (own !== undefined) return own;
    const entry = korean[key]!;
    return typeof entry === 'function' ? entry(...args) : entry;
  }
}
