/**
 * Templates for the form's parts: 전체 동의, the age confirmation, one consent item (with
 * its channels), and the items processed without consent. The element owns the state and
 * passes handlers in.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isPartial } from '../../consent/decisions.js';
import type { ConsentForm, Decisions, FormItem } from '../../consent/form-model.js';
import type { ChildrenPolicy, LegalBasis } from '../../policy/types.js';
import type { CatalogKey } from '../../i18n/index.js';
import type { LocalizeController } from '../shared/localize-controller.js';
import type { Resolve } from '../shared/render-text.js';
import { noticeTemplate } from './notice.js';

export interface ItemHandlers {
  readonly item: (id: string, granted: boolean) => void;
  readonly channel: (id: string, channelId: string, granted: boolean) => void;
  readonly night: (id: string, granted: boolean) => void;
  readonly toggle: (id: string) => void;
}

export interface ViewContext {
  readonly t: Resolve;
  readonly localize: LocalizeController;
  readonly disabled: boolean;
  /** The language of the policy's text as shown (for `lang` on policy content). */
  readonly textLang: string;
}

const checked = (event: Event) => (event.target as HTMLInputElement).checked;

const tag = (required: boolean, localize: LocalizeController) =>
  html`<span class="tag ${required ? 'required' : 'optional'}" part="tag ${required ? 'tag-required' : 'tag-optional'}"
    >[${localize.term(required ? 'required' : 'optional')}]</span
  >`;

export const agreeAllTemplate = (
  state: 'all' | 'some' | 'none',
  onChange: (granted: boolean) => void,
  { localize, disabled }: ViewContext,
): TemplateResult =>
  html`<div class="all" part="agree-all">
    <div class="check">
      <input
        type="checkbox"
        id="agree-all"
        .checked=${state === 'all'}
        .indeterminate=${state === 'some'}
        ?disabled=${disabled}
        aria-describedby="agree-all-hint"
        @change=${(event: Event) => onChange(checked(event))}
      />
      <label for="agree-all" class="all-label">${localize.term('agreeAll')}</label>
    </div>
    <p class="hint" id="agree-all-hint">${localize.term('agreeAllHint')}</p>
  </div>`;

export const ageTemplate = (
  age: ChildrenPolicy & { readonly minimumAge: number },
  confirmed: boolean,
  onChange: (confirmed: boolean) => void,
  onUnder: () => void,
  { localize, disabled }: ViewContext,
): TemplateResult =>
  html`<div class="age" part="age">
    <div class="check">
      <input
        type="checkbox"
        id="age"
        required
        .checked=${confirmed}
        ?disabled=${disabled}
        @change=${(event: Event) => onChange(checked(event))}
      />
      <label for="age">${localize.term('ageConfirm', age.minimumAge)}</label>
    </div>
    <p class="under hint">
      ${
        age.handling === 'guardian-consent'
          ? html`<button type="button" class="link-button" part="guardian" ?disabled=${disabled} @click=${onUnder}>
              ${localize.term('underAgeGuardian', age.minimumAge)}
            </button>`
          : localize.term('underAgeNotOffered', age.minimumAge)
      }
    </p>
  </div>`;

const channelsTemplate = (entry: FormItem, decisions: Decisions, handlers: ItemHandlers, ctx: ViewContext) => {
  const { item } = entry;
  const state = decisions[entry.id];
  const legendId = `channels-${entry.id}`;
  return html`<fieldset class="channels" part="channels" aria-labelledby=${legendId}>
    <legend id=${legendId}>${ctx.localize.term('channels')}</legend>
    <div class="channel-list">
      ${(item.channels ?? []).map(
        (channel) =>
          html`<div class="check">
            <input
              type="checkbox"
              id="channel-${entry.id}-${channel.id}"
              .checked=${Boolean(state?.channels?.[channel.id])}
              ?disabled=${ctx.disabled}
              @change=${(event: Event) => handlers.channel(entry.id, channel.id, checked(event))}
            />
            <label for="channel-${entry.id}-${channel.id}">${ctx.t(channel.label)}</label>
          </div>`,
      )}
    </div>
    ${
      item.night
        ? html`<div class="check night">
              <input
                type="checkbox"
                id="night-${entry.id}"
                .checked=${Boolean(state?.night)}
                ?disabled=${ctx.disabled || !state?.granted}
                aria-describedby="night-hint-${entry.id}"
                @change=${(event: Event) => handlers.night(entry.id, checked(event))}
              />
              <label for="night-${entry.id}">${ctx.localize.term('night')}</label>
            </div>
            <p class="hint" id="night-hint-${entry.id}">${ctx.localize.term('nightHint')}</p>`
        : nothing
    }
  </fieldset>`;
};

