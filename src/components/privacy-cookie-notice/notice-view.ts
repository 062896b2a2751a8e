/**
 * The banner (a labelled region over the page, not a modal) and the settings dialog (a native
 * modal with a toggle per optional category and an explanation popover for each). Accept and
 * reject are the same kind of button, side by side: neither is easier to press.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { blocksOfType } from '../../policy/walk.js';
import type { CookieCategory, PrivacyPolicy } from '../../policy/types.js';
import type { LocalizeController } from '../shared/localize-controller.js';
import type { PopoverController } from '../shared/popover.js';
import { inLang, isSafeLink, type Resolve, textList } from '../shared/render-text.js';

export interface NoticeView {
  readonly policy: PrivacyPolicy;
  readonly t: Resolve;
  readonly localize: LocalizeController;
  readonly mode: 'notice' | 'opt-in';
  readonly policyHref?: string;
  readonly gpc: boolean;
  readonly categories: readonly CookieCategory[];
  readonly draft: Readonly<Record<string, boolean>>;
  readonly popover: PopoverController;
  readonly choose: (allowed: Record<string, boolean>) => void;
  readonly all: (on: boolean) => Record<string, boolean>;
  readonly settings: () => void;
  readonly toggle: (id: string, on: boolean) => void;
  /** Esc pressed in the banner. */
  readonly escape: () => void;
  readonly closeSettings: () => void;
}

const choice = (label: string, kind: string, onClick: () => void) =>
  html`<button type="button" class="choice" part="choice" data-choice=${kind} @click=${onClick}>${label}</button>`;

/**
 * How to refuse cookies in each browser, as the policy says. Each help link is named after its
 * browser, so a list of links (a screen reader's) tells them apart and from the policy link.
 */
const refusalTemplate = ({ policy, t, localize }: NoticeView): unknown => {
  const browsers = blocksOfType(policy, 'cookie-refusal').flatMap(({ block }) => block.browsers);
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

export const bannerTemplate = (view: NoticeView): TemplateResult => {
  const { localize, mode, policyHref } = view;
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
    ${policyHref && isSafeLink(new URL(policyHref, location.href).href) ? html`<p><a href=${policyHref}>${term('cookieMore')}</a></p>` : nothing}
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

const categoryTemplate = (category: CookieCategory, view: NoticeView): TemplateResult => {
  const { t, localize, popover, draft } = view;
  const necessary = category.kind === 'necessary';
  const title = t(category.title);
  const open = popover.openId === category.id;
  const popoverId = `about-${category.id}`;
  // An explanation closes when focus moves on, so it never covers the next category's controls.
  return html`<li
    class="category"
    data-category=${category.id}
    @focusout=${(event: FocusEvent) => {
      if (open && !(event.currentTarget as HTMLElement).contains(event.relatedTarget as Node | null)) popover.close();
    }}
  >
    <div class="check">
      <input
        type="checkbox"
        id="category-${category.id}"
        .checked=${necessary || Boolean(draft[category.id])}
        ?disabled=${necessary}
        @change=${(event: Event) => view.toggle(category.id, (event.target as HTMLInputElement).checked)}
      />
      <label for="category-${category.id}"
        >${title}${necessary ? html` <span class="always">(${localize.term('alwaysOn')})</span>` : nothing}</label
      >
      <button
        type="button"
        class="info"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${popoverId}
        aria-label=${localize.term('aboutCategory', title)}
        @click=${(event: Event) => {
          const button = event.currentTarget as HTMLElement;
          const root = button.getRootNode() as ShadowRoot;
          void popover.toggle(category.id, button, () => root.getElementById(popoverId));
        }}
      >
        ?
      </button>
    </div>
    ${
      open
        ? html`<div
            class="popover"
            part="popover"
            id=${popoverId}
            role="group"
            aria-label=${localize.term('aboutCategory', title)}
            tabindex="-1"
            @keydown=${(event: KeyboardEvent) => {
              if (event.key !== 'Escape') return;
              event.stopPropagation();
              popover.close(true);
            }}
          >
            ${category.description ? html`<p>${inLang(category.description, t)}</p>` : nothing}
            ${category.purposes ? textList(category.purposes, t) : nothing}
            ${
              category.cookies?.length
                ? html`<p class="cookie-list">
                    ${localize.term('cookieList')}: ${category.cookies.map((cookie) => cookie.name).join(', ')}
                  </p>`
                : nothing
            }
          </div>`
        : nothing
    }
  </li>`;
};

export const settingsTemplate = (view: NoticeView): TemplateResult => {
  const { localize, popover } = view;
  const term = localize.term.bind(localize);
  return html`<dialog
    part="settings"
    lang=${localize.catalogLang}
    aria-labelledby="settings-title"
    @cancel=${(event: Event) => {
      // Esc closes an open explanation first, then the dialog.
      if (popover.openId === undefined) return;
      event.preventDefault();
      popover.close(true);
    }}
    @close=${() => popover.close()}
  >
    <div class="dialog-head">
      <h2 id="settings-title">${term('settingsTitle')}</h2>
      <button type="button" class="close" part="close" @click=${view.closeSettings}>${term('close')}</button>
    </div>
    ${view.gpc ? html`<p class="gpc" role="note">${term('gpcApplied')}</p>` : nothing}
    <ul class="categories">
      ${view.categories.map((category) => categoryTemplate(category, view))}
    </ul>
    ${refusalTemplate(view)}
    <div class="choices">
      ${choice(term('acceptAll'), 'accept', () => view.choose(view.all(true)))}
      ${choice(term('rejectAll'), 'reject', () => view.choose(view.all(false)))}
      ${choice(term('saveChoices'), 'save', () => view.choose({ ...view.all(false), ...view.draft }))}
    </div>
  </dialog>`;
};
