/**
 * Which link targets a policy may hold. The one copy of the rule: validation refuses other
 * schemes, renderers link only {@link SAFE_LINK} targets (relative ones once resolved against the
 * document's base URL), and lint notes the rest.
 */

/** The schemes renderers turn into links: http(s), mailto and tel. */
export const SAFE_LINK = /^(https?:|mailto:|tel:)/i;

/** The schemes renderers show images from: http(s) only. */
const SAFE_IMAGE = /^https?:/i;

// A scheme as a browser's URL parser finds it: leading control characters and spaces skipped,
// tabs and newlines inside ignored (`java\tscript:` is `javascript:`).
// eslint-disable-next-line no-control-regex
const SCHEME = /^[\u0000-\u0020]*[A-Za-z][A-Za-z0-9+.\-\t\n\r]*:/;

// eslint-disable-next-line no-control-regex
const schemeOf = (url: string): string | undefined => SCHEME.exec(url)?.[0].replace(/[\u0000-\u0020]/g, '');

/**
 * Whether a link field may hold this URL: an http(s), mailto or tel URL, or a relative URL
 * (no scheme at all). `javascript:`, `data:` and every other scheme are refused.
 */
export const isAllowedLink = (url: string): boolean => {
  const scheme = schemeOf(url);
  return scheme === undefined || SAFE_LINK.test(scheme);
};

/** Whether an image field may hold this URL: http(s) or relative; never `data:`, `mailto:` or the like. */
export const isAllowedImage = (url: string): boolean => {
  const scheme = schemeOf(url);
  return scheme === undefined || SAFE_IMAGE.test(scheme);
};

/**
 * The target a renderer links to: an http(s), mailto or tel URL as given, a relative one
 * resolved against `base` (an absolute http(s) URL) and kept only if the result is http(s);
 * undefined for anything else, which renderers show as text.
 */
export const resolveLink = (href: string, base?: string, safe: RegExp = SAFE_LINK): string | undefined => {
  const trimmed = href.trim();
  const scheme = schemeOf(trimmed);
  if (scheme !== undefined) return safe.test(scheme) && safe.test(trimmed) ? trimmed : undefined;
  if (!base || !/^https?:/i.test(base)) return undefined;
  try {
    const resolved = new URL(trimmed, base).href;
    return /^https?:/i.test(resolved) ? resolved : undefined;
  } catch {
    return undefined;
  }
};

/** An image source a renderer may load: http(s), or relative resolved against `base`; else undefined. */
export const resolveImage = (src: string, base?: string): string | undefined => resolveLink(src, base, SAFE_IMAGE);

/** The base URL relative links of a document resolve against: `baseUrl`, else `url` when absolute http(s). */
export const documentBase = (policy: { readonly baseUrl?: string; readonly url?: string }): string | undefined =>
  policy.baseUrl ?? (policy.url && /^https?:\/\//i.test(policy.url) ? policy.url : undefined);

/** Documents a browser shows itself, by the end of their path: not policy JSON. */
export const DOCUMENT_PATH = /\.(pdf|html?|hwpx?|docx?|aspx?|jsp|php)(?:[?#]|$)/i;

/**
 * Whether a version's `url` is a document to link to (a page, a PDF) rather than policy JSON
 * to fetch: its `mediaType` says so, or, with none, its path ends like a document's.
 */
export const isDocumentUrl = (ref: { readonly url?: string; readonly mediaType?: string }): boolean =>
  ref.url !== undefined &&
  (ref.mediaType === undefined
    ? DOCUMENT_PATH.test(ref.url)
    : !/^application\/([\w.+-]+\+)?json$/i.test(ref.mediaType));
