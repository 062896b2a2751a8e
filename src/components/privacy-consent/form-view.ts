/* eslint-disable lit-a11y/no-redundant-role -- role="list": Safari drops list semantics from lists styled without markers. */
/**
 * The form as the person sees it while choosing: 전체 동의, the age confirmation, the items,
 * the notices of processing without consent, an error, and the element's own submit button
 * when no `<form>` owns it. The element owns the state; this lays it out.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { agreeAllState } from '../../consent/decisions.js';
import type { ConsentForm, Decisions } from '../../consent/form-model.js';
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
  readonly open: ReadonlySet<string>;
  readonly agreeAll: boolean;
  /** An error to show (delivery refused), or ''. */
  readonly problem: string;
  /** Render the element's own submit button (no `<form>` owns it). */
  readonly ownSubmit: boolean;
  readonly sending: boolean;
  readonly handlers: FormHandlers;
  readonly ctx: ViewContext;
}

export const formTemplate = (view: FormView): TemplateResult => {
  const { model, decisions, handlers, ctx } = view;
  return html`<div class="base" part="base">
    ${
      view.agreeAll && model.items.length
        ? agreeAllTemplate(agreeAllState(model, decisions), handlers.all, ctx)
        : nothing
    }
    ${model.age ? ageTemplate(model.age, view.ageConfirmed, handlers.age, handlers.guardian, ctx) : nothing}
    <ul class="items" role="list">
      ${model.items.map((entry) => itemTemplate(entry, decisions, view.open.has(entry.id), handlers, ctx))}
    </ul>
    ${noticesTemplate(model, view.open, handlers, ctx)}
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
