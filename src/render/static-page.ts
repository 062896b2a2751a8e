/**
 * The whole 처리방침 as one static HTML page: every section, in the reader's language, with no
 * script (crawlers, reader mode, print and archives see it all). It renders the templates
 * `<privacy-policy>` uses, so the page and the element say the same; group tables are open,
 * the version switcher and the element's controls are left out.
 */
import { catalogFor, registerStrings } from '../i18n/registry.js';
import koPolicy from '../i18n/ko/policy.js';
import type { Catalog, CatalogKey } from '../i18n/index.js';
import { documentBase } from '../policy/links.js';
import { policyHash } from '../policy/canonical.js';
import { resolveText } from '../policy/text.js';
import type { PrivacyPolicy, Text } from '../policy/types.js';
import { renderBlock, type BlockContext } from '../components/privacy-policy/blocks.js';
import {
  headerTemplate,
  labelsTemplate,
  sectionNumber,
  tocTemplate,
  type PartsContext,
} from '../components/privacy-policy/parts.js';
import type { LocalizeController } from '../components/shared/localize-controller.js';
import { resolver } from '../components/shared/render-text.js';
import { sameLanguage } from '../components/shared/text-lang.js';
import { PAGE_STYLES } from './page-styles.js';
import { renderToString } from './serialize.js';

registerStrings('ko', 'policy', koPolicy);

