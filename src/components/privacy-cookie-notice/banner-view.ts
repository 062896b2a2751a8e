/**
 * The banner: a labelled region over the page, not a modal. Accept and reject are the same
 * kind of button, side by side: neither is easier to press. Rendered from the cookie document
 * alone (the settings dialog is in settings-view.ts, loaded on first use).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CookieDocument } from '../../policy/cookie-document.js';
import type { CookieCategory } from '../../policy/types.js';
import { inLang, isSafeLink, sentenceAround, textList, type Resolve } from '../shared/render-text.js';
import type { CookieLocalizeController } from './cookie-localize-controller.js';

export interface BannerView {
  readonly cookies: CookieDocument;
  readonly t: Resolve;
  readonly localize: Pick<CookieLocalizeController, 'term' | 'catalogLang'>;
  readonly mode: 'notice' | 'opt-in';
  /** Where "more about cookies" links to (the element's `policy-href`, else the policy's URL). */
  readonly policyHref?: string;
  /** The page's URL, which a relative `policyHref` resolves against before its scheme is checked. */
  readonly pageUrl: string;
  readonly categories: readonly CookieCategory[];
  readonly choose: (allowed: Record<string, boolean>) => void;
  readonly all: (on: boolean) => Record<string, boolean>;
  readonly settings: () => void;
  /** Esc pressed in the banner. */
  readonly escape: () => void;
}

export const choice = (label: string, kind: string, onClick: () => void) =>
  html`<button type="button" class="choice" part="choice" data-choice=${kind} @click=${onClick}>${label}</button>`;

/**
 * How to refuse cookies in each browser, as the policy says. Each help link is named after its
 * browser, so a list of links (a screen reader's) tells them apart and from the policy link.
 */
export const refusalTemplate = ({ cookies, t, localize }: Pick<BannerView, 'cookies' | 't' | 'localize'>): unknown => {
  const browsers = cookies.refusal;
  if (!browsers.length) return nothing;
  return html`<details class="refusal">
    <summary>${localize.term('refuseInBrowser')}</summary>
    <ul>
      ${browsers.map((browser) => {
        const name = browser.browser && t(browser.browser);
        return html`<li>
          ${name ? html`<strong>${name}</strong>: ` : nothing}${textList(browser.steps, t)}
          ${
            browser.url && isSafeLink(browser.url)
              ? html` <a href=${browser.url}
                  >${name ? localize.term('refuseInBrowserLink', name) : localize.term('refuseInBrowser')}</a
                >`
              : nothing
          }
        </li>`;
      })}
    </ul>
  </details>`;
};

export const bannerTemplate = (view: BannerView): TemplateResult => {
  const { localize, mode, policyHref, pageUrl } = view;
  const term = localize.term.bind(localize);
  const optional = view.categories.some((category) => category.kind !== 'necessary');
  return html`<section
    class="banner"
    part="banner"
    lang=${localize.catalogLang}
    aria-labelledby="banner-title"
    tabindex="-1"
    @keydown=${(event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      view.escape();
    }}
  >
    <h2 id="banner-title" class="title">${term('cookieTitle')}</h2>
    <p>${term('cookieNotice')} ${optional ? term('cookieOptional') : nothing}</p>
    ${policyHref && isSafeLink(new URL(policyHref, pageUrl).href) ? html`<p><a href=${policyHref}>${term('cookieMore')}</a></p>` : nothing}
    ${refusalTemplate(view)}
    <div class="choices">
      ${
        mode === 'opt-in'
          ? html`${choice(term('acceptAll'), 'accept', () => view.choose(view.all(true)))}
            ${choice(term('rejectAll'), 'reject', () => view.choose(view.all(false)))}`
          : choice(term('acknowledge'), 'acknowledge', () => view.choose(view.all(false)))
      }
      ${optional ? choice(term('customize'), 'customize', view.settings) : nothing}
    </div>
  </section>`;
};

/** What the settings dialog builds with, handed to it (it loads later, and shares no module with this one). */
export const bannerKit = { choice, refusalTemplate, inLang, sentenceAround, textList };
export type BannerKit = typeof bannerKit;
