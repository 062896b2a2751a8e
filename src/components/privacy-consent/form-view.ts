/* eslint-disable lit-a11y/no-redundant-role -- role="list": Safari drops list semantics from lists styled without markers. */
/**
 * The form as the person sees it while choosing: 전체 동의; the [필수] group (the age
 * confirmation last) and the [선택] group, apart; the notices of processing without consent;
 * after a failed submit, the list of what is missing; an error; and the element's own submit
 * button when no `<form>` owns it. The element owns the state; this lays it out.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { agreeAllState } from '../../consent/decisions.js';
import { missingSummary } from './form-messages.js';
import type { ConsentForm, Decisions, FormItem } from '../../consent/form-model.js';
import {
  ageTemplate,
  agreeAllTemplate,
  itemTemplate,
  noticesTemplate,
  type ItemHandlers,
  type ViewContext,
} from './item-view.js';

export interface FormHandlers extends ItemHandlers {
  readonly all: (granted: boolean) => void;
  readonly age: (confirmed: boolean) => void;
  readonly guardian: () => void;
  readonly submit: () => void;
}

export interface FormView {
  readonly model: ConsentForm;
  readonly decisions: Decisions;
  readonly ageConfirmed: boolean;
  /** The age row of a child signing up with a guardian's consent, instead of the age confirmation. */
  readonly ageRow?: TemplateResult;
  readonly agreeAll: boolean;
  /** An error to show (delivery refused), or ''. */
  readonly problem: string;
  /** Render the element's own submit button (no `<form>` owns it). */
  readonly ownSubmit: boolean;
  readonly sending: boolean;
  readonly handlers: FormHandlers;
  readonly ctx: ViewContext;
}

const list = (entries: readonly FormItem[], view: FormView, age: TemplateResult | typeof nothing = nothing) =>
  html`<ul class="items" role="list">
    ${entries.map((entry) => itemTemplate(entry, view.decisions, view.handlers, view.ctx))}${age}
  </ul>`;

const group = (kind: 'required' | 'optional', content: TemplateResult, ctx: ViewContext) =>
  html`<div class="group" part="group group-${kind}" role="group" aria-labelledby="group-${kind}">
    <p class="group-label" id="group-${kind}">
      ${ctx.localize.term(kind === 'required' ? 'requiredGroup' : 'optionalGroup')}
    </p>
    ${content}
  </div>`;

export const formTemplate = (view: FormView): TemplateResult => {
  const { model, decisions, handlers, ctx } = view;
  const age =
    view.ageRow ??
    (model.age ? ageTemplate(model.age, view.ageConfirmed, handlers.age, handlers.guardian, ctx) : nothing);
  // 전체 동의 ticks the age confirmation, not a guardian's consent.
  const ageBox = model.age && !view.ageRow;
  const hint = ctx.localize.term(
    'agreeAllHint',
    model.items.some((entry) => entry.category === 'terms'),
    ageBox ? model.age!.minimumAge : 0,
  );
  const required = model.items.filter((entry) => entry.required);
  const optional = model.items.filter((entry) => !entry.required);
  return html`<div class="base layout-${ctx.layout}" part="base">
    ${
      view.agreeAll && model.items.length
        ? agreeAllTemplate(
            agreeAllState(model, decisions, ageBox ? view.ageConfirmed : undefined),
            handlers.all,
            hint,
            ctx,
          )
        : nothing
    }
    ${
      model.grouped
        ? html`${required.length || age !== nothing ? group('required', list(required, view, age), ctx) : nothing}
          ${optional.length ? group('optional', list(optional, view), ctx) : nothing}`
        : html`${
            model.age || view.ageRow
              ? html`<ul class="items" role="list">
                  ${age}
                </ul>`
              : nothing
          }${list(model.items, view)}`
    }
    ${noticesTemplate(model, handlers, ctx)} ${missingSummary(view)}
    ${view.problem ? html`<p class="alert" part="error" role="alert">${view.problem}</p>` : nothing}
    ${
      view.ownSubmit
        ? html`<button type="button" class="submit" part="submit" ?disabled=${ctx.disabled} @click=${handlers.submit}>
            ${ctx.localize.term(view.sending ? 'sending' : 'submit')}
          </button>`
        : nothing
    }
  </div>`;
};
