/**
 * The policy as light-DOM children of `<privacy-policy>`: the static page's text without its
 * page (no `<html>`, `<style>` or script), so the 처리방침 is in the HTML before scripts run and
 * crawlers and no-JS readers see it. The element renders into its shadow root and has no
 * default slot, so once it upgrades the fallback is neither shown nor in the accessibility tree.
 */
import type { PrivacyPolicy } from '../policy/types.js';
import { renderPolicyMarkup, type StaticPageOptions } from './static-page.js';

/** The class of the fallback's outer element, for the host page's own styles. */
export const FALLBACK_CLASS = 'privacy-policy-fallback';

/** The host page has its own h1: the policy's headings move one level down (h1 → h2 …). */
const headingsDown = (html: string): string =>
  html.replace(
    /<(\/?)h([1-6])(?=[\s>])/g,
    (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + 1)}`,
  );

/** A valid policy as an HTML fragment to put inside `<privacy-policy>`, beside its inline JSON. */
export const renderFallbackFragment = async (
  policy: PrivacyPolicy,
  options: StaticPageOptions = {},
): Promise<string> => {
  const { lang, article, footer } = await renderPolicyMarkup(policy, options);
  return `<article class="${FALLBACK_CLASS}" lang="${lang.replace(/[^\w-]/g, '')}">
${headingsDown(article)}
<footer>
${footer.map((line) => `<p>${line}</p>`).join('\n')}
</footer>
</article>
`;
};
