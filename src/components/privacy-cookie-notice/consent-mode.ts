/**
 * Google Consent Mode v2 bridge: everything denied by default before any tag runs, then
 * updated from the visitor's categories. Tags read these through `gtag('consent', …)`.
 */
import { CONSENT_MODE_TYPES as TYPES, type CookieCategory } from '../../policy/types.js';

type Gtag = (...args: unknown[]) => void;
type GtagWindow = typeof globalThis & { dataLayer?: unknown[]; gtag?: Gtag };

/** The page's gtag, or the standard stub that queues calls for it (it needs `arguments`). */
const gtag = (): Gtag => {
  const page = globalThis as GtagWindow;
  page.dataLayer ??= [];
  return (
    page.gtag ??
    function (this: unknown) {
      // eslint-disable-next-line prefer-rest-params -- gtag reads the Arguments object itself.
      page.dataLayer!.push(arguments);
    }
  );
};

/** Whether the defaults were set already (by the head script, or another notice). */
export const defaultsSet = (): boolean =>
  ((globalThis as GtagWindow).dataLayer ?? []).some(
    (args) => (args as ArrayLike<unknown>)[0] === 'consent' && (args as ArrayLike<unknown>)[1] === 'default',
  );

/** Denies every storage type except security until the visitor decides. */
export const consentDefaults = (): void =>
  gtag()('consent', 'default', {
    ...Object.fromEntries(TYPES.map((type) => [type, type === 'security_storage' ? 'granted' : 'denied'])),
    wait_for_update: 500,
  });

/** Grants each storage type some allowed category maps to; denies the rest. */
export const consentUpdate = (
  categories: readonly CookieCategory[],
  allowed: (category: CookieCategory) => boolean,
): void => {
  const granted = new Set(categories.filter(allowed).flatMap((category) => category.consentMode ?? []));
  gtag()(
    'consent',
    'update',
    Object.fromEntries(
      TYPES.map((type) => [type, granted.has(type) || type === 'security_storage' ? 'granted' : 'denied']),
    ),
  );
};
