/**
 * Templates for the form's rows: 전체 동의, the age confirmation, one consent item (with its
 * summary, its channels, and its notice or the button that opens it in a sheet), and the items
 * processed without consent. The element owns the state and passes handlers in.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isPartial } from '../../consent/decisions.js';
import type { ConsentForm, Decisions, FormItem } from '../../consent/form-model.js';
import type { ChildrenPolicy, LegalBasis } from '../../policy/types.js';
import type { CatalogKey } from '../../i18n/index.js';
import type { LocalizeController } from '../shared/localize-controller.js';
import { inLang, type Resolve } from '../shared/text-lang.js';
import { bodyTemplate } from './notice-body.js';
import { summaryTemplate } from './summary.js';

export interface ItemHandlers {
  readonly item: (id: string, granted: boolean) => void;
  readonly channel: (id: string, channelId: string, granted: boolean) => void;
  readonly night: (id: string, granted: boolean) => void;
  readonly toggle: (id: string) => void;
  /** The sheet layout: open the item's notice or terms in the sheet. */
  readonly view: (id: string) => void;
}

/** `inline`: notices expand under their items; `sheet`: a 보기 button opens each in a modal sheet. */
export type Layout = 'inline' | 'sheet';

export interface ViewContext {
  readonly t: Resolve;
  readonly localize: LocalizeController;
  readonly disabled: boolean;
  /** The language of the policy's text as shown (for `lang` on policy content). */
  readonly textLang: string;
  readonly layout: Layout;
  /** Open notices (inline layout). */
  readonly open: ReadonlySet<string>;
  /** Required rows left unticked after a submit was attempted (`age` for the age confirmation). */
  readonly missing: ReadonlySet<string>;
}

const checked = (event: Event) => (event.target as HTMLInputElement).checked;

const ids = (...list: (string | false | undefined)[]) => list.filter(Boolean).join(' ') || nothing;

export interface Box {
  readonly id: string;
  readonly checked: boolean;
  readonly indeterminate?: boolean;
  readonly required?: boolean;
  readonly disabled: boolean;
  readonly describedBy?: string | typeof nothing;
  readonly invalid?: boolean;
  readonly onChange: (checked: boolean) => void;
}

/** A native checkbox drawn as the round check (the tick is decoration; the input is the control). */
export const checkbox = (box: Box) =>
  html`<span class="box"
    ><input
      type="checkbox"
      id=${box.id}
      part="checkbox"
      .checked=${box.checked}
      .indeterminate=${box.indeterminate ?? false}
      ?required=${box.required ?? false}
      ?disabled=${box.disabled}
      aria-describedby=${box.describedBy ?? nothing}
      aria-invalid=${box.invalid ? 'true' : nothing}
      @change=${(event: Event) => box.onChange(checked(event))} /><span class="tick" aria-hidden="true"></span
  ></span>`;

export const tag = (required: boolean, localize: LocalizeController) =>
  html`<span class="tag ${required ? 'required' : 'optional'}" part="tag ${required ? 'tag-required' : 'tag-optional'}"
    >[${localize.term(required ? 'required' : 'optional')}]</span
  >`;

/** The inline error under a required row left unticked after a submit attempt. */
const missingError = (id: string, ctx: ViewContext) =>
  ctx.missing.has(id)
    ? html`<p class="error" part="error" id="error-${id}">${ctx.localize.term('itemMissing')}</p>`
    : nothing;

export const agreeAllTemplate = (
  state: 'all' | 'some' | 'none',
  onChange: (granted: boolean) => void,
  hint: string,
  { disabled, localize }: ViewContext,
): TemplateResult =>
  html`<div class="all" part="agree-all">
    <div class="check">
      ${checkbox({
        id: 'agree-all',
        checked: state === 'all',
        indeterminate: state === 'some',
        disabled,
        describedBy: 'agree-all-hint',
        onChange,
      })}
      <label for="agree-all" class="all-label">${localize.term('agreeAll')}</label>
    </div>
    <p class="hint" id="agree-all-hint">${hint}</p>
  </div>`;

/** The age confirmation's words with their [필수] drawn as the items' tag. */
const ageLabel = (label: string, localize: LocalizeController) => {
  const prefix = `[${localize.term('required')}]`;
  return label.startsWith(prefix) ? html`${tag(true, localize)} ${label.slice(prefix.length).trim()}` : label;
};

/** The 만 14세 confirmation: a required row (the last of the required group), with the under-age way out. */
export const ageTemplate = (
  age: ChildrenPolicy & { readonly minimumAge: number },
  confirmed: boolean,
  onChange: (confirmed: boolean) => void,
  onUnder: () => void,
  ctx: ViewContext,
): TemplateResult => {
  const { localize, disabled } = ctx;
  const missing = ctx.missing.has('age');
  return html`<li class="age" part="age">
    <div class="check">
      ${checkbox({
        id: 'age',
        checked: confirmed,
        required: true,
        disabled,
        describedBy: missing ? 'error-age' : nothing,
        invalid: missing,
        onChange,
      })}
      <label for="age">${ageLabel(localize.term('ageConfirm', age.minimumAge), localize)}</label>
    </div>
    ${missingError('age', ctx)}
    <p class="under hint">
      ${
        age.handling === 'guardian-consent'
          ? html`<button type="button" class="link-button" part="guardian" ?disabled=${disabled} @click=${onUnder}>
              ${localize.term('underAgeGuardian', age.minimumAge)}
            </button>`
          : localize.term('underAgeNotOffered', age.minimumAge)
      }
    </p>
  </li>`;
};

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
            ${checkbox({
              id: `channel-${entry.id}-${channel.id}`,
              checked: Boolean(state?.channels?.[channel.id]),
              disabled: ctx.disabled,
              onChange: (granted) => handlers.channel(entry.id, channel.id, granted),
            })}
            <label for="channel-${entry.id}-${channel.id}">${inLang(channel.label, ctx.t)}</label>
          </div>`,
      )}
    </div>
    ${
      item.night
        ? html`<div class="check night">
              ${checkbox({
                id: `night-${entry.id}`,
                checked: Boolean(state?.night),
                disabled: ctx.disabled || !state?.granted,
                describedBy: `night-hint-${entry.id}`,
                onChange: (granted) => handlers.night(entry.id, granted),
              })}
              <label for="night-${entry.id}">${ctx.localize.term('night')}</label>
            </div>
            <p class="hint" id="night-hint-${entry.id}">${ctx.localize.term('nightHint')}</p>`
        : nothing
    }
  </fieldset>`;
};

