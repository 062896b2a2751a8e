import { minifyHTMLLiterals } from 'minify-literals';
import type { Plugin } from 'vite';

/**
 * Minifies the CSS and HTML inside Lit's `css` and `html` template literals at build time
 * (bundlers leave template text alone). Whitespace is collapsed conservatively, so a space
 * between inline elements survives.
 */
export const minifyLiterals = (): Plugin => ({
  name: 'privacy-consent-minify-literals',
  apply: 'build',
  async transform(code, id) {
    if (!/\/src\/components\/.*\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return null;
    const result = await minifyHTMLLiterals(code, { fileName: id });
    return result ? { code: result.code, map: result.map?.toString() ?? null } : null;
  },
});
