/**
 * The settings dialog (a native modal with a toggle per optional category and an explanation
 * popover for each), with its styles: loaded the first time someone opens the settings.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import koCommon from '../../i18n/ko/common.js';
import koCookies from '../../i18n/ko/cookie-more.js';
import type { CookieCategory } from '../../policy/types.js';
import type { PopoverController } from '../shared/popover.js';
import { moreTokens } from '../shared/more-tokens.js';
import type { BannerKit, BannerView } from './banner-view.js';
import type { KoreanDefaults } from './cookie-localize-controller.js';

export { PopoverController } from '../shared/popover.js';

/** The Korean strings beyond the banner's (other languages load with the notice's catalog). */
export const koreanDefaults: KoreanDefaults = { cookies: koCookies, common: koCommon };

export interface SettingsView extends BannerView {
  readonly gpc: boolean;
  readonly draft: Readonly<Record<string, boolean>>;
  readonly popover: PopoverController;
  readonly toggle: (id: string, on: boolean) => void;
  readonly closeSettings: () => void;
  /** The banner's building blocks, from the module that has them (so this one shares no code with it). */
  readonly kit: BannerKit;
}

const categoryTemplate = (category: CookieCategory, view: SettingsView): TemplateResult => {
  const { t, localize, popover, draft, kit } = view;
  const necessary = category.kind === 'necessary';
  const title = kit.inLang(category.title, t);
  const open = popover.openId === category.id;
  const popoverId = `about-${category.id}`;
  // "About {title}" names the "?" and its explanation: UI words around the title in its own language.
  const name = kit.sentenceAround((slot) => localize.term('aboutCategory', slot), title);
  const nameId = `about-name-${category.id}`;
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
        aria-labelledby=${nameId}
        @click=${(event: Event) => {
          const button = event.currentTarget as HTMLElement;
          const root = button.getRootNode() as ShadowRoot;
          void popover.toggle(category.id, button, () => root.getElementById(popoverId));
        }}
      >
        ?
      </button>
      <span id=${nameId} hidden>${name}</span>
    </div>
    ${
      open
        ? html`<div
            class="popover"
            part="popover"
            id=${popoverId}
            role="group"
            aria-labelledby=${nameId}
            tabindex="-1"
            @keydown=${(event: KeyboardEvent) => {
              if (event.key !== 'Escape') return;
              event.stopPropagation();
              popover.close(true);
            }}
          >
            ${category.description ? html`<p>${kit.inLang(category.description, t)}</p>` : nothing}
            ${category.purposes ? kit.textList(category.purposes, t) : nothing}
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

export const settingsTemplate = (view: SettingsView): TemplateResult => {
  const { localize, popover, kit } = view;
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
    ${kit.refusalTemplate(view)}
    <div class="choices">
      ${kit.choice(term('acceptAll'), 'accept', () => view.choose(view.all(true)))}
      ${kit.choice(term('rejectAll'), 'reject', () => view.choose(view.all(false)))}
      ${kit.choice(term('saveChoices'), 'save', () => view.choose({ ...view.all(false), ...view.draft }))}
    </div>
  </dialog>`;
};

/** The dialog's styles (and the tokens only it reads), adopted by the element's shadow root when this module loads. */
const dialogStyles = css`
  dialog {
    inline-size: min(36rem, 100vw - 2rem);
    max-block-size: calc(100vh - 2rem);
    box-sizing: border-box;
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_text);
    background: var(--_surface);
  }
  .dialog-head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space);
  }
  .close {
    font: inherit;
    flex: none;
    min-block-size: 2.75rem;
    padding: 0.25em 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-muted);
    color: var(--_text);
    cursor: pointer;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 45%);
  }
  .categories {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .category {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .check {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .check input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_brand);
  }
  .check label {
    flex: 1;
  }
  .always {
    color: var(--_text-muted);
  }
  .info {
    font: inherit;
    font-weight: 700;
    inline-size: 1.9em;
    block-size: 1.9em;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: var(--_surface-muted);
    color: var(--_text);
    cursor: pointer;
  }
  .popover {
    position: fixed;
    z-index: 1;
    inline-size: max-content;
    max-inline-size: 22rem;
    overflow: auto;
    box-sizing: border-box;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 4px 16px rgb(0 0 0 / 18%);
    font-size: 0.9em;
  }
  .gpc {
    padding: var(--_space);
    background: var(--_surface-muted);
    border-radius: var(--_radius);
  }
`;

export const settingsStyles = [moreTokens, dialogStyles];