/**
 * The button beside a title: 자세히 보기 / 접기 with the notice under it (inline layout), or
 * 보기 › opening the sheet (sheet layout).
 */
export const opener = (
  entry: FormItem,
  title: string,
  handlers: ItemHandlers,
  ctx: ViewContext,
  /** A consent item's [필수]/[선택] goes into the name: a required and an optional item may share a title. */
  tagged = false,
) => {
  const tagText = tagged ? `[${ctx.localize.term(entry.required ? 'required' : 'optional')}] ` : '';
  const named = html`<span class="visually-hidden"
    >: ${tagText}<span lang=${ctx.t.langOf(entry.item.title)}>${title}</span></span
  >`;
  if (ctx.layout === 'sheet')
    return html`<button
      type="button"
      class="view"
      part="view"
      id="view-${entry.id}"
      aria-haspopup="dialog"
      @click=${() => handlers.view(entry.id)}
    >
      ${ctx.localize.term('view')}${named}<span class="chevron" aria-hidden="true"></span>
    </button>`;
  const open = ctx.open.has(entry.id);
  return html`<button
    type="button"
    class="toggle"
    part="toggle"
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls="notice-${entry.id}"
    @click=${() => handlers.toggle(entry.id)}
  >
    ${ctx.localize.term(open ? 'hideDetails' : 'showDetails')}${named}
  </button>`;
};

/** The notice under an item (inline layout only: the sheet layout shows it in the sheet). */
export const inlineNotice = (entry: FormItem, ctx: ViewContext) =>
  ctx.layout === 'inline'
    ? html`<div class="notice" part="notice" id="notice-${entry.id}" ?hidden=${!ctx.open.has(entry.id)}>
        ${bodyTemplate(entry, ctx, true)}
      </div>`
    : nothing;

/** One consent item: the box with [필수]/[선택] and title, the button, the summary, an error, the notice. */
export const itemTemplate = (
  entry: FormItem,
  decisions: Decisions,
  handlers: ItemHandlers,
  ctx: ViewContext,
  /** Shown under the summary, e.g. what changed in the item (`reconsent`). */
  extra: unknown = nothing,
): TemplateResult => {
  const title = ctx.t(entry.item.title);
  const state = decisions[entry.id];
  const summary = summaryTemplate(entry, ctx);
  const missing = ctx.missing.has(entry.id);
  return html`<li class="item" part="item" data-item=${entry.id} data-category=${entry.category}>
    <div class="check">
      ${checkbox({
        id: `item-${entry.id}`,
        checked: Boolean(state?.granted),
        indeterminate: isPartial(entry, state),
        required: entry.required,
        disabled: ctx.disabled,
        describedBy: ids(summary && `summary-${entry.id}`, missing && `error-${entry.id}`),
        invalid: missing,
        onChange: (granted) => handlers.item(entry.id, granted),
      })}
      <label for="item-${entry.id}"
        >${tag(entry.required, ctx.localize)} <span lang=${ctx.t.langOf(entry.item.title)}>${title}</span></label
      >
      ${opener(entry, title, handlers, ctx, true)}
    </div>
    ${summary ?? nothing} ${extra} ${missingError(entry.id, ctx)} ${inlineNotice(entry, ctx)}
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

/** The basis an item processed without consent rests on, as the policy cites it or in general words. */
export const basisText = (entry: FormItem, ctx: ViewContext): unknown =>
  entry.item.basisText
    ? inLang(entry.item.basisText, ctx.t)
    : ctx.localize.term(BASIS_TERMS[entry.basis as Exclude<LegalBasis, 'consent'>]);

/** Items processed without consent: their notice and basis, and no checkbox (PIPA 22(3)). */
export const noticesTemplate = (form: ConsentForm, handlers: ItemHandlers, ctx: ViewContext) =>
  form.notices.length
    ? html`<section class="notices" part="notices" aria-labelledby="notices-title">
        <h3 id="notices-title">${ctx.localize.term('noticesHeading')}</h3>
        <p class="hint">${ctx.localize.term('noticesHint')}</p>
        <ul>
          ${form.notices.map((entry) => {
            const title = ctx.t(entry.item.title);
            return html`<li class="notice-item" part="notice-item" data-item=${entry.id}>
              <div class="check">
                <span lang=${ctx.t.langOf(entry.item.title)}>${title}</span>
                ${opener(entry, title, handlers, ctx)}
              </div>
              ${summaryTemplate(entry, ctx) ?? nothing}
              <p class="hint">${ctx.localize.term('processingBasis')}: ${basisText(entry, ctx)}</p>
              ${inlineNotice(entry, ctx)}
            </li>`;
          })}
        </ul>
      </section>`
    : nothing;
