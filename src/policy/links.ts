/**
 * Which link targets a policy may hold. The one copy of the rule: validation refuses other
 * schemes, renderers link only {@link SAFE_LINK} targets, and lint notes the rest.
 */

/** The schemes renderers turn into links: http(s), mailto and tel. */
export const SAFE_LINK = /^(https?:|mailto:|tel:)/i;

// A scheme as a browser's URL parser finds it: leading control characters and spaces skipped,
// tabs and newlines inside ignored (`java\tscript:` is `javascript:`).
// eslint-disable-next-line no-control-regex
const SCHEME = /^[\u0000-\u0020]*[A-Za-z][A-Za-z0-9+.\-\t\n\r]*:/;

/**
 * Whether a link field may hold this URL: an http(s), mailto or tel URL, or a relative URL
 * (no scheme at all). `javascript:`, `data:` and every other scheme are refused.
 */
export const isAllowedLink = (url: string): boolean => {
  const scheme = SCHEME.exec(url)?.[0];
  // eslint-disable-next-line no-control-regex
  return scheme === undefined || SAFE_LINK.test(scheme.replace(/[\u0000-\u0020]/g, ''));
};