/** One consent item: checkbox with [필수]/[선택] and title, the details toggle, the notice. */
export const itemTemplate = (
  entry: FormItem,
  decisions: Decisions,
  open: boolean,
  handlers: ItemHandlers,
  ctx: ViewContext,
): TemplateResult => {
  const { t, localize } = ctx;
  const title = t(entry.item.title);
  const state = decisions[entry.id];
  return html`<li class="item" part="item" data-item=${entry.id} data-category=${entry.category}>
    <div class="check">
      <input
        type="checkbox"
        id="item-${entry.id}"
        .checked=${Boolean(state?.granted)}
        .indeterminate=${isPartial(entry, state)}
        ?required=${entry.required}
        ?disabled=${ctx.disabled}
        @change=${(event: Event) => handlers.item(entry.id, checked(event))}
      />
      <label for="item-${entry.id}">${tag(entry.required, localize)} <span lang=${ctx.textLang}>${title}</span></label>
      <button
        type="button"
        class="toggle"
        part="toggle"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="notice-${entry.id}"
        @click=${() => handlers.toggle(entry.id)}
      >
        ${localize.term(open ? 'hideDetails' : 'showDetails')}<span class="visually-hidden">: ${title}</span>
      </button>
    </div>
    <div class="notice" part="notice" id="notice-${entry.id}" lang=${ctx.textLang} ?hidden=${!open}>
      ${noticeTemplate(entry, t, localize.term.bind(localize))}
    </div>
    ${entry.item.channels ? channelsTemplate(entry, decisions, handlers, ctx) : nothing}
  </li>`;
};

const BASIS_TERMS: Record<Exclude<LegalBasis, 'consent'>, CatalogKey> = {
  contract: 'basisContract',
  law: 'basisLaw',
  'public-task': 'basisPublicTask',
  'vital-interest': 'basisVitalInterest',
  'legitimate-interest': 'basisLegitimateInterest',
};

/** Items processed without consent: their notice and basis, and no checkbox (PIPA 22(3)). */
export const noticesTemplate = (
  form: ConsentForm,
  open: ReadonlySet<string>,
  handlers: ItemHandlers,
  ctx: ViewContext,
) =>
  form.notices.length
    ? html`<section class="notices" part="notices" aria-labelledby="notices-title">
        <h3 id="notices-title">${ctx.localize.term('noticesHeading')}</h3>
        <p class="hint">${ctx.localize.term('noticesHint')}</p>
        <ul>
          ${form.notices.map((entry) => {
            const title = ctx.t(entry.item.title);
            const isOpen = open.has(entry.id);
            return html`<li class="notice-item" part="notice-item" data-item=${entry.id}>
              <div class="check">
                <span lang=${ctx.textLang}>${title}</span>
                <button
                  type="button"
                  class="toggle"
                  part="toggle"
                  aria-expanded=${isOpen ? 'true' : 'false'}
                  aria-controls="notice-${entry.id}"
                  @click=${() => handlers.toggle(entry.id)}
                >
                  ${ctx.localize.term(isOpen ? 'hideDetails' : 'showDetails')}<span class="visually-hidden"
                    >: ${title}</span
                  >
                </button>
              </div>
              <p class="hint">
                ${ctx.localize.term('processingBasis')}:
                ${
                  entry.item.basisText
                    ? ctx.t(entry.item.basisText)
                    : ctx.localize.term(BASIS_TERMS[entry.basis as Exclude<LegalBasis, 'consent'>])
                }
              </p>
              <div class="notice" part="notice" id="notice-${entry.id}" lang=${ctx.textLang} ?hidden=${!isOpen}>
                ${noticeTemplate(entry, ctx.t, ctx.localize.term.bind(ctx.localize))}
              </div>
            </li>`;
          })}
        </ul>
      </section>`
    : nothing;
