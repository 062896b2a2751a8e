/**
 * `<privacy-cookie-notice>` with its banner rendered ahead of time, in a declarative shadow root:
 * the banner is painted with the page, before any script, and the element replaces it with its
 * own (the same template, so the same markup) once its code has loaded, or removes it when a
 * choice is stored. The banner's stylesheet is inline in the shadow root: a strict CSP allows it
 * by its hash (`privacy-consent cookies --html` prints it).
 */
import { bannerTemplate, type BannerView } from '../components/privacy-cookie-notice/banner-view.js';
import { styles } from '../components/privacy-cookie-notice/privacy-cookie-notice.styles.js';
import { coreTokens } from '../components/shared/core-tokens.js';
import { resolver } from '../components/shared/text-lang.js';
import type { CookieStrings } from '../i18n/catalog.js';
import enCookies from '../i18n/en/cookies.js';
import koBanner from '../i18n/ko/cookie-banner.js';
import { isCookieDocument, type CookieDocument } from '../policy/cookie-document.js';
import { documentBase } from '../policy/links.js';
import { escapeAttribute, renderToString } from './serialize.js';

export interface PrerenderOptions {
  /** `ko` (default) or `en`: the language of the banner's own strings. */
  readonly lang?: 'ko' | 'en';
  /** The element's `mode`. */
  readonly mode?: 'notice' | 'opt-in';
  /** The element's `policy-href`. */
  readonly policyHref?: string;
}

export interface PrerenderedBanner {
  /** The whole element: its attributes, the declarative shadow root and the inline cookie document. */
  readonly html: string;
  /** The text of the inline `<style>`, whose hash a strict CSP's `style-src` lists. */
  readonly css: string;
}

/**
 * A relative `policy-href` is checked for its scheme after resolving it against the page's URL,
 * which is not known ahead of time; any https URL gives a relative link the same scheme.
 */
const SOME_PAGE = 'https://page.invalid/';

/**
 * The parser streams a declarative shadow root in, and may paint a half-parsed banner (its
 * height then grows: a layout shift); so the banner stays hidden until the mark after it is parsed.
 */
const PARSED = 'prerendered-end';
const HIDDEN_UNTIL_PARSED = `.banner:not(:has(~ .${PARSED})){visibility:hidden}`;

/** The cookie document as the element's inline child: `<` escaped, so no text can end the script. */
const inlineJson = (cookies: CookieDocument): string => JSON.stringify(cookies).replace(/</g, '\\u003c');

export const prerenderedBanner = (cookies: CookieDocument, options: PrerenderOptions = {}): PrerenderedBanner => {
  // The same check the element makes: a document with a disallowed link is not rendered.
  if (!isCookieDocument(cookies))
    throw new TypeError('Not a valid cookie document (`privacy-consent cookies` prints one).');
  const { lang = 'ko', mode = 'notice', policyHref } = options;
  const strings: Partial<CookieStrings> = lang === 'en' ? enCookies : koBanner;
  const term = (key: keyof CookieStrings, ...args: unknown[]): string => {
    const entry = strings[key] as string | ((...values: unknown[]) => string);
    return typeof entry === 'function' ? entry(...args) : entry;
  };
  const noop = () => {};
  const banner = renderToString(
    bannerTemplate({
      cookies,
      t: resolver(lang, cookies.policy.lang, documentBase(cookies.policy), lang),
      localize: { term: term as BannerView['localize']['term'], catalogLang: lang },
      mode,
      policyHref: policyHref ?? cookies.policy.url,
      pageUrl: SOME_PAGE,
      categories: cookies.categories,
      choose: noop,
      all: () => ({}),
      settings: noop,
      escape: noop,
    }),
  );
  // Comments and runs of white space out (the font names' quoted strings hold single spaces only).
  const bannerCss = `${coreTokens.cssText}\n${styles.cssText}`
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const css = `${bannerCss}\n${HIDDEN_UNTIL_PARSED}`;
  const attributes = [
    mode === 'opt-in' ? ' mode="opt-in"' : '',
    policyHref ? ` policy-href="${escapeAttribute(policyHref)}"` : '',
    lang === 'en' ? ' lang="en"' : '',
  ].join('');
  return {
    html: `<privacy-cookie-notice${attributes}><template shadowrootmode="open"><style>${css}</style>${banner}<i class="${PARSED}" hidden></i></template><script type="application/json">${inlineJson(cookies)}</script></privacy-cookie-notice>`,
    css,
  };
};