export interface StaticPageOptions {
  /** The reader's language (`ko` default, `en`); text the policy has only in Korean stays Korean. */
  readonly lang?: string;
  /** Extra lines for the page footer, e.g. a link to the archive of previous versions. */
  readonly footer?: readonly { readonly text: string; readonly href?: string }[];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (value: string): string => value.replace(/[&<>"]/g, (char) => ESCAPES[char]!);

/**
 * The element's markup made a page's: its headings start at h2 (the host page has the h1), so
 * they move up one; its buttons (group toggles) do nothing without script, so their text stays
 * as plain text. Text in the markup is escaped, so the tags matched here are tags.
 */
const staticMarkup = (html: string, up = 1): string =>
  html
    .replace(
      /<(\/?)h([2-6])(?=[\s>])/g,
      (_, slash: string, level: string) => `<${slash}h${Math.max(2, Number(level) - up)}`,
    )
    .replace(/<button\b[^>]*>/g, '<span class="group-title">')
    .replace(/<\/button>/g, '</span>');

/** The parts of LocalizeController the templates use, over a loaded catalog. */
const localizer = (lang: string, catalog: Catalog) =>
  ({
    lang,
    catalogLang: catalog.$lang,
    term: (key: CatalogKey, ...args: unknown[]) => {
      const entry = catalog[key] as string | ((...values: unknown[]) => string);
      return typeof entry === 'function' ? entry(...args) : entry;
    },
    date: (iso: string) => {
      const [year, month, day] = iso.split('-').map(Number);
      return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(Date.UTC(year!, month! - 1, day!)),
      );
    },
  }) as unknown as LocalizeController;

/** The policy's text as the static page shows it, and what the page around it needs. */
export interface PolicyMarkup {
  /** The language the text is in (the requested one when the policy has it). */
  readonly lang: string;
  /** `title — controller`, for the page's `<title>`. */
  readonly title: string;
  /** Header, preface, summary, table of contents, sections and closing; the title is an h1. */
  readonly article: string;
  /** Version and content hash, then the footer lines asked for; HTML, escaped. */
  readonly footer: readonly string[];
}

/** The markup of a valid policy, headings from h1, for a page or a fragment. */
export const renderPolicyMarkup = async (
  policy: PrivacyPolicy,
  options: StaticPageOptions = {},
): Promise<PolicyMarkup> => {
  const lang = options.lang ?? policy.lang ?? 'ko';
  const catalog = await catalogFor(lang, ['common', 'policy']);
  const localize = localizer(lang, catalog);
  // Untagged text is the UI's (the catalog's language); each piece of policy text in another
  // language is tagged with its own (WCAG 3.1.2), so the page is in the UI's language.
  const ui = catalog.$lang;
  const t = resolver(lang, policy.lang, documentBase(policy), ui);
  // The views the element loads on demand, loaded up front.
  const views: Record<string, unknown> = {
    collection: await import('../components/privacy-policy/collection-view.js'),
    figure: await import('../components/privacy-policy/figure-view.js'),
    'change-log': await import('../components/privacy-policy/change-log-view.js'),
  };
  const blocks: BlockContext = {
    t,
    term: localize.term.bind(localize),
    lazy: <M>(_load: () => Promise<M>, key: string) => views[key] as M | undefined,
    expanded: () => true,
    toggle: () => undefined,
    date: (iso) => localize.date(iso),
  };
  const parts: PartsContext = { t, localize, go: () => () => undefined };
  const header = renderToString(headerTemplate(policy, [], () => undefined, parts)).replace(
    /<(\/?)h2(?=[\s>])/g,
    '<$1h1',
  );
  // Before the first section, a subheading (h4 in the element) is a heading of the page's second level.
  const preface = staticMarkup(renderToString((policy.preface ?? []).map((block) => renderBlock(block, blocks))), 2);
  const summary = [labelsTemplate(policy, parts), tocTemplate(policy, parts)].map(renderToString).join('\n');
  const body = `${header}\n${preface}\n${staticMarkup(summary)}`;
  const sections = policy.sections
    .map((section) => {
      const titleLang = t.langOf(section.title);
      const titleText = escape(t(section.title));
      const title = `${escape(sectionNumber(section))} ${
        sameLanguage(titleLang, ui) ? titleText : `<span lang="${escape(titleLang)}">${titleText}</span>`
      }`.trim();
      const content = section.blocks
        .map((block) => {
          const html = renderToString(renderBlock(block, blocks));
          return block.id ? `<div id="p-${escape(block.id)}">${html}</div>` : html;
        })
        .join('\n');
      return `<section id="p-${escape(section.id)}" aria-labelledby="h-${escape(section.id)}">\n<h3 id="h-${escape(section.id)}">${title}</h3>\n${content}\n</section>`;
    })
    .join('\n');
  const closing = staticMarkup(renderToString((policy.closing ?? []).map((block) => renderBlock(block, blocks))), 2);
  const pageLang = ui;
  const title = `${resolveText(policy.title as Text, lang, policy.lang)} — ${resolveText(policy.controller.name as Text, lang, policy.lang)}`;
  const hash = await policyHash(policy);
  const footer = [
    `${escape(localize.term('version'))} ${escape(policy.versionLabel ?? policy.version)} · <code>${escape(hash)}</code>`,
    ...(options.footer ?? []).map((line) =>
      line.href ? `<a href="${escape(line.href)}">${escape(line.text)}</a>` : escape(line.text),
    ),
  ];
  return {
    lang: pageLang,
    title,
    article: `${body}\n${staticMarkup(sections)}\n${closing}`,
    footer,
  };
};

/** Renders a valid policy as a self-contained HTML document. */
export const renderStaticPage = async (policy: PrivacyPolicy, options: StaticPageOptions = {}): Promise<string> => {
  const { lang: pageLang, title, article, footer } = await renderPolicyMarkup(policy, options);
  return `<!doctype html>
<html lang="${escape(pageLang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="privacy-consent render">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src https: data:">
<title>${escape(title)}</title>
${policy.url && /^https?:/i.test(policy.url) ? `<link rel="canonical" href="${escape(policy.url)}">\n` : ''}<style>${PAGE_STYLES}</style>
</head>
<body>
<main>
<article class="document">
${article}
</article>
</main>
<footer class="page-footer">
${footer.map((line) => `<p>${line}</p>`).join('\n')}
</footer>
</body>
</html>
`;
};
