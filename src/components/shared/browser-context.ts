/** What the elements read about the page they run in, for the records they build. */

/** The browser's Global Privacy Control signal (recorded; it never grants anything). */
export const gpcOn = (): boolean =>
  (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;

/** Where the decision was made; no query string or fragment, which may hold personal data. */
export const pageInfo = (): { readonly origin: string; readonly path: string } => ({
  origin: location.origin,
  path: location.pathname,
});
